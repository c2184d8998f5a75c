package org.incidentatlas.app;

import com.gluonhq.maps.tile.TileRetriever;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketPermission;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import org.incidentatlas.index.PointIndex;
import org.incidentatlas.ingest.ProgressListener;
import org.incidentatlas.map.AtlasTileRetriever;
import org.incidentatlas.render.IncidentRenderer;
import org.incidentatlas.render.PlaceholderTiles;
import org.incidentatlas.render.Viewport;

/**
 * Runs what the app does on its first start with default settings (bundled import, map data load, incident raster,
 * basemap tiles, the tile source Gluon Maps finds) under a security manager that refuses and records every network
 * connection or name lookup. Run with {@code -Djava.security.manager=allow}. Exit 0 and "connections: 0" when nothing
 * tried to go out; with {@code --self-test} it first proves that the trap catches a connection.
 */
public final class NoNetworkChild {
    private NoNetworkChild() {
    }

    public static void main(String[] args) throws Exception {
        List<String> attempts = new CopyOnWriteArrayList<>();
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
                if (perm instanceof SocketPermission) {
                    attempts.add(perm.getName() + " " + perm.getActions());
                    throw new SecurityException("network access refused in this test: " + perm);
                }
            }

            @Override
            public void checkPermission(Permission perm, Object context) {
                checkPermission(perm);
            }
        });
        if (args.length > 1 && args[1].equals("--self-test")) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("192.0.2.1", 80), 1000);
            } catch (SecurityException expected) {
                System.out.println("trap caught: " + attempts);
            }
            System.out.flush();
            System.exit(0);
        }
        try (AtlasSession session = AtlasSession.open(Path.of(args[0]), ProgressListener.NONE)) {
            PointIndex index = PointIndex.of(session.repository().points());
            int[] pixels = new int[800 * 600];
            IncidentRenderer.render(index, Viewport.centredOn(33.3, 44.4, 6, 800, 600), pixels);
            for (int zoom = 0; zoom <= 8; zoom++) {
                PlaceholderTiles.tile(zoom, (long) ((44.4 + 180) / 360 * (1 << zoom)), (1L << zoom) / 3);
            }
            Class<?> tiles = ServiceLoader.load(TileRetriever.class).stream().findFirst().orElseThrow().type();
            System.out.println("incidents: " + index.size() + ", tile source: " + tiles.getSimpleName()
                    + (tiles == AtlasTileRetriever.class ? " (local)" : " (NOT LOCAL)"));
        }
        System.out.println("connections: " + attempts.size() + " " + attempts);
        System.out.flush();
        System.exit(attempts.isEmpty() ? 0 : 1);
    }
}

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
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.index.TimeIndexBuilder;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.map.AtlasTileRetriever;
import org.incidentatlas.render.IncidentRenderer;
import org.incidentatlas.render.Viewport;
import org.incidentatlas.render.basemap.BasemapData;
import org.incidentatlas.render.basemap.BasemapStyle;
import org.incidentatlas.render.basemap.OfflineBasemap;

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
        // The JDK's font configuration looks up this machine's own name (to name a cache file) the first time text is
        // laid out; that lookup of the local host is not traffic, so it is let through, and nothing else is.
        String localHost = java.net.InetAddress.getLocalHost().getHostName();
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
                if (perm instanceof SocketPermission && !(perm.getActions().equals("resolve")
                        && perm.getName().equals(localHost))) {
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
            TimeIndex index = TimeIndexBuilder.from(session.repository()::scanPoints);
            int[] pixels = new int[800 * 600];
            new IncidentRenderer().render(index, new DateWindow(DateWindow.OPEN, Integer.MAX_VALUE), IncidentMask.ALL,
                    Viewport.centredOn(33.3, 44.4, 6, 800, 600), pixels);
            OfflineBasemap basemap = new OfflineBasemap(BasemapData.loadBundled(), BasemapStyle.LIGHT);
            for (int zoom = 0; zoom <= 8; zoom++) {
                basemap.tile(zoom, (long) ((44.4 + 180) / 360 * (1 << zoom)), (1L << zoom) / 3);
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

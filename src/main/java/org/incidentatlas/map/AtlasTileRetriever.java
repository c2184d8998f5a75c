package org.incidentatlas.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.incidentatlas.render.PlaceholderTiles;

/**
 * The one tile retriever Gluon Maps finds (registered in {@code META-INF/services}); it replaces Gluon's default live
 * OpenStreetMap fetch, so nothing goes over the network. Tiles are rendered locally on a background thread, never on
 * the FX thread.
 */
public final class AtlasTileRetriever implements TileRetriever {
    private static final ExecutorService RENDERER = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "tile-renderer");
        t.setDaemon(true);
        return t;
    });

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        return CompletableFuture.supplyAsync(() -> SwingFXUtils.toFXImage(PlaceholderTiles.tile(zoom, i, j), null),
                RENDERER);
    }
}

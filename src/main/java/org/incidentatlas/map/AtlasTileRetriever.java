package org.incidentatlas.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/**
 * The one tile retriever Gluon Maps finds (registered in {@code META-INF/services}); it replaces Gluon's default live
 * OpenStreetMap fetch. Gluon reads it once into a static field, so it hands every request to one shared
 * {@link BasemapSwitch}, which knows the basemap chosen now: the offline one unless the user picks another.
 */
public final class AtlasTileRetriever implements TileRetriever {
    private static final BasemapSwitch BASEMAPS = new BasemapSwitch();

    /** The switch behind the map's tiles: the one place to change the basemap. */
    public static BasemapSwitch basemaps() {
        return BASEMAPS;
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        return BASEMAPS.loadTile(zoom, i, j);
    }
}

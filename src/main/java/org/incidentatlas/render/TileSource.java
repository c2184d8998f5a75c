package org.incidentatlas.render;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Where basemap tiles come from: 256 x 256 pixel images addressed like slippy-map tiles (zoom, column x from the west,
 * row y from the north). Implementations are safe to call from several threads and never touch JavaFX.
 */
public interface TileSource extends AutoCloseable {
    int TILE_SIZE = 256;

    /**
     * The tile at a position, as a 256 x 256 image the caller must not change, or null when this source has no tile
     * there (the caller then shows the offline tile).
     *
     * @throws IOException when the tile cannot be had (a network or file failure); the message says why
     */
    BufferedImage tile(int zoom, long x, long y) throws IOException;

    /** The credit line for what this source shows, for the map's attribution. */
    String attribution();

    /** True when tiles come over the network (and may be slow or fail): they are fetched on their own threads. */
    default boolean remote() {
        return false;
    }

    /** Releases files or connections; the default holds none. */
    @Override
    default void close() {
    }
}

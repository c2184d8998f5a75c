package org.incidentatlas.render.basemap;

import org.incidentatlas.index.WebMercator;

/**
 * Where a tile lies in the world: its top-left corner in world units, the scale (screen pixels per world unit) and a
 * prefilter box in world units, the tile grown by a margin so that strokes and labels crossing its edge are drawn.
 */
record TileFrame(int zoom, double originX, double originY, double scale, double minX, double minY, double maxX,
        double maxY) {
    static final int SIZE = 256;

    static TileFrame of(int zoom, long tileX, long tileY, double marginPx) {
        double scale = Math.pow(2, zoom);
        double size = SIZE / scale;
        double x = tileX * size;
        double y = tileY * size;
        double m = marginPx / scale;
        return new TileFrame(zoom, x, y, scale, x - m, y - m, x + size + m, y + size + m);
    }

    /** The tile's extent in longitude and latitude: west, south, east, north. */
    double[] lonLatBox() {
        double size = SIZE / scale;
        return new double[] {WebMercator.longitude(originX), WebMercator.latitude(originY + size),
            WebMercator.longitude(originX + size), WebMercator.latitude(originY)};
    }
}

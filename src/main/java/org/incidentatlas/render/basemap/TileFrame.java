package org.incidentatlas.render.basemap;

import org.incidentatlas.domain.WebMercator;

/**
 * Where a drawing area lies in the world: its top-left corner in world units, the scale (pixels per world unit at the
 * frame's zoom), its size in those pixels, and a prefilter box in world units, the area grown by a margin so that
 * strokes and labels crossing its edge are drawn. A tile is a 256 x 256 frame; a whole exported view is one frame.
 */
record TileFrame(int zoom, double originX, double originY, double scale, double width, double height, double minX,
        double minY, double maxX, double maxY) {
    static final int SIZE = 256;

    static TileFrame of(int zoom, long tileX, long tileY, double marginPx) {
        double scale = Math.pow(2, zoom);
        double size = SIZE / scale;
        return area(zoom, tileX * size, tileY * size, SIZE, SIZE, marginPx);
    }

    /** A frame of {@code width} x {@code height} pixels at {@code zoom} whose top-left corner is at a world point. */
    static TileFrame area(int zoom, double originX, double originY, double width, double height, double marginPx) {
        double scale = Math.pow(2, zoom);
        double m = marginPx / scale;
        return new TileFrame(zoom, originX, originY, scale, width, height, originX - m, originY - m,
                originX + width / scale + m, originY + height / scale + m);
    }

    /** The frame's extent in longitude and latitude: west, south, east, north. */
    double[] lonLatBox() {
        return new double[] {WebMercator.longitude(originX), WebMercator.latitude(originY + height / scale),
            WebMercator.longitude(originX + width / scale), WebMercator.latitude(originY)};
    }
}

package org.incidentatlas.render.basemap;

import java.awt.geom.Path2D;

/**
 * One ring or line in Web Mercator world units (see {@code WebMercator}), kept at several levels of detail so that a
 * tile only walks the points it can show: level {@code k} is simplified for zoom {@link #LEVEL_ZOOMS}[k]; zooms above
 * the last use the full detail.
 */
final class Outline {
    /** The zoom each simplified level is made for; a tile at zoom z uses the finest level made for a zoom <= z. */
    static final int[] LEVEL_ZOOMS = {0, 4, 6, 8, 10, 12};
    /** Simplification tolerance in screen pixels at the level's zoom. */
    private static final double TOLERANCE_PX = 0.35;

    private final double[][] levels;
    private final boolean closed;
    final double minX;
    final double minY;
    final double maxX;
    final double maxY;

    /** @param xy interleaved x, y world coordinates; {@code closed} for polygon rings */
    Outline(double[] xy, boolean closed) {
        this.closed = closed;
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xy.length; i += 2) {
            x0 = Math.min(x0, xy[i]);
            x1 = Math.max(x1, xy[i]);
            y0 = Math.min(y0, xy[i + 1]);
            y1 = Math.max(y1, xy[i + 1]);
        }
        minX = x0;
        minY = y0;
        maxX = x1;
        maxY = y1;
        levels = new double[LEVEL_ZOOMS.length + 1][];
        for (int k = 0; k < LEVEL_ZOOMS.length; k++) {
            levels[k] = Simplify.douglasPeucker(xy, TOLERANCE_PX / Math.pow(2, LEVEL_ZOOMS[k]));
        }
        levels[LEVEL_ZOOMS.length] = xy;
    }

    /** The level of detail for a zoom. */
    static int level(int zoom) {
        int k = 0;
        while (k < LEVEL_ZOOMS.length && LEVEL_ZOOMS[k] <= zoom) {
            k++;
        }
        return zoom > LEVEL_ZOOMS[LEVEL_ZOOMS.length - 1] ? LEVEL_ZOOMS.length : k - 1;
    }

    double[] points(int level) {
        return levels[level];
    }

    /** The full-detail points. */
    double[] points() {
        return levels[levels.length - 1];
    }

    boolean intersects(double x0, double y0, double x1, double y1) {
        return maxX >= x0 && minX <= x1 && maxY >= y0 && minY <= y1;
    }

    /** Appends this outline to {@code path} in screen pixels: screen = (world - origin) * scale. */
    void appendTo(Path2D.Float path, int level, double originX, double originY, double scale) {
        double[] p = levels[level];
        if (p.length < 4) {
            return;
        }
        path.moveTo((float) ((p[0] - originX) * scale), (float) ((p[1] - originY) * scale));
        for (int i = 2; i < p.length; i += 2) {
            path.lineTo((float) ((p[i] - originX) * scale), (float) ((p[i + 1] - originY) * scale));
        }
        if (closed) {
            path.closePath();
        }
    }

    /** Signed area in world units squared (shoelace), positive or negative by winding. */
    double area() {
        double[] p = points();
        double a = 0;
        for (int i = 0; i + 3 < p.length; i += 2) {
            a += p[i] * p[i + 3] - p[i + 2] * p[i + 1];
        }
        return a / 2;
    }
}

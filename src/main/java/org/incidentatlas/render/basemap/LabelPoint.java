package org.incidentatlas.render.basemap;

import java.util.Arrays;

/**
 * Where to write an area's name: on the horizontal line through the centroid of its outer ring, in the middle of the
 * widest stretch that lies inside the polygon, so the point is inside even for bent shapes.
 */
final class LabelPoint {
    private LabelPoint() {
    }

    static double[] of(Feature polygon) {
        double[] ring = polygon.parts().get(0).points();
        double cx = 0;
        double cy = 0;
        double a = 0;
        for (int i = 0; i + 3 < ring.length; i += 2) {
            double cross = ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
            a += cross;
            cx += (ring[i] + ring[i + 2]) * cross;
            cy += (ring[i + 1] + ring[i + 3]) * cross;
        }
        if (a == 0) {
            return new double[] {ring[0], ring[1]};
        }
        cx /= 3 * a;
        cy /= 3 * a;
        double[] xs = crossings(polygon, cy);
        double bestWidth = -1;
        double bestX = cx;
        for (int i = 0; i + 1 < xs.length; i += 2) {
            if (xs[i + 1] - xs[i] > bestWidth) {
                bestWidth = xs[i + 1] - xs[i];
                bestX = (xs[i] + xs[i + 1]) / 2;
            }
        }
        return new double[] {bestX, cy};
    }

    private static double[] crossings(Feature polygon, double y) {
        double[] xs = new double[16];
        int n = 0;
        for (Outline o : polygon.parts()) {
            double[] p = o.points();
            for (int i = 0; i + 3 < p.length; i += 2) {
                double y0 = p[i + 1];
                double y1 = p[i + 3];
                if ((y0 <= y && y1 > y) || (y1 <= y && y0 > y)) {
                    if (n == xs.length) {
                        xs = Arrays.copyOf(xs, n * 2);
                    }
                    xs[n++] = p[i] + (y - y0) / (y1 - y0) * (p[i + 2] - p[i]);
                }
            }
        }
        double[] out = Arrays.copyOf(xs, n);
        Arrays.sort(out);
        return out;
    }
}

package org.incidentatlas.render.basemap;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/** Douglas-Peucker line simplification on interleaved x, y coordinates. */
final class Simplify {
    private Simplify() {
    }

    /** The points of {@code xy} that keep the line within {@code tolerance}; first and last are always kept. */
    static double[] douglasPeucker(double[] xy, double tolerance) {
        int n = xy.length / 2;
        if (n <= 2) {
            return xy.clone();
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        double tol2 = tolerance * tolerance;
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {0, n - 1});
        while (!stack.isEmpty()) {
            int[] span = stack.pop();
            int a = span[0];
            int b = span[1];
            double worst = -1;
            int at = -1;
            for (int i = a + 1; i < b; i++) {
                double d = segmentDistance2(xy, i, a, b);
                if (d > worst) {
                    worst = d;
                    at = i;
                }
            }
            if (at >= 0 && worst > tol2) {
                keep[at] = true;
                stack.push(new int[] {a, at});
                stack.push(new int[] {at, b});
            }
        }
        double[] out = new double[xy.length];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out[k++] = xy[2 * i];
                out[k++] = xy[2 * i + 1];
            }
        }
        return Arrays.copyOf(out, k);
    }

    private static double segmentDistance2(double[] xy, int p, int a, int b) {
        double px = xy[2 * p];
        double py = xy[2 * p + 1];
        double ax = xy[2 * a];
        double ay = xy[2 * a + 1];
        double dx = xy[2 * b] - ax;
        double dy = xy[2 * b + 1] - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        double ex = ax + t * dx - px;
        double ey = ay + t * dy - py;
        return ex * ex + ey * ey;
    }
}

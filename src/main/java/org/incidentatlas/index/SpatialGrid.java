package org.incidentatlas.index;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import org.incidentatlas.domain.WebMercator;

/**
 * A uniform grid over the Web Mercator world that answers "which incident is under this pixel" by looking only in
 * the few cells around it. Incident positions are sorted by cell; cells in use are kept sorted with their start.
 */
final class SpatialGrid {
    private static final int GRID = 4096;
    private static final double CELL = WebMercator.WORLD_SIZE / GRID;

    private final float[] x;
    private final float[] y;
    private final int[] byCell;
    private final int[] cellKeys;
    private final int[] cellStart;

    SpatialGrid(float[] x, float[] y) {
        this.x = x;
        this.y = y;
        int n = x.length;
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = (long) cellOf(x[i], y[i]) << 32 | i;
        }
        Arrays.sort(keyed);
        byCell = new int[n];
        int[] keys = new int[n];
        int[] starts = new int[n + 1];
        int cells = 0;
        for (int i = 0; i < n; i++) {
            int cell = (int) (keyed[i] >>> 32);
            byCell[i] = (int) keyed[i];
            if (cells == 0 || keys[cells - 1] != cell) {
                keys[cells] = cell;
                starts[cells] = i;
                cells++;
            }
        }
        starts[cells] = n;
        cellKeys = Arrays.copyOf(keys, cells);
        cellStart = Arrays.copyOf(starts, cells + 1);
    }

    /**
     * The incident nearest to a world position whose drawn dot, widened by {@code slopPx} screen pixels, covers it,
     * among those {@code eligible} accepts; -1 when none does.
     */
    int nearest(double wx, double wy, double scale, double slopPx, double maxDotPx, IntToDoubleFunction dotRadiusPx,
            IntPredicate eligible) {
        double reach = (slopPx + maxDotPx) / scale;
        int cx0 = clampCell((wx - reach) / CELL);
        int cx1 = clampCell((wx + reach) / CELL);
        int cy0 = clampCell((wy - reach) / CELL);
        int cy1 = clampCell((wy + reach) / CELL);
        int found = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int cy = cy0; cy <= cy1; cy++) {
            int from = lowerBound(cy * GRID + cx0);
            int to = lowerBound(cy * GRID + cx1 + 1);
            for (int k = cellStart[from]; k < cellStart[to]; k++) {
                int i = byCell[k];
                double d = Math.hypot(x[i] - wx, y[i] - wy);
                if (d < bestDistance && d <= (slopPx + dotRadiusPx.applyAsDouble(i)) / scale && eligible.test(i)) {
                    bestDistance = d;
                    found = i;
                }
            }
        }
        return found;
    }

    long bytes() {
        return 4L * byCell.length + 4L * cellKeys.length + 4L * cellStart.length;
    }

    /** The first cell in use whose key is at least {@code key}. */
    private int lowerBound(int key) {
        int c = Arrays.binarySearch(cellKeys, key);
        return c >= 0 ? c : -c - 1;
    }

    private static int cellOf(double wx, double wy) {
        return clampCell(wy / CELL) * GRID + clampCell(wx / CELL);
    }

    private static int clampCell(double c) {
        return (int) Math.max(0, Math.min(GRID - 1, Math.floor(c)));
    }
}

package org.incidentatlas.index;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.store.IncidentPoint;

/**
 * Every incident's position and size, held in primitive arrays and projected once to Web Mercator world units.
 * Points are kept in drawing order (largest first, so small dots stay visible on top). A uniform grid over the
 * world answers "which incident is under this pixel" without a scan. Immutable: build a new one after an import.
 */
public final class PointIndex {
    private static final int GRID = 2048;
    private static final double CELL = WebMercator.WORLD_SIZE / GRID;

    private final float[] x;
    private final float[] y;
    private final int[] best;
    private final byte[] type;
    private final IncidentId[] ids;
    /** Point indexes sorted by grid cell; cellStart[c] .. cellStart[c + 1] are those in cell c (cells in use only). */
    private final int[] byCell;
    private final long[] cellKeys;
    private final int[] cellStart;

    private PointIndex(List<IncidentPoint> points) {
        int n = points.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(points.get(b).deathsBest(), points.get(a).deathsBest()));
        x = new float[n];
        y = new float[n];
        best = new int[n];
        type = new byte[n];
        ids = new IncidentId[n];
        for (int i = 0; i < n; i++) {
            IncidentPoint p = points.get(order[i]);
            x[i] = (float) WebMercator.x(p.longitude());
            y[i] = (float) WebMercator.y(p.latitude());
            best[i] = p.deathsBest();
            type[i] = (byte) p.violenceType();
            ids[i] = new IncidentId(p.dataset(), p.originalId());
        }
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = (cellOf(x[i], y[i]) << 32) | i;
        }
        Arrays.sort(keyed);
        byCell = new int[n];
        long[] keys = new long[n];
        int[] starts = new int[n + 1];
        int cells = 0;
        for (int i = 0; i < n; i++) {
            long cell = keyed[i] >>> 32;
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

    public static PointIndex of(List<IncidentPoint> points) {
        return new PointIndex(points);
    }

    public int size() {
        return x.length;
    }

    public float worldX(int i) {
        return x[i];
    }

    public float worldY(int i) {
        return y[i];
    }

    public int deathsBest(int i) {
        return best[i];
    }

    public int violenceType(int i) {
        return type[i];
    }

    public IncidentId id(int i) {
        return ids[i];
    }

    /** Position of the incident with this id in drawing order, or -1. */
    public int indexOf(IncidentId id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The incident under a screen position: the one nearest to the world position whose drawn dot, widened by
     * {@code slopPx} screen pixels, covers it; -1 when none does.
     *
     * @param scale       screen pixels per world unit
     * @param maxDotPx    the largest dot radius drawn, in screen pixels
     * @param dotRadiusPx the drawn radius of incident i, in screen pixels
     */
    public int nearest(double wx, double wy, double scale, double slopPx, double maxDotPx,
            IntToDoubleFunction dotRadiusPx) {
        double reach = (slopPx + maxDotPx) / scale;
        double radius = slopPx / scale;
        int cx0 = clampCell((wx - reach) / CELL);
        int cx1 = clampCell((wx + reach) / CELL);
        int cy0 = clampCell((wy - reach) / CELL);
        int cy1 = clampCell((wy + reach) / CELL);
        int found = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int cy = cy0; cy <= cy1; cy++) {
            for (int cx = cx0; cx <= cx1; cx++) {
                int c = Arrays.binarySearch(cellKeys, (long) cy * GRID + cx);
                if (c < 0) {
                    continue;
                }
                for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
                    int i = byCell[k];
                    double d = Math.hypot(x[i] - wx, y[i] - wy);
                    double allowed = radius + dotRadiusPx.applyAsDouble(i) / scale;
                    if (d <= allowed && d < bestDistance) {
                        bestDistance = d;
                        found = i;
                    }
                }
            }
        }
        return found;
    }

    private static long cellOf(double wx, double wy) {
        return (long) clampCell(wy / CELL) * GRID + clampCell(wx / CELL);
    }

    private static int clampCell(double c) {
        return (int) Math.max(0, Math.min(GRID - 1, Math.floor(c)));
    }
}

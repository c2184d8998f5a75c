package org.incidentatlas.index;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;
import org.incidentatlas.domain.IncidentId;

/**
 * Every incident in memory as primitive arrays sorted by start day: start and end day (epoch days), position projected
 * once to Web Mercator world units, best deaths, type of violence, and the id (see {@link IdTable}). A date window is
 * answered by a binary search and a contiguous slice: an incident is shown while its span [start, end] overlaps the
 * window. Spans longer than {@link #LONG_SPAN} days are few; they are kept in a short side list so the slice only
 * needs to reach {@link #LONG_SPAN} days before the window.
 *
 * <p>Filters plug in through {@link IncidentMask}: every query takes one and skips incidents it rejects.
 *
 * <p>Immutable and safe to share between threads: build a new one off the FX thread after an import and swap it in
 * whole. Positions (0 .. size-1) are in start-day order.
 */
public final class TimeIndex {
    /** Spans longer than this many days (end - start) are "long events", checked on the side. */
    public static final int LONG_SPAN = 31;

    private final int[] start;
    private final int[] end;
    private final float[] x;
    private final float[] y;
    private final int[] best;
    private final byte[] type;
    /** GED {@code where_prec} code of each incident (1 exact place ... 7 waters or airspace). */
    private final byte[] precision;
    private final IdTable ids;
    private final SpatialGrid grid;
    /** Positions of the long events, ascending (so also by start day). */
    private final int[] longEvents;
    private final int firstDay;
    private final int lastDay;

    /**
     * The per-incident columns of an index, all of one length and in start-day order: what a persisted index stores.
     *
     * @param precision GED {@code where_prec} codes (see {@code LocationPrecision})
     */
    public record Columns(int[] start, int[] end, float[] x, float[] y, int[] best, byte[] type, byte[] precision) {
    }

    TimeIndex(Columns c, IdTable ids) {
        this.start = c.start();
        this.end = c.end();
        this.x = c.x();
        this.y = c.y();
        this.best = c.best();
        this.type = c.type();
        this.precision = c.precision();
        this.ids = ids;
        this.grid = new SpatialGrid(x, y);
        int n = start.length;
        int[] longOnes = new int[n];
        int longCount = 0;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (end[i] - start[i] > LONG_SPAN) {
                longOnes[longCount++] = i;
            }
            last = Math.max(last, end[i]);
        }
        this.longEvents = Arrays.copyOf(longOnes, longCount);
        this.firstDay = n == 0 ? 0 : start[0];
        this.lastDay = n == 0 ? 0 : last;
    }

    /** An index with no incidents. */
    public static TimeIndex empty() {
        return new TimeIndexBuilder(0).build();
    }

    public int size() {
        return start.length;
    }

    /** First start day of any incident (0 when empty). */
    public int firstDay() {
        return firstDay;
    }

    /** Last end day of any incident (0 when empty). */
    public int lastDay() {
        return lastDay;
    }

    public int startDay(int i) {
        return start[i];
    }

    public int endDay(int i) {
        return end[i];
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

    /** The dataset key of incident i (no object built). */
    public String dataset(int i) {
        return ids.dataset(i);
    }

    /** The code of incident i's dataset: its position in {@link #datasetKeys()}. */
    public int datasetCode(int i) {
        return ids.datasetCode(i);
    }

    /** Every dataset key, in the order of their codes. */
    public java.util.List<String> datasetKeys() {
        return ids.datasetKeys();
    }

    /** The dataset keys of the incidents shown in {@code window} under {@code mask}. */
    public java.util.Set<String> datasets(DateWindow window, IncidentMask mask) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (int i = 0; i < size(); i++) {
            if (visible(i, window, mask)) {
                out.add(ids.dataset(i));
            }
        }
        return out;
    }

    /** GED {@code where_prec} code of incident i: 1 exact place, 2 within 25 km, 3 district ... 7 waters. */
    public int locationPrecision(int i) {
        return precision[i];
    }

    /** True when incident i is placed only near a town, or at a district's or wider area's centroid. */
    public boolean imprecise(int i) {
        return precision[i] >= 2;
    }

    IdTable ids() {
        return ids;
    }

    /** The arrays, for writing a snapshot. */
    Columns columns() {
        return new Columns(start, end, x, y, best, type, precision);
    }

    public IncidentId id(int i) {
        return ids.id(i);
    }

    /** Position of the incident with this id, or -1 (a scan: for selecting, not for drawing). */
    public int indexOf(IncidentId id) {
        return ids.indexOf(id);
    }

    /** Whether incident i is shown in a window under a mask. */
    public boolean visible(int i, DateWindow window, IncidentMask mask) {
        return window.overlaps(start[i], end[i]) && mask.passes(i);
    }

    /**
     * Writes the positions of every incident shown in {@code window} under {@code mask} into {@code out} (which must
     * hold {@link #size()} ints) and returns how many there are. Short events come in start-day order, then the long
     * ones.
     */
    public int visible(DateWindow window, IncidentMask mask, int[] out) {
        return (int) scan(window, mask, out, false);
    }

    /** How many incidents and deaths a window shows under a mask (no allocation). */
    public WindowTotals totals(DateWindow window, IncidentMask mask) {
        return new WindowTotals((int) scan(window, mask, null, false), scan(window, mask, null, true));
    }

    /** The window's slice: writes positions to {@code out} if given; returns the count, or the deaths if asked. */
    private long scan(DateWindow window, IncidentMask mask, int[] out, boolean sumDeaths) {
        if (!mask.fits(size())) {
            throw new IllegalArgumentException("mask was built for another index");
        }
        if (window.empty()) {
            return 0;
        }
        long total = 0;
        int from = window.cumulative() ? 0 : firstStartAtLeast((long) window.from() - LONG_SPAN);
        int to = firstStartAtLeast(window.to() + 1L);
        int lo = window.from();
        for (int i = from; i < to; i++) {
            if (end[i] >= lo && end[i] - start[i] <= LONG_SPAN && mask.passes(i)) {
                total = add(total, i, out, sumDeaths);
            }
        }
        for (int i : longEvents) {
            if (start[i] > window.to()) {
                break;
            }
            if (end[i] >= lo && mask.passes(i)) {
                total = add(total, i, out, sumDeaths);
            }
        }
        return total;
    }

    private long add(long total, int i, int[] out, boolean sumDeaths) {
        if (out != null) {
            out[(int) total] = i;
        }
        return total + (sumDeaths ? best[i] : 1);
    }

    /**
     * The shown incident nearest to a world position whose drawn dot, widened by {@code slopPx} screen pixels, covers
     * it; -1 when none does. Looks only in the grid cells around the position.
     *
     * @param scale       screen pixels per world unit
     * @param maxDotPx    the largest dot radius drawn, in screen pixels
     * @param dotRadiusPx the drawn radius of incident i, in screen pixels
     */
    public int nearest(double wx, double wy, double scale, double slopPx, double maxDotPx,
            IntToDoubleFunction dotRadiusPx, DateWindow window, IncidentMask mask) {
        return grid.nearest(wx, wy, scale, slopPx, maxDotPx, dotRadiusPx, i -> visible(i, window, mask));
    }

    /** The first position whose start day is at least {@code day} (size() when none). */
    public int firstStartAtLeast(long day) {
        int lo = 0;
        int hi = start.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Bytes held by the index's arrays (the measure of "index memory per incident"). */
    public long bytes() {
        long n = size();
        return n * (4 + 4 + 4 + 4 + 4 + 1 + 1) + 4L * longEvents.length + ids.bytes() + grid.bytes();
    }
}

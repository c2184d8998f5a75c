package org.incidentatlas.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Incidents and deaths per bin over a span of days, counting each incident once, in the bin of its start day. Bins
 * are whole calendar units: the first starts on the unit's floor of the span's first day, the last holds its last day.
 */
public final class Histogram {
    private final BinUnit unit;
    /** Bin k covers days binStart[k] .. binStart[k + 1] - 1. */
    private final int[] binStart;
    private final long[] incidents;
    private final long[] deaths;

    private Histogram(BinUnit unit, int[] binStart, long[] incidents, long[] deaths) {
        this.unit = unit;
        this.binStart = binStart;
        this.incidents = incidents;
        this.deaths = deaths;
    }

    /** Bins of {@code unit} over [fromDay, toDay] of the incidents of {@code index} that pass {@code mask}. */
    public static Histogram of(TimeIndex index, IncidentMask mask, int fromDay, int toDay, BinUnit unit) {
        List<Integer> starts = new ArrayList<>();
        LocalDate last = LocalDate.ofEpochDay(toDay);
        LocalDate d = unit.floor(LocalDate.ofEpochDay(fromDay));
        while (!d.isAfter(last)) {
            starts.add((int) d.toEpochDay());
            d = unit.plus(d, 1);
        }
        starts.add((int) d.toEpochDay());
        int bins = starts.size() - 1;
        int[] binStart = starts.stream().mapToInt(Integer::intValue).toArray();
        long[] counts = new long[bins];
        long[] deaths = new long[bins];
        int from = index.firstStartAtLeast(binStart[0]);
        int to = index.firstStartAtLeast(binStart[bins]);
        int bin = 0;
        for (int i = from; i < to; i++) {
            int s = index.startDay(i);
            while (s >= binStart[bin + 1]) {
                bin++;
            }
            if (mask.passes(i)) {
                counts[bin]++;
                deaths[bin] += index.deathsBest(i);
            }
        }
        return new Histogram(unit, binStart, counts, deaths);
    }

    public BinUnit unit() {
        return unit;
    }

    public int bins() {
        return incidents.length;
    }

    /** First day of bin k (epoch day). */
    public int binFrom(int k) {
        return binStart[k];
    }

    /** Last day of bin k (epoch day, inclusive). */
    public int binTo(int k) {
        return binStart[k + 1] - 1;
    }

    public long incidents(int k) {
        return incidents[k];
    }

    public long deaths(int k) {
        return deaths[k];
    }

    /** The largest value of any bin: incidents, or deaths when {@code ofDeaths}. */
    public long max(boolean ofDeaths) {
        long m = 0;
        for (int k = 0; k < bins(); k++) {
            m = Math.max(m, ofDeaths ? deaths[k] : incidents[k]);
        }
        return m;
    }
}

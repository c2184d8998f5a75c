package org.incidentatlas.index;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;
import org.incidentatlas.domain.WebMercator;
import org.incidentatlas.domain.PointRow;

/**
 * Collects incidents in any order into growing primitive arrays, then sorts them by start day into a
 * {@link TimeIndex}. Incidents dated only to the month or the year are widened to cover that whole month or year, so
 * they show in any window that touches it. Not thread-safe; use it on one background thread.
 */
public final class TimeIndexBuilder implements Consumer<PointRow> {
    private static final int MONTH_PRECISION = 4;
    private static final int YEAR_PRECISION = 5;

    private int[] start;
    private int[] end;
    private float[] x;
    private float[] y;
    private int[] best;
    private byte[] type;
    private byte[] precision;
    private final IdTable ids;
    private int size;

    public TimeIndexBuilder(int capacity) {
        int c = Math.max(16, capacity);
        start = new int[c];
        end = new int[c];
        x = new float[c];
        y = new float[c];
        best = new int[c];
        type = new byte[c];
        precision = new byte[c];
        ids = new IdTable(c);
    }

    /**
     * A new index of the rows a store hands over: {@code rows} gives every row to the consumer it is passed (e.g.
     * {@code repository::scanPoints}). The index never queries the store itself.
     */
    public static TimeIndex from(Consumer<Consumer<PointRow>> rows) {
        TimeIndexBuilder builder = new TimeIndexBuilder(1024);
        rows.accept(builder);
        return builder.build();
    }

    @Override
    public void accept(PointRow row) {
        if (size == start.length) {
            grow();
        }
        int s = row.startDay();
        int e = Math.max(s, row.endDay());
        if (row.datePrecision() >= MONTH_PRECISION) {
            LocalDate first = LocalDate.ofEpochDay(s);
            LocalDate last = LocalDate.ofEpochDay(e);
            if (row.datePrecision() >= YEAR_PRECISION) {
                first = first.withDayOfYear(1);
                last = last.withDayOfYear(last.lengthOfYear());
            } else {
                first = first.withDayOfMonth(1);
                last = last.withDayOfMonth(last.lengthOfMonth());
            }
            s = (int) first.toEpochDay();
            e = (int) last.toEpochDay();
        }
        start[size] = s;
        end[size] = e;
        x[size] = (float) WebMercator.x(row.longitude());
        y[size] = (float) WebMercator.y(row.latitude());
        best[size] = row.deathsBest();
        type[size] = (byte) row.violenceType();
        precision[size] = (byte) row.locationPrecision();
        ids.add(row.dataset(), row.originalId());
        size++;
    }

    public TimeIndex build() {
        return build(order());
    }

    /** The index's order: position i holds the incident added as {@code order[i]} (by start day, then arrival). */
    int[] order() {
        int n = size;
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = (long) start[i] << 32 | i;
        }
        Arrays.sort(keyed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }

    TimeIndex build(int[] order) {
        int n = size;
        int[] s = new int[n];
        int[] e = new int[n];
        float[] px = new float[n];
        float[] py = new float[n];
        int[] b = new int[n];
        byte[] t = new byte[n];
        byte[] p = new byte[n];
        for (int i = 0; i < n; i++) {
            int k = order[i];
            s[i] = start[k];
            e[i] = end[k];
            px[i] = x[k];
            py[i] = y[k];
            b[i] = best[k];
            t[i] = type[k];
            p[i] = precision[k];
        }
        ids.permute(order);
        return new TimeIndex(new TimeIndex.Columns(s, e, px, py, b, t, p), ids);
    }

    /** Room for {@code n} incidents in all, made at once (nothing when there is room already). */
    void makeRoom(int n) {
        if (n > start.length) {
            grow(n);
        }
    }

    private void grow() {
        grow(start.length * 2);
    }

    private void grow(int c) {
        start = Arrays.copyOf(start, c);
        end = Arrays.copyOf(end, c);
        x = Arrays.copyOf(x, c);
        y = Arrays.copyOf(y, c);
        best = Arrays.copyOf(best, c);
        type = Arrays.copyOf(type, c);
        precision = Arrays.copyOf(precision, c);
    }
}

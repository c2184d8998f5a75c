package org.incidentatlas.store;

import java.util.Arrays;

/** A set of longs in one open-addressing array: 8 to 16 bytes per element, no boxing. */
final class LongHashSet {
    private static final long EMPTY = 0L;

    private long[] table = new long[1024];
    private boolean hasEmptyValue;
    private int size;

    /** @return true when {@code value} was not in the set yet */
    boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !hasEmptyValue;
            hasEmptyValue = true;
            return added;
        }
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        if (insert(table, value)) {
            size++;
            return true;
        }
        return false;
    }

    boolean contains(long value) {
        if (value == EMPTY) {
            return hasEmptyValue;
        }
        int mask = table.length - 1;
        int i = (int) (mix(value) & mask);
        while (table[i] != EMPTY) {
            if (table[i] == value) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    int size() {
        return size + (hasEmptyValue ? 1 : 0);
    }

    private static boolean insert(long[] t, long value) {
        int mask = t.length - 1;
        int i = (int) (mix(value) & mask);
        while (t[i] != EMPTY) {
            if (t[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        t[i] = value;
        return true;
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (long v : table) {
            if (v != EMPTY) {
                insert(bigger, v);
            }
        }
        Arrays.fill(table, EMPTY);
        table = bigger;
    }

    private static long mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}

package org.incidentatlas.store;

import java.util.Arrays;

/** A map of long keys to non-negative long values in two open-addressing arrays: no boxing, 32 bytes an entry. */
final class LongLongMap {
    private static final long FREE = -1L;

    private long[] keys = new long[1024];
    private long[] values = filled(1024);
    private int size;

    /** The value of {@code key}, or -1 when it has none. */
    long get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != FREE; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return FREE;
    }

    /** Sets {@code key} to {@code value} (at least 0). */
    void put(long key, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        if (insert(keys, values, key, value)) {
            size++;
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = filled(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != FREE) {
                insert(keys, values, oldKeys[i], oldValues[i]);
            }
        }
    }

    private static boolean insert(long[] keys, long[] values, long key, long value) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != FREE) {
            if (keys[i] == key) {
                values[i] = value;
                return false;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        return true;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static long[] filled(int n) {
        long[] a = new long[n];
        Arrays.fill(a, FREE);
        return a;
    }
}

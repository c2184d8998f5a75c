package org.incidentatlas.render;

import java.util.Arrays;

/**
 * Incidents gathered into one symbol per spot, on primitive arrays with no object per incident or per symbol: an
 * open-addressing hash from a spot key (a small cell of the screen, and whether the place is imprecise) to a group
 * that sums incidents, best deaths, position and the count of each colour. Scratch arrays are kept between
 * frames. One instance per renderer, used from one thread.
 */
final class SymbolGroups {
    private int[] slots = new int[16];
    private int mask = 15;
    int size;
    int[] key = new int[8];
    int[] count = new int[8];
    /** Incidents per group whose place is known only roughly. */
    int[] rough = new int[8];
    long[] deaths = new long[8];
    double[] sumX = new double[8];
    double[] sumY = new double[8];
    /** Incidents of each palette slot per group ({@link IncidentStyle#SLOTS} ints a group). */
    int[] types = new int[8 * IncidentStyle.SLOTS];

    /** Forgets every group, ready for up to {@code incidents} incidents. */
    void clear(int incidents) {
        int want = Integer.highestOneBit(Math.max(16, incidents * 2 - 1)) << 1;
        if (slots.length < want) {
            slots = new int[want];
        }
        mask = Math.min(slots.length, want) - 1;
        Arrays.fill(slots, 0, mask + 1, 0);
        size = 0;
    }

    /** Adds one incident at device position (x, y) to the group of {@code spot}; returns the group. */
    int add(int spot, double x, double y, int deathsBest, int slot, boolean imprecise) {
        int h = mix(spot) & mask;
        while (true) {
            int g = slots[h] - 1;
            if (g < 0) {
                g = create(spot);
                slots[h] = g + 1;
                rough[g] += imprecise ? 1 : 0;
                return addTo(g, x, y, deathsBest, slot);
            }
            if (key[g] == spot) {
                rough[g] += imprecise ? 1 : 0;
                return addTo(g, x, y, deathsBest, slot);
            }
            h = (h + 1) & mask;
        }
    }

    private int addTo(int g, double x, double y, int deathsBest, int slot) {
        count[g]++;
        deaths[g] += Math.max(0, deathsBest);
        sumX[g] += x;
        sumY[g] += y;
        types[IncidentStyle.SLOTS * g + slot]++;
        return g;
    }

    private int create(int spot) {
        if (size == key.length) {
            int c = size * 2;
            key = Arrays.copyOf(key, c);
            count = Arrays.copyOf(count, c);
            rough = Arrays.copyOf(rough, c);
            deaths = Arrays.copyOf(deaths, c);
            sumX = Arrays.copyOf(sumX, c);
            sumY = Arrays.copyOf(sumY, c);
            types = Arrays.copyOf(types, IncidentStyle.SLOTS * c);
        }
        int g = size++;
        key[g] = spot;
        count[g] = 0;
        rough[g] = 0;
        deaths[g] = 0;
        sumX[g] = 0;
        sumY[g] = 0;
        Arrays.fill(types, IncidentStyle.SLOTS * g, IncidentStyle.SLOTS * (g + 1), 0);
        return g;
    }

    /** The palette slot most of the group's incidents have (the lower slot on a tie). */
    int type(int g) {
        int base = IncidentStyle.SLOTS * g;
        int best = 0;
        for (int t = 1; t < IncidentStyle.SLOTS; t++) {
            if (types[base + t] > types[base + best]) {
                best = t;
            }
        }
        return best;
    }

    /** Whether most of the group's incidents are placed only roughly: it is drawn as a ring. */
    boolean ring(int g) {
        return 2 * rough[g] > count[g];
    }

    /** The value a symbol's area stands for. */
    long value(int g, SizeBy by) {
        return by == SizeBy.DEATHS ? deaths[g] : count[g];
    }

    private static int mix(int k) {
        int h = k * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}

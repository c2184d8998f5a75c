package org.incidentatlas.index;

import java.util.function.IntPredicate;

/**
 * The hook for filters: one bit per incident, by position in a {@link TimeIndex}, saying whether it passes the
 * filters (type of violence, deaths, actors, ...). Every window query of the index takes a mask and skips the
 * incidents whose bit is clear, so a filter never changes the index itself: build a new mask when the filters change
 * (off the FX thread for large indexes) and hand it to the layer and the timeline. {@link #ALL} lets everything
 * through. Immutable.
 */
public final class IncidentMask {
    /** No filter: every incident passes. */
    public static final IncidentMask ALL = new IncidentMask(null, 0);

    private final long[] words;
    private final int size;

    private IncidentMask(long[] words, int size) {
        this.words = words;
        this.size = size;
    }

    /** A mask over the incidents of {@code index} that lets through those for which {@code passes} holds. */
    public static IncidentMask of(TimeIndex index, IntPredicate passes) {
        int n = index.size();
        long[] words = new long[(n + 63) >>> 6];
        for (int i = 0; i < n; i++) {
            if (passes.test(i)) {
                words[i >>> 6] |= 1L << i;
            }
        }
        return new IncidentMask(words, n);
    }

    public boolean passes(int i) {
        return words == null || (words[i >>> 6] & 1L << i) != 0;
    }

    /** Whether this mask can be used with an index of {@code n} incidents. */
    public boolean fits(int n) {
        return words == null || size == n;
    }
}

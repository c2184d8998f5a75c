package org.incidentatlas.domain;

/**
 * A count given as low, best and high estimate. Published data are kept as published: an estimate whose values are
 * out of order is allowed and reported by {@link #ordered()}, never repaired.
 */
public record Estimate(int low, int best, int high) {
    public Estimate {
        Checks.nonNegative(low, "low");
        Checks.nonNegative(best, "best");
        Checks.nonNegative(high, "high");
    }

    public static Estimate exactly(int count) {
        return new Estimate(count, count, count);
    }

    /** True when low &le; best &le; high. */
    public boolean ordered() {
        return low <= best && best <= high;
    }

    /** True when low, best and high are the same figure. */
    public boolean single() {
        return low == best && best == high;
    }
}

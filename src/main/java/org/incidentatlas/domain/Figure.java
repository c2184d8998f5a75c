package org.incidentatlas.domain;

/**
 * One figure as a report gave it, e.g. "13", "at least 12", "28 to 30" or "dozens": the text as reported plus the
 * numeric bounds it implies. {@code high == null} means open-ended ("at least"); both {@code null} means the report
 * gave no number.
 */
public record Figure(Integer low, Integer high, String reported) {
    public Figure {
        Checks.nonNegative(low, "figure.low");
        Checks.nonNegative(high, "figure.high");
        reported = Checks.requiredText(reported, "figure.reported").strip();
        if (low != null && high != null && high < low) {
            throw new IllegalArgumentException("figure.high (" + high + ") is below figure.low (" + low + ")");
        }
        if (low == null && high != null) {
            throw new IllegalArgumentException("figure.high is given without figure.low");
        }
    }

    public static Figure exactly(int count) {
        return new Figure(count, count, Integer.toString(count));
    }

    public static Figure atLeast(int count) {
        return new Figure(count, null, "at least " + count);
    }

    public static Figure between(int low, int high) {
        return new Figure(low, high, low + " to " + high);
    }

    /** The single number that best stands for this figure: the exact value, the midpoint of a range, or the bound. */
    public Integer point() {
        if (low == null) {
            return null;
        }
        return high == null ? low : (low + high) / 2;
    }

    /**
     * The figure a report gave as numbers: {@code best} alone is exact ("13"), {@code low} alone "at least", {@code
     * high} alone "up to", low and high a range ("12 to 16"), all three "13 (12 to 16)"; {@code null} when none is
     * given.
     *
     * @throws IllegalArgumentException naming the bound that is negative, inverted or outside the others
     */
    public static Figure fromBounds(Integer low, Integer best, Integer high) {
        Checks.nonNegative(low, "low");
        Checks.nonNegative(best, "best");
        Checks.nonNegative(high, "high");
        if (low != null && high != null && high < low) {
            throw new IllegalArgumentException("high (" + high + ") is below low (" + low + ")");
        }
        if (best != null && (low != null && best < low || high != null && best > high)) {
            throw new IllegalArgumentException("best (" + best + ") lies outside low and high");
        }
        if (low == null && high == null) {
            return best == null ? null : exactly(best);
        }
        int from = low == null ? 0 : low;
        String range = high == null ? "at least " + from : low == null ? "up to " + high : from + " to " + high;
        return new Figure(from, high, best == null ? range : best + " (" + range + ")");
    }
}

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
}

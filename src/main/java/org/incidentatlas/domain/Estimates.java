package org.incidentatlas.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Derives one low / best / high estimate from the figures that several reports gave. */
public final class Estimates {
    private Estimates() {
    }

    /**
     * low = the smallest figure any report gave; high = the largest (an open-ended "at least N" counts as N);
     * best = the median of the reports' figures (for an even number, the lower of the two middle ones; a range
     * counts as its midpoint). Reports without a number are left out.
     *
     * @return the estimate, or {@code null} when no report gave a number
     */
    public static Estimate fromFigures(List<Figure> figures) {
        List<Figure> numeric = figures.stream().filter(Objects::nonNull).filter(f -> f.low() != null).toList();
        if (numeric.isEmpty()) {
            return null;
        }
        int low = Integer.MAX_VALUE;
        int high = 0;
        List<Integer> points = new ArrayList<>();
        for (Figure f : numeric) {
            low = Math.min(low, f.low());
            high = Math.max(high, f.high() == null ? f.low() : f.high());
            points.add(f.point());
        }
        points.sort(null);
        int best = points.get((points.size() - 1) / 2);
        return new Estimate(low, best, high);
    }

    /** States the rule of {@link #fromFigures} in words, for records that say how they were derived. */
    public static String rule() {
        return "low = smallest figure reported, high = largest, best = median of the reports' figures";
    }
}

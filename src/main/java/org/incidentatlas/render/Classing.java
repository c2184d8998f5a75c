package org.incidentatlas.render;

import java.util.Arrays;

/**
 * How a choropleth's area values are cut into classes: quantiles (about as many areas in each class) or natural
 * breaks (Jenks: the cuts that make the classes' squared deviations from their means smallest, found exactly by
 * dynamic programming, which is quick for the few hundred areas of a level).
 */
public enum Classing {
    QUANTILES("quantiles", "Quantiles"),
    JENKS("jenks", "Natural breaks (Jenks)");

    private final String word;
    private final String label;

    Classing(String word, String label) {
        this.word = word;
        this.label = label;
    }

    public String word() {
        return word;
    }

    public String label() {
        return label;
    }

    /** The method named by {@code --classes quantiles|jenks}, ignoring case. */
    public static Classing of(String word) {
        return Words.choice(values(), Classing::word, word,
                "--classes must be quantiles or jenks (was '" + word + "')");
    }

    /**
     * The upper bound of each class, ascending and distinct, for {@code values} cut into at most {@code classes}
     * classes (fewer when there are fewer distinct values); a value belongs to the first class whose bound is not
     * below it. Empty for no values.
     */
    public long[] upperBounds(long[] values, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("need at least one class (was " + classes + ")");
        }
        long[] v = values.clone();
        Arrays.sort(v);
        if (v.length == 0) {
            return new long[0];
        }
        long[] bounds = this == QUANTILES ? quantiles(v, classes) : jenks(v, classes);
        return Arrays.stream(bounds).distinct().sorted().toArray();
    }

    private static long[] quantiles(long[] v, int classes) {
        long[] bounds = new long[classes];
        for (int k = 0; k < classes; k++) {
            int at = (int) Math.ceil((k + 1) * (double) v.length / classes) - 1;
            bounds[k] = v[Math.max(0, Math.min(v.length - 1, at))];
        }
        return bounds;
    }

    /** Fisher's exact optimal grouping of sorted values into k classes by least squared deviation. */
    private static long[] jenks(long[] v, int classes) {
        int n = v.length;
        int k = Math.min(classes, n);
        double[] sum = new double[n + 1];
        double[] squares = new double[n + 1];
        for (int i = 0; i < n; i++) {
            sum[i + 1] = sum[i] + v[i];
            squares[i + 1] = squares[i] + (double) v[i] * v[i];
        }
        // cost[c][j]: least deviation of the first j values in c + 1 classes; cut[c][j]: where the last class starts.
        double[][] cost = new double[k][n + 1];
        int[][] cut = new int[k][n + 1];
        for (int j = 1; j <= n; j++) {
            cost[0][j] = deviation(sum, squares, 0, j);
        }
        for (int c = 1; c < k; c++) {
            for (int j = c + 1; j <= n; j++) {
                double best = Double.MAX_VALUE;
                int bestCut = c;
                for (int s = c; s < j; s++) {
                    double d = cost[c - 1][s] + deviation(sum, squares, s, j);
                    if (d < best) {
                        best = d;
                        bestCut = s;
                    }
                }
                cost[c][j] = best;
                cut[c][j] = bestCut;
            }
        }
        long[] bounds = new long[k];
        int end = n;
        for (int c = k - 1; c >= 0; c--) {
            bounds[c] = v[end - 1];
            end = c == 0 ? 0 : cut[c][end];
        }
        return bounds;
    }

    /** Squared deviation from their mean of values from (inclusive) to (exclusive). */
    private static double deviation(double[] sum, double[] squares, int from, int to) {
        double s = sum[to] - sum[from];
        return squares[to] - squares[from] - s * s / (to - from);
    }
}

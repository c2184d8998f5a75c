package org.incidentatlas.render;

/**
 * How an incident dot looks: its radius grows with the square root of best deaths (so area follows the count), its
 * colour says the type of violence, from the Okabe-Ito palette, which stays distinct for colour-blind readers.
 */
public final class IncidentStyle {
    /** ARGB colours for UCDP types 1 (state-based), 2 (non-state), 3 (one-sided); index 0 for anything else. */
    private static final int[] TYPE_COLOURS = {0xFF7F7F7F, 0xFFD55E00, 0xFF0072B2, 0xFFCC79A7};
    private static final String[] TYPE_NAMES = {"other", "state-based", "non-state", "one-sided"};

    public static final double MIN_RADIUS = 1.5;
    public static final double MAX_RADIUS = 10;

    private IncidentStyle() {
    }

    public static double radius(int bestDeaths) {
        return Math.min(MAX_RADIUS, MIN_RADIUS + 0.9 * Math.sqrt(Math.max(0, bestDeaths)));
    }

    /** The smallest death count drawn at {@link #MAX_RADIUS}: larger counts look the same. */
    public static int saturatingDeaths() {
        int n = 0;
        while (radius(n) < MAX_RADIUS) {
            n++;
        }
        return n;
    }

    public static int colour(int violenceType) {
        return violenceType >= 1 && violenceType <= 3 ? TYPE_COLOURS[violenceType] : TYPE_COLOURS[0];
    }

    public static String typeName(int violenceType) {
        return violenceType >= 1 && violenceType <= 3 ? TYPE_NAMES[violenceType] : TYPE_NAMES[0];
    }
}

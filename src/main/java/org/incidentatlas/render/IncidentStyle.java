package org.incidentatlas.render;

/**
 * How an incident symbol looks. Its area is proportional to what it stands for (summed best deaths, or the number of
 * incidents, see {@link SizeBy}), with no upper limit, so a stack of 479 incidents and 8,213 deaths looks as large as
 * it is; the scale grows gently with zoom so symbols stay legible zoomed out and in proportion zoomed in. Its colour
 * says the type of violence, from the Okabe-Ito palette, which stays distinct for colour-blind readers.
 */
public final class IncidentStyle {
    /** ARGB colours for UCDP types 1 (state-based), 2 (non-state), 3 (one-sided); index 0 for anything else. */
    private static final int[] TYPE_COLOURS = {0xFF7F7F7F, 0xFFD55E00, 0xFF0072B2, 0xFFCC79A7};
    private static final String[] TYPE_NAMES = {"other", "state-based", "non-state", "one-sided"};

    /** The smallest radius drawn (an incident with no recorded deaths), in screen pixels. */
    public static final double MIN_RADIUS = 1.5;
    /** The largest radius drawn from pre-drawn sprites; larger symbols are drawn as shapes. Not a cap. */
    public static final double MAX_RADIUS = 10;
    /** Radius per square root of one death at zoom {@link #REFERENCE_ZOOM}. */
    private static final double DEATHS_K = 0.6;
    /** Radius per square root of one incident at zoom {@link #REFERENCE_ZOOM}. */
    private static final double INCIDENTS_K = 1.6;
    private static final double REFERENCE_ZOOM = 6;

    private IncidentStyle() {
    }

    /**
     * The radius in screen pixels of a symbol standing for {@code value} deaths or incidents at a map zoom: area
     * proportional to the value (never below {@link #MIN_RADIUS}), the scale doubling every five zoom levels between
     * zoom 3 and 14.
     */
    public static double radius(long value, SizeBy by, double zoom) {
        double k = (by == SizeBy.DEATHS ? DEATHS_K : INCIDENTS_K) * scale(zoom);
        return Math.max(MIN_RADIUS, k * Math.sqrt(Math.max(0, value)));
    }

    /** The zoom's factor on symbol radii: 1 at zoom 6, doubling every five zooms, held below 3 and above 14. */
    static double scale(double zoom) {
        double z = Math.max(3, Math.min(14, zoom));
        return Math.pow(2, (z - REFERENCE_ZOOM) / 5);
    }

    /** The map zoom of a viewport drawn at {@code pixelRatio} device pixels per screen pixel. */
    public static double zoomOf(Viewport deviceView, double pixelRatio) {
        return Math.log(deviceView.scale() / pixelRatio) / Math.log(2);
    }

    public static int colour(int violenceType) {
        return violenceType >= 1 && violenceType <= 3 ? TYPE_COLOURS[violenceType] : TYPE_COLOURS[0];
    }

    public static String typeName(int violenceType) {
        return violenceType >= 1 && violenceType <= 3 ? TYPE_NAMES[violenceType] : TYPE_NAMES[0];
    }
}

package org.incidentatlas.render;

/**
 * How an incident symbol looks. Its area is proportional to what it stands for (summed best deaths, or the number of
 * incidents, see {@link SizeBy}), with no upper limit, so a stack of 479 incidents and 8,213 deaths looks as large as
 * it is; the scale grows gently with zoom so symbols stay legible zoomed out and in proportion zoomed in. Its colour
 * says the type of violence, the common category or the dataset ({@link ColourKey}), from the Okabe-Ito palette,
 * which stays distinct for colour-blind readers.
 */
public final class IncidentStyle {
    /** ARGB colours for UCDP types 1 (state-based), 2 (non-state), 3 (one-sided); index 0 for anything else. */
    private static final int[] TYPE_COLOURS = {0xFF7F7F7F, 0xFFD55E00, 0xFF0072B2, 0xFFCC79A7};
    private static final String[] TYPE_NAMES = {"not coded", "state-based", "non-state", "one-sided"};
    /**
     * Colours of the classes of a category or dataset key, Okabe-Ito first: vermillion, orange, reddish purple, sky
     * blue, grey, bluish green, blue, yellow. The first five follow the common categories (armed clash, bombing,
     * attack on civilians, protest/riot, other), so a clash reads like state-based violence and an attack on
     * civilians like one-sided violence.
     */
    private static final int[] CLASS_COLOUR_VALUES = {0xFFD55E00, 0xFFE69F00, 0xFFCC79A7, 0xFF56B4E9, 0xFF7F7F7F,
        0xFF009E73, 0xFF0072B2, 0xFFF0E442};
    /** How many class colours a key has; further classes share the last one. */
    public static final int CLASS_COLOURS = CLASS_COLOUR_VALUES.length;
    /** Palette slots 0 to 3 are the type colours, then come the class colours. */
    static final int FIRST_CLASS_SLOT = 4;
    /** Every palette slot. */
    static final int SLOTS = FIRST_CLASS_SLOT + CLASS_COLOURS;

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

    /** The ARGB colour of a palette slot (a type colour, or a class colour of a category or dataset key). */
    static int slotColour(int slot) {
        return slot < FIRST_CLASS_SLOT ? colour(slot) : CLASS_COLOUR_VALUES[Math.min(slot - FIRST_CLASS_SLOT,
                CLASS_COLOURS - 1)];
    }

    public static int colour(int violenceType) {
        return violenceType >= 1 && violenceType <= 3 ? TYPE_COLOURS[violenceType] : TYPE_COLOURS[0];
    }

    public static String typeName(int violenceType) {
        return violenceType >= 1 && violenceType <= 3 ? TYPE_NAMES[violenceType] : TYPE_NAMES[0];
    }
}

package org.incidentatlas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a choropleth frame showed: its level, measure and classing, the upper bound of each class (ascending), the
 * smallest value above zero, and how many incidents shown lay outside every area of the level (not counted).
 *
 * @param style    the level, what the values count and how the classes were cut
 * @param lowest   the smallest area value above zero (the first class's lower bound)
 * @param unplaced incidents shown that no area of the level holds
 */
public record AreaClasses(AreaStyle style, long[] bounds, long lowest, long unplaced) {
    /** Sequential yellow-orange-red (ColorBrewer YlOrRd, 5 classes), readable with every common colour blindness. */
    private static final int[] RAMP = {0xFFFFFFB2, 0xFFFECC5C, 0xFFFD8D3C, 0xFFF03B20, 0xFFBD0026};
    /** Areas with nothing shown. */
    public static final int NONE_COLOUR = 0xFFE6E6E6;
    /** The number of classes a choropleth is cut into (fewer when the areas hold fewer distinct values). */
    public static final int CLASSES = 5;

    public AreaClasses {
        bounds = bounds.clone();
    }

    @Override
    public long[] bounds() {
        return bounds.clone();
    }

    /** The class of an area value (0 for the lowest), or -1 for zero (nothing shown there). */
    public int classOf(long value) {
        if (value <= 0) {
            return -1;
        }
        for (int k = 0; k < bounds.length; k++) {
            if (value <= bounds[k]) {
                return k;
            }
        }
        return bounds.length - 1;
    }

    /** The opaque colour of class {@code k}: the ramp spread over as many classes as there are. */
    public int colour(int k) {
        if (k < 0) {
            return NONE_COLOUR;
        }
        int n = bounds.length;
        int at = n <= 1 ? RAMP.length - 1 : (int) Math.round(k * (RAMP.length - 1) / (double) (n - 1));
        return RAMP[at];
    }

    /** The class ranges as a legend writes them: "1–12", "13–40", ... ("7" for a class of one value). */
    public List<String> ranges() {
        List<String> out = new ArrayList<>();
        long from = lowest;
        for (long upper : bounds) {
            out.add(from == upper ? number(upper) : number(from) + "–" + number(upper));
            from = upper + 1;
        }
        return out;
    }

    /** The legend's heading: "Incidents per district". */
    public String heading() {
        return (style.measure() == SizeBy.DEATHS ? "Deaths (best)" : "Incidents") + " per " + style.mode().areaWords();
    }

    /** The legend's line under the classes: how they were cut. */
    public String method() {
        return style.classing().label() + ", " + bounds.length + (bounds.length == 1 ? " class" : " classes");
    }

    /** The legend's line on incidents outside every area: "3 incidents not in any district (not counted)". */
    public String unplacedText() {
        return number(unplaced) + (unplaced == 1 ? " incident" : " incidents") + " not in any "
                + style.mode().areaWords() + " (not counted)";
    }

    private static String number(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }
}

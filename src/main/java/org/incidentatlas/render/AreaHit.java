package org.incidentatlas.render;

import java.util.Locale;
import org.incidentatlas.index.AdminArea;

/**
 * What a choropleth shows under a point: the area (names in English and Arabic, p-code), the incidents shown in it
 * (positions in the index, largest toll first), their best deaths, and the range of the class it is filled by.
 *
 * @param style     the level, what the classes count and how they were cut
 * @param area      the area
 * @param positions the incidents shown in it, largest toll first
 * @param deaths    their summed best deaths
 * @param range     its class's range as the legend writes it, or "none shown"
 */
public record AreaHit(AreaStyle style, AdminArea area, int[] positions, long deaths, String range) {
    /** The incidents shown in the area. */
    public int incidents() {
        return positions.length;
    }

    /** The tip's lines: names, p-code and level, counts, class. Imported text is none of it: OCHA's names only. */
    public String describe() {
        String names = area.arabicName() == null || area.arabicName().isBlank() ? area.name()
                : area.name() + " · " + area.arabicName();
        String unit = style.measure() == SizeBy.DEATHS ? "deaths" : "incidents";
        return String.format(Locale.ROOT, "%s%n%s, %s%n%,d incident%s, %,d death%s (best)%nclass: %s%s", names,
                area.pcode(), style.mode().areaWords(), incidents(), incidents() == 1 ? "" : "s", deaths,
                deaths == 1 ? "" : "s", "none shown".equals(range) ? range : range + " " + unit,
                incidents() == 0 ? "" : "\n(click for the list)");
    }
}

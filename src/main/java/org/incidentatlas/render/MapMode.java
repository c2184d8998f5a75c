package org.incidentatlas.render;

import java.util.Locale;

/**
 * What the map draws: incident symbols, or a choropleth of OCHA governorates, districts or sub-districts (areas
 * filled by the class of their incidents or deaths, see {@link AreaKey}).
 */
public enum MapMode {
    SYMBOLS(0, "symbols", "Symbols"),
    GOVERNORATE(1, "governorate", "Choropleth by governorate"),
    DISTRICT(2, "district", "Choropleth by district"),
    SUBDISTRICT(3, "subdistrict", "Choropleth by sub-district");

    private final int level;
    private final String word;
    private final String label;

    MapMode(int level, String word, String label) {
        this.level = level;
        this.word = word;
        this.label = label;
    }

    /** The OCHA administrative level (1 to 3), 0 for symbols. */
    public int level() {
        return level;
    }

    /** The word a command line uses. */
    public String word() {
        return word;
    }

    /** How a menu names it. */
    public String label() {
        return label;
    }

    /** The area in words, for a legend: "governorate", "district" or "sub-district". */
    public String areaWords() {
        return this == SUBDISTRICT ? "sub-district" : word;
    }

    /** The choropleth level named by {@code --choropleth governorate|district|subdistrict}, ignoring case. */
    public static MapMode choropleth(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT).replace("-", "");
        for (MapMode m : values()) {
            if (m != SYMBOLS && m.word.equals(w)) {
                return m;
            }
        }
        throw new IllegalArgumentException("--choropleth must be governorate, district or subdistrict (was '" + word
                + "')");
    }
}

package org.incidentatlas.render;

import java.util.Locale;

/** What a choropleth counts per area: the incidents shown, or their summed best deaths. */
public enum AreaMeasure {
    INCIDENTS("incidents", "Incidents"),
    DEATHS("deaths", "Deaths (best)");

    private final String word;
    private final String label;

    AreaMeasure(String word, String label) {
        this.word = word;
        this.label = label;
    }

    public String word() {
        return word;
    }

    /** How a menu and a legend name it. */
    public String label() {
        return label;
    }

    /** The measure named by {@code --measure incidents|deaths}, ignoring case. */
    public static AreaMeasure of(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (AreaMeasure m : values()) {
            if (m.word.equals(w)) {
                return m;
            }
        }
        throw new IllegalArgumentException("--measure must be incidents or deaths (was '" + word + "')");
    }
}

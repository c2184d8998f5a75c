package org.incidentatlas.render.basemap;

import java.util.Locale;

/**
 * The language of the offline map's names of Iraq's governorates, districts and sub-districts (OCHA publishes both):
 * English, Arabic, or both ("Al-Mosul · الموصل"). Places and countries from Natural Earth have English names only.
 */
public enum LabelLanguage {
    ENGLISH, ARABIC, BOTH;

    /** The name in this language, from OCHA's English and Arabic names (English when there is no Arabic). */
    public String name(String english, String arabic) {
        if (arabic == null || arabic.isBlank() || this == ENGLISH) {
            return english;
        }
        return this == ARABIC ? arabic.strip() : english + " · " + arabic.strip();
    }

    /** The word on the command line and in preferences: english, arabic or both. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads english, arabic or both (or en, ar).
     *
     * @throws IllegalArgumentException naming the accepted words
     */
    public static LabelLanguage of(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "english", "en" -> ENGLISH;
            case "arabic", "ar" -> ARABIC;
            case "both" -> BOTH;
            default -> throw new IllegalArgumentException("labels must be english, arabic or both (was '" + text
                    + "')");
        };
    }
}

package org.incidentatlas.render;

import java.util.Locale;

/** What the area of an incident symbol stands for: the summed best deaths of its incidents, or their number. */
public enum SizeBy {
    DEATHS("deaths"),
    INCIDENTS("incidents");

    private final String word;

    SizeBy(String word) {
        this.word = word;
    }

    /** The word used on the command line, in saved views and preferences. */
    public String word() {
        return word;
    }

    /** The size choice for a word ({@code deaths} or {@code incidents}, any case). */
    public static SizeBy of(String word) {
        for (SizeBy s : values()) {
            if (s.word.equals(word.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("size symbols by \"deaths\" or \"incidents\" (was \"" + word + "\")");
    }
}

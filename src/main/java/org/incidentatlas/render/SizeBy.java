package org.incidentatlas.render;

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
        return Words.choice(values(), SizeBy::word, word,
                "size symbols by \"deaths\" or \"incidents\" (was \"" + word + "\")");
    }
}

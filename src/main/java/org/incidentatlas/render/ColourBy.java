package org.incidentatlas.render;

/** What a symbol's colour says: UCDP's type of violence, the common category across datasets, or the dataset. */
public enum ColourBy {
    TYPE("type", "Type of violence"),
    CATEGORY("category", "Common category"),
    DATASET("dataset", "Dataset");

    private final String word;
    private final String label;

    ColourBy(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** The word a command line and a view file use: {@code type}, {@code category} or {@code dataset}. */
    public String word() {
        return word;
    }

    /** How a menu names it. */
    public String label() {
        return label;
    }

    /** The choice named by {@link #word()}, ignoring case. */
    public static ColourBy of(String word) {
        return Words.choice(values(), ColourBy::word, word,
                "--colour-by must be type, category or dataset (was '" + word + "')");
    }
}

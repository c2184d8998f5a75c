package org.incidentatlas.domain;

/** What a saved change to an incident was. */
public enum EditKind {
    CREATE("created"),
    EDIT("edited"),
    REPORT("report added"),
    UNDO("undone"),
    REDO("redone");

    private final String words;

    EditKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}

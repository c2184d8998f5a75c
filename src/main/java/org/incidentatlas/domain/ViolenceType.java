package org.incidentatlas.domain;

/** UCDP's type of violence ({@code type_of_violence}). */
public enum ViolenceType {
    STATE_BASED(1, "state-based"),
    NON_STATE(2, "non-state"),
    ONE_SIDED(3, "one-sided");

    private final int gedCode;
    private final String words;

    ViolenceType(int gedCode, String words) {
        this.gedCode = gedCode;
        this.words = words;
    }

    public int gedCode() {
        return gedCode;
    }

    public String words() {
        return words;
    }

    public static ViolenceType fromGedCode(int code) {
        for (ViolenceType t : values()) {
            if (t.gedCode == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("type_of_violence must be 1, 2 or 3 (was " + code + ")");
    }
}

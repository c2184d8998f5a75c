package org.incidentatlas.domain;

/**
 * UCDP's type of violence ({@code type_of_violence}); records of datasets that do not code it (GTD, a user's table)
 * are {@link #NOT_CODED}, stored as 0.
 */
public enum ViolenceType {
    NOT_CODED(0, "not coded by type of violence"),
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

    /** A GED file's {@code type_of_violence}: 1, 2 or 3. */
    public static ViolenceType fromGedCode(int code) {
        if (code == NOT_CODED.gedCode) {
            throw new IllegalArgumentException("type_of_violence must be 1, 2 or 3 (was " + code + ")");
        }
        return fromCode(code);
    }

    /** A stored code: 0 (not coded) to 3. */
    public static ViolenceType fromCode(int code) {
        for (ViolenceType t : values()) {
            if (t.gedCode == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("type_of_violence must be 1, 2 or 3 (was " + code + ")");
    }
}

package org.incidentatlas.domain;

/** Argument checks whose messages name the offending field. */
final class Checks {
    private Checks() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required and must not be blank");
        }
        return value;
    }

    static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative (was " + value + ")");
        }
        return value;
    }

    static Integer nonNegative(Integer value, String field) {
        if (value != null) {
            nonNegative(value.intValue(), field);
        }
        return value;
    }

    /** Blank text counts as absent. */
    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

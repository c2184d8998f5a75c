package org.incidentatlas.domain;

/** How exactly the date of an incident is known; codes are UCDP GED's {@code date_prec}. */
public enum DatePrecision {
    EXACT_DAY(1, "exact day"),
    WITHIN_DAYS(2, "within 2 to 6 days"),
    WEEK(3, "within the week"),
    MONTH(4, "within the month"),
    YEAR(5, "within the year");

    private final int gedCode;
    private final String words;

    DatePrecision(int gedCode, String words) {
        this.gedCode = gedCode;
        this.words = words;
    }

    public int gedCode() {
        return gedCode;
    }

    public String words() {
        return words;
    }

    public static DatePrecision fromGedCode(int code) {
        for (DatePrecision p : values()) {
            if (p.gedCode == code) {
                return p;
            }
        }
        throw new IllegalArgumentException("date_prec must be 1 to 5 (was " + code + ")");
    }
}

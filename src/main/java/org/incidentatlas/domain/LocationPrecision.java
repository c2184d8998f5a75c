package org.incidentatlas.domain;

/** How exactly the place of an incident is known; codes are UCDP GED's {@code where_prec}. */
public enum LocationPrecision {
    EXACT(1, "exact location"),
    NEAR(2, "within 25 km"),
    DISTRICT(3, "district"),
    GOVERNORATE(4, "governorate"),
    APPROXIMATE(5, "along a road, river or wider area"),
    COUNTRY(6, "country"),
    WATERS_OR_AIRSPACE(7, "international waters or airspace");

    private final int gedCode;
    private final String words;

    LocationPrecision(int gedCode, String words) {
        this.gedCode = gedCode;
        this.words = words;
    }

    public int gedCode() {
        return gedCode;
    }

    public String words() {
        return words;
    }

    public static LocationPrecision fromGedCode(int code) {
        for (LocationPrecision p : values()) {
            if (p.gedCode == code) {
                return p;
            }
        }
        throw new IllegalArgumentException("where_prec must be 1 to 7 (was " + code + ")");
    }
}

package org.incidentatlas.domain;

/**
 * One incident as the in-memory index needs it, read in bulk. The same object is reused for every row of a scan:
 * copy what you need out of it, never keep it. Days are epoch days (days since 1970-01-01).
 */
public interface PointRow {
    long rowId();

    String dataset();

    String originalId();

    int startDay();

    int endDay();

    /** UCDP GED {@code date_prec}: 1 exact day ... 4 month, 5 year. */
    int datePrecision();

    double latitude();

    double longitude();

    int deathsBest();

    int violenceType();

    /** UCDP GED {@code where_prec} ({@code LocationPrecision} code): 1 exact ... 7 waters or airspace. */
    default int locationPrecision() {
        return 1;
    }
}

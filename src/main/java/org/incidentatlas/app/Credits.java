package org.incidentatlas.app;

/** What the window says of the data before it has read the datasets' own credits from the database. */
final class Credits {
    /** Shown until the database's datasets are known (their credits then name exactly those shown). */
    static final String UNKNOWN = "Incidents: reading the datasets' credits…";

    private Credits() {
    }
}

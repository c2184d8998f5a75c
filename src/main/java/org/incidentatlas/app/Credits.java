package org.incidentatlas.app;

/** Credits shown on the map and printed by the command line: what the map shows and whose data it is. */
public final class Credits {
    /** The incident datasets' credits; the map puts the chosen basemap's own credit before it. */
    public static final String MAP_ATTRIBUTION = "Incidents: UCDP GED 19.1 (CC BY 4.0), Sundberg & Melander 2013; "
            + "curated 2021 reports";

    private Credits() {
    }
}

package org.incidentatlas.app;

/** Credits shown on the map and printed by the command line: what the map shows and whose data it is. */
public final class Credits {
    /** The incident datasets' credits; the map puts the chosen basemap's own credit before it. */
    public static final String MAP_ATTRIBUTION = "Incidents: UCDP GED 19.1 (CC BY 4.0), Sundberg & Melander 2013; "
            + "curated 2021 reports";

    /** Every data credit, for the About box. */
    public static final String ABOUT = """
            UCDP Georeferenced Event Dataset (GED) Global version 19.1, Uppsala Conflict Data Program, Uppsala \
            University, https://ucdp.uu.se/ (CC BY 4.0); Iraq extract via OCHA's Humanitarian Data Exchange.
            Sundberg, Ralph and Erik Melander (2013). Introducing the UCDP Georeferenced Event Dataset. Journal of \
            Peace Research 50(4): 523-532.
            Högbladh, Stina (2019). UCDP GED Codebook version 19.1. Department of Peace and Conflict Research, \
            Uppsala University.

            Curated 2021 records: entered for this project from the reports each record cites (records CC BY 4.0; \
            the reports belong to their publishers).
            """;

    private Credits() {
    }
}

package org.incidentatlas.domain;

import java.time.LocalDate;

/**
 * What the filters need to know about one incident, read in bulk without building whole records.
 *
 * @param rowId        the incident's row in the database
 * @param sourceCount  how many reports are stored with it
 * @param searchText   the place name, the dataset's governorate and district, both sides, the method, and every
 *                     report's outlet, title and quoted party, joined by newlines (as stored, not normalised)
 * @param category     the common category's code (1 to 5, see {@code CommonCategory})
 * @param eventType    the dataset's own event type (e.g. ACLED's), or null
 * @param method       the dataset's finest own words for what happened (ACLED's sub-event type, GTD's attack type), or
 *                     null
 */
public record IncidentFacts(long rowId, String dataset, String originalId, LocalDate start, LocalDate end,
        int datePrecision, String placeName, String adm1, String adm2, double latitude, double longitude,
        int locationPrecision, String sideA, String sideB, int violenceType, int deathsLow, int deathsBest,
        int deathsHigh, int sourceCount, String searchText, int category, String eventType, String method) {
}

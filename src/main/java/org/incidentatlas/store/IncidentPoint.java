package org.incidentatlas.store;

import java.time.LocalDate;

/** The few fields the map needs for one incident, read in bulk without building whole records. */
public record IncidentPoint(long rowId, String dataset, String originalId, LocalDate start, LocalDate end,
        double latitude, double longitude, int deathsBest, int violenceType) {
}

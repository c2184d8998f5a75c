package org.incidentatlas.domain;

import java.util.List;

/**
 * The reports behind an incident.
 *
 * @param reports         one entry per report
 * @param reportedCount   the number of sources the dataset says it used, or {@code null} when not recorded
 * @param eventClarity    UCDP's event clarity (1 = high, 2 = lower), or {@code null}
 * @param originalSources who the information came from, as the dataset records it for the whole event
 */
public record Sourcing(List<Source> reports, Integer reportedCount, Integer eventClarity, String originalSources) {
    public Sourcing {
        reports = List.copyOf(Checks.required(reports, "sourcing.reports"));
        Checks.nonNegative(reportedCount, "sourcing.reportedCount");
        if (eventClarity != null && eventClarity != 1 && eventClarity != 2) {
            throw new IllegalArgumentException("sourcing.eventClarity must be 1 or 2 (was " + eventClarity + ")");
        }
        originalSources = Checks.optionalText(originalSources);
    }
}

package org.incidentatlas.domain;

/**
 * A researcher's own report on an incident of any dataset, kept in the researcher's dataset.
 *
 * @param dataset  the researcher's dataset that holds it
 * @param incident the incident it is about
 * @param report   the report, with its own figures
 */
public record AttachedReport(String dataset, IncidentId incident, Source report) {
}

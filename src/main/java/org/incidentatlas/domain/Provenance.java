package org.incidentatlas.domain;

/** Where a record comes from: dataset key (e.g. {@code ucdp-ged}), its version, the id it has there, its licence. */
public record Provenance(String dataset, String version, String originalId, String licence) {
    public Provenance {
        Checks.requiredText(dataset, "provenance.dataset");
        if (!IncidentId.DATASET_KEY.matcher(dataset).matches()) {
            throw new IllegalArgumentException("provenance.dataset must be lower-case letters, digits and dashes (was '"
                    + dataset + "')");
        }
        version = Checks.optionalText(version);
        Checks.requiredText(originalId, "provenance.originalId");
        licence = Checks.optionalText(licence);
    }

    public IncidentId id() {
        return new IncidentId(dataset, originalId);
    }
}

package org.incidentatlas.domain;

/** Where a record comes from: dataset key (e.g. {@code ucdp-ged}), its version, the id it has there, its licence. */
public record Provenance(String dataset, String version, String originalId, String licence) {
    public Provenance {
        Checks.requiredText(dataset, "provenance.dataset");
        if (!IncidentId.isDatasetKey(dataset)) {
            throw new IllegalArgumentException("provenance.dataset must be lower-case letters, digits and dashes (was '"
                    + dataset + "')");
        }
        if (dataset.length() > 64) {
            throw new IllegalArgumentException("provenance.dataset is longer than 64 characters");
        }
        version = Checks.optionalText(version);
        // One id rule for every format: blanks around an id are not part of it (GED's CSV cells are trimmed too).
        originalId = Checks.requiredText(originalId, "provenance.originalId").strip();
        if (originalId.length() > 128) {
            throw new IllegalArgumentException("provenance.originalId is longer than 128 characters");
        }
        licence = Checks.optionalText(licence);
    }

    public IncidentId id() {
        return new IncidentId(dataset, originalId);
    }
}

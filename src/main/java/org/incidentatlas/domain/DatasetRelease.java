package org.incidentatlas.domain;

/**
 * One release of a dataset that incidents in the database come from: the dataset's key (e.g. {@code ucdp-ged}), its
 * version (e.g. {@code 19.1}, or {@code null} when unknown) and the licence its records are under.
 */
public record DatasetRelease(String dataset, String version, String licence) {
    public DatasetRelease {
        Checks.requiredText(dataset, "dataset");
        version = Checks.optionalText(version);
        licence = Checks.optionalText(licence);
    }
}

package org.incidentatlas.domain;

/**
 * One field an edit changed.
 *
 * @param field  the field as the native JSON names it, dotted ({@code casualties.deaths.best}, {@code place.latitude},
 *               {@code sourcing.reports[2]}); {@code *} is the whole record (created or removed)
 * @param before its value before, as JSON text, or {@code null} when it was absent
 * @param after  its value after, as JSON text, or {@code null} when it was removed
 */
public record Change(String field, String before, String after) {
    public Change {
        Checks.requiredText(field, "change.field");
    }

    /** The same change the other way round: what undoing it does. */
    public Change reversed() {
        return new Change(field, after, before);
    }
}

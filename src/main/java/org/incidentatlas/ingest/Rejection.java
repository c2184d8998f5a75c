package org.incidentatlas.ingest;

/**
 * A record that could not be imported.
 *
 * @param location where in the file: "line 12" for CSV, "line 40, incidents[3]" for JSON
 * @param field    the column or JSON field at fault, or {@code null} when the whole record is
 * @param reason   what is wrong, in words
 */
public record Rejection(String location, String field, String reason) {
    @Override
    public String toString() {
        return location + (field == null ? "" : ", " + field) + ": " + reason;
    }
}

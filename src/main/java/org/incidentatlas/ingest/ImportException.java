package org.incidentatlas.ingest;

/** A file that cannot be read at all (not the expected format, broken syntax); the message says what and where. */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.incidentatlas.ingest;

/** A value that cannot be taken, with the field (column or JSON path) it sits in. */
final class FieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    FieldException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    String field() {
        return field;
    }
}

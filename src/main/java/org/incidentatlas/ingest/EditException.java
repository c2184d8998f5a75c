package org.incidentatlas.ingest;

/**
 * An edit that was refused and changed nothing: a value the import would refuse (naming the field), a record of a
 * read-only dataset, an incident that is not there, nothing left to undo.
 */
public final class EditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public EditException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field refused, as the native JSON names it, or null when the refusal is not about one field. */
    public String field() {
        return field;
    }
}

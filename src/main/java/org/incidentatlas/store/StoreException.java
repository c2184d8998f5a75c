package org.incidentatlas.store;

/** The database could not do what was asked; the message says what, for a person to read. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

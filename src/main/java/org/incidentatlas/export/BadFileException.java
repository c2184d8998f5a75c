package org.incidentatlas.export;

import java.io.IOException;

/** A file that was read but holds something the app cannot take; the message names the file and the field. */
public final class BadFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public BadFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

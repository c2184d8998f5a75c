package org.incidentatlas.store;

import java.nio.file.Path;

/** Another process (a second Incident Atlas, or a tool) holds the database. */
public class DatabaseInUseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public DatabaseInUseException(Path folder, Throwable cause) {
        super("The database in " + folder + " is in use by another program (is Incident Atlas already running?). "
                + "Close it and try again, or choose another database folder with --db DIR.", cause);
    }
}

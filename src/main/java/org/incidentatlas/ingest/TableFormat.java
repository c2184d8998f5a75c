package org.incidentatlas.ingest;

import org.incidentatlas.domain.Incident;

/**
 * A kind of table the importer reads (UCDP GED, GTD, a user's mapping, ...), recognised by its header. Every format
 * reads rows through {@link TableSource}, so each one takes CSV and Excel workbooks alike.
 */
public interface TableFormat {
    /** The name {@code --format} uses, e.g. "ged". */
    String name();

    /** Whether a header looks like this format's (its characteristic columns are there). */
    boolean recognises(TableHeader header);

    /** Whether this format's CSV files may be in Windows-1252 rather than UTF-8 (GTD's are). */
    default boolean mayBeWindows1252() {
        return false;
    }

    /**
     * The mapper for a table with this header.
     *
     * @throws ImportException when columns the format needs are missing; the message names them and the header's place
     */
    Rows rows(TableHeader header, String fileName) throws ImportException;

    /** Turns one row into an incident; a bad value throws a {@link FieldException} naming its column. */
    @FunctionalInterface
    interface Rows {
        Incident toIncident(TableRow row);
    }
}

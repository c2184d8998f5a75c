package org.incidentatlas.ingest;

import java.io.Closeable;
import java.io.IOException;

/** A table read row by row: a CSV file or one sheet of a workbook. Rows are never all held in memory. */
interface TableSource extends Closeable {
    /**
     * The header row; read on the first call.
     *
     * @throws ImportException when there is no header row at all
     */
    TableHeader header() throws ImportException, IOException;

    /** The next row that is not blank, or null at the end; {@link #header()} must have been read first. */
    TableRow next() throws ImportException, IOException;

    /** Says how the text was decoded or which sheet is read, for the import's message; null when nothing to say. */
    default String note() {
        return null;
    }
}

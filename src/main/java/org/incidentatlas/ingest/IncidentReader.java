package org.incidentatlas.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Reads incidents from one file format. Readers never write to the database. */
public interface IncidentReader {
    /**
     * @param in       the file's bytes; not closed
     * @param fileName name used in messages
     * @throws ImportException when the file as a whole cannot be read; single bad records become rejections instead
     */
    ParsedFile read(InputStream in, String fileName, ProgressListener progress) throws ImportException, IOException;
}

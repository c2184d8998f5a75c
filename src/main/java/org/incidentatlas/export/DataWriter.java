package org.incidentatlas.export;

import java.io.IOException;
import org.incidentatlas.domain.Incident;

/** Writes incidents one at a time, as they are read, holding none of them: a header, the incidents, an ending. */
public interface DataWriter {
    void write(Incident incident) throws IOException;

    /** Writes what closes the document and flushes; the stream stays open. */
    void finish() throws IOException;
}

package org.incidentatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ProgressListener;

/** Reads incidents from one file format. Readers never write to the database. */
public interface IncidentReader {
    /**
     * Reads the records one by one and hands each to {@code sink} as soon as it is read, so a file of any length
     * streams through in constant memory.
     *
     * @param in       the file's bytes; not closed
     * @param fileName name used in messages
     * @return the number of records read
     * @throws ImportException when the file as a whole cannot be read; single bad records go to the sink instead
     */
    long stream(InputStream in, String fileName, ProgressListener progress, RecordSink sink)
            throws ImportException, IOException;

    /** Reads the whole file into memory; for small files and tests. */
    default ParsedFile read(InputStream in, String fileName, ProgressListener progress)
            throws ImportException, IOException {
        List<Incident> incidents = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        long read = stream(in, fileName, progress, new RecordSink() {
            @Override
            public void accept(Incident incident, String location) {
                Rejection control = InertInput.check(incident, location);
                if (control != null) {
                    rejections.add(control);
                } else {
                    incidents.add(incident);
                }
            }

            @Override
            public void reject(Rejection rejection) {
                rejections.add(rejection);
            }
        });
        return new ParsedFile(fileName, read, incidents, rejections);
    }
}

package org.incidentatlas.ingest;

import org.incidentatlas.domain.Incident;

/** Receives a reader's records one at a time, as they are read: each one either a valid incident or a rejection. */
public interface RecordSink {
    /**
     * @param incident a record that passed every check
     * @param location where it was read, in the form of {@link Rejection#location()}
     */
    void accept(Incident incident, String location);

    void reject(Rejection rejection);
}

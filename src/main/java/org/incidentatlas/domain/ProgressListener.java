package org.incidentatlas.domain;

/** Told how far a long task has come; {@code total} is -1 when unknown. Called from the working thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, message) -> { };

    void progress(long done, long total, String message);
}

package org.incidentatlas.app;

import java.io.PrintStream;
import org.incidentatlas.ingest.ProgressListener;

/** Progress for the command line: a line on stderr whenever a task moves on by a tenth, or its step changes. */
final class StderrProgress implements ProgressListener {
    private final PrintStream err;
    private String lastStep = "";
    private long lastTenth = -1;

    StderrProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(long done, long total, String message) {
        long tenth = total > 0 ? done * 10 / total : -1;
        String step = message.contains(":") ? message.substring(0, message.lastIndexOf(':')) : message;
        if (!step.equals(lastStep) || tenth != lastTenth) {
            err.println(total > 0 ? message + " (" + Math.min(100, tenth * 10) + "%)" : message);
            lastStep = step;
            lastTenth = tenth;
        }
    }
}

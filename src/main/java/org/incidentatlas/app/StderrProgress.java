package org.incidentatlas.app;

import java.io.PrintStream;
import org.incidentatlas.domain.ProgressListener;

/**
 * Progress for the command line: a line on stderr whenever a task moves on by a tenth, or its step changes (counts in
 * the message do not make a new step).
 */
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
        // The step is the message without its counts: "500 records read" and "1000 records read" are one step.
        String step = (message.contains(":") ? message.substring(0, message.lastIndexOf(':')) : message)
                .replaceAll("\\d[\\d,]*", "#");
        if (!step.equals(lastStep) || tenth != lastTenth) {
            err.println(total > 0 ? message + " (" + Math.min(100, tenth * 10) + "%)" : message);
            lastStep = step;
            lastTenth = tenth;
        }
    }
}

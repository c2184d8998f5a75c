package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.incidentatlas.export.DataExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the window's exports in the background: each shows its progress in the status bar, where it can be cancelled,
 * and the status line says where it was saved or that no file was written. A failure is logged and shown through the
 * {@link DialogService} with what was being written, where, why it failed and what to do.
 */
final class ExportRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ExportRunner.class);
    private static final String CHECK_FOLDER = "Nothing was written. Check that the folder exists, that you may "
            + "write to it and that the disk has room, then export again.";

    private final TrackedTasks tasks;
    private final Consumer<String> status;
    private final DialogService dialogs;
    private final Set<Task<Path>> running = new HashSet<>();

    ExportRunner(TrackedTasks tasks, Consumer<String> status, DialogService dialogs) {
        this.tasks = tasks;
        this.status = status;
        this.dialogs = dialogs;
    }

    /**
     * Runs an export in the background; {@code what} names what it writes ("the map picture") and {@code out} where.
     * A failure is logged and shown with both.
     */
    void run(Task<Path> task, String what, Path out) {
        task.setOnSucceeded(e -> status.accept("Saved " + task.getValue()));
        task.setOnCancelled(e -> status.accept("Export cancelled; no file was written"));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            LOG.warn("Export of {} to {} failed", what, out, error);
            status.accept("Export of " + what + " to " + out.getFileName() + " failed; no file was written");
            dialogs.showError(Failure.of("Cannot export " + what + " to " + out, error, CHECK_FOLDER));
        });
        running.add(task);
        task.stateProperty().addListener((obs, was, now) -> {
            if (TaskIndicator.finished(now)) {
                running.remove(task);
            }
        });
        tasks.start(task);
    }

    /**
     * Cancels every export not yet finished; for closing the window. Cancelling interrupts an export's thread, which
     * is safe: a data export reads the database on a thread of its own that is never interrupted ({@link DataExport}).
     */
    void cancelAll() {
        List.copyOf(running).forEach(Task::cancel);
    }
}

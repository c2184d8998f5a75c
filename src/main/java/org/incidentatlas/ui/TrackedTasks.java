package org.incidentatlas.ui;

import java.util.concurrent.Executor;
import javafx.concurrent.Task;

/**
 * Where the window's long work runs: on {@code executor} (the work thread, one task after another; at once in
 * tests), each task shown in the status bar's {@code indicator} (what runs, how far, Cancel) until it ends.
 *
 * @param indicator the status bar's view of running and waiting tasks
 * @param executor  what runs them
 */
public record TrackedTasks(TaskIndicator indicator, Executor executor) {
    /** Shows {@code task} in the status bar, where Cancel cancels it, and runs it. Call on the FX thread. */
    public void start(Task<?> task) {
        indicator.track(task);
        executor.execute(task);
    }

    /** Shows {@code task} in the status bar, where Cancel runs {@code cancel}, and runs it. Call on the FX thread. */
    public void start(Task<?> task, Runnable cancel) {
        indicator.track(task, cancel);
        executor.execute(task);
    }
}

package org.incidentatlas.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for an error nothing else caught, on the FX thread or any other: it is logged with its stack trace,
 * then a dialog says what happened and where, and where the log is. While one such dialog is open, further errors
 * are only logged, so a failure repeated on every frame does not bury the window under dialogs.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);
    private static final String OWN_CODE = "org.incidentatlas.";

    private final DialogService dialogs;
    private final Consumer<Runnable> fxThread;
    private final AtomicBoolean showing = new AtomicBoolean();

    /**
     * @param dialogs  shows the dialog
     * @param fxThread runs a piece of work later on the FX thread ({@code Platform::runLater} in the window); a
     *                 dialog is never opened directly from the failing code, which may be in the middle of a layout
     */
    public UncaughtErrors(DialogService dialogs, Consumer<Runnable> fxThread) {
        this.dialogs = dialogs;
        this.fxThread = fxThread;
    }

    /** Handles the uncaught errors of every thread, and of the calling thread (call it on the FX thread). */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught error in thread {}", thread.getName(), error);
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        fxThread.accept(() -> {
            try {
                dialogs.showError(failure(thread, error));
            } catch (RuntimeException e) {
                LOG.error("The dialog about an uncaught error could not be shown", e);
            } finally {
                showing.set(false);
            }
        });
    }

    /** What the dialog says about {@code error}. */
    static Failure failure(Thread thread, Throwable error) {
        return new Failure("Something went wrong inside Incident Atlas",
                Failure.reason(error) + " (" + where(thread, error) + ")",
                "Your data are safe: the database is only changed by imports, which are undone when they fail. "
                        + "If the window no longer behaves, save your view (File > Save view) and restart Incident "
                        + "Atlas. Please report the problem with the log file (Help > Open log folder).");
    }

    /** Where the error came from: the first line of the application's own code in its trace, and the thread. */
    static String where(Thread thread, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith(OWN_CODE)
                        && !frame.getClassName().equals(UncaughtErrors.class.getName())) {
                    String type = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
                    return "in " + type + "." + frame.getMethodName() + ", line " + frame.getLineNumber()
                            + ", thread " + thread.getName();
                }
            }
        }
        return "in thread " + thread.getName();
    }
}

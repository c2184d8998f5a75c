package org.incidentatlas.ui;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** {@link Background} on one daemon worker thread, delivering results with {@link Platform#runLater}. */
public final class FxBackground implements Background, AutoCloseable {
    /** The work here is short (a query for one incident, a tile); closing waits this long at most. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final WorkThread worker = new WorkThread("atlas-background");

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        worker.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onResult.accept(result));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    /** Drops the work not yet begun and waits for the running one, never interrupting it ({@link WorkThread}). */
    @Override
    public void close() {
        worker.close(CLOSE_WAIT);
    }
}

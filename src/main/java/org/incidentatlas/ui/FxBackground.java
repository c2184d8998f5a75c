package org.incidentatlas.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** {@link Background} on one daemon worker thread, delivering results with {@link Platform#runLater}. */
public final class FxBackground implements Background, AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "atlas-background");
        t.setDaemon(true);
        return t;
    });

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

    @Override
    public void close() {
        worker.shutdownNow();
    }
}

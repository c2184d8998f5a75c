package org.incidentatlas.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work off the FX thread and hands the result back on it. Tests use {@link #direct()}, which runs everything at
 * once on the calling thread, so they stay deterministic without waiting.
 */
public interface Background {
    <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onError);

    /** Runs work and callbacks immediately on the calling thread. */
    static Background direct() {
        return new Background() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    onError.accept(e);
                    return;
                }
                onResult.accept(result);
            }
        };
    }
}

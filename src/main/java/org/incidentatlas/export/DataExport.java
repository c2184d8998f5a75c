package org.incidentatlas.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.store.IncidentRepository;

/**
 * Exports the data of the incidents shown: picks their database rows (from the filters, or from what the window
 * shows), then streams them from the database into a CSV, GeoJSON or KML writer, one incident at a time, so a million
 * incidents export without holding them as objects or text. The file is written atomically; a failed or cancelled
 * export (the thread interrupted) leaves no file.
 */
public final class DataExport {
    private static final int PROGRESS_EVERY = 10_000;
    private static final int BATCH = 500;

    private DataExport() {
    }

    /** The row ids, ascending, of the incidents in {@code passing} (positions in {@code codes}). */
    public static long[] rowIds(FilterCodes codes, BitSet passing) {
        long[] ids = new long[passing.cardinality()];
        int n = 0;
        for (int i = passing.nextSetBit(0); i >= 0; i = passing.nextSetBit(i + 1)) {
            ids[n++] = codes.facts(i).rowId();
        }
        Arrays.sort(ids);
        return ids;
    }

    /** The row ids, ascending, of the incidents {@code shown} shows (its date window under its filter mask). */
    public static long[] rowIds(FilterCodes codes, Shown shown) {
        TimeIndex index = shown.index();
        int[] visible = new int[index.size()];
        int count = index.visible(shown.window(), shown.mask(), visible);
        long[] ids = new long[count];
        int n = 0;
        for (int k = 0; k < count; k++) {
            int at = codes.indexOf(index.id(visible[k]));
            if (at >= 0) {
                ids[n++] = codes.facts(at).rowId();
            }
        }
        long[] out = Arrays.copyOf(ids, n);
        Arrays.sort(out);
        return out;
    }

    /**
     * Writes the incidents of {@code rowIds} (ascending; null for every incident) to {@code out} in {@code format};
     * returns how many were written. Reading the database and writing the file run side by side, on two threads of
     * the export's own, with a few hundred incidents in between at most; this thread only waits for them.
     *
     * <p>Cancelling is interrupting this thread (what a cancelled JavaFX {@code Task} does). The interrupt is never
     * passed on to the thread that reads the database: H2 closes its file when a thread reading it is interrupted, and
     * the connection then fails for the rest of the session. The reading stops at the next incident instead.
     *
     * @param title the document's name (GeoJSON {@code name}, KML {@code Document/name}); may be empty
     * @param progress told how many incidents were written, from the reading thread
     * @throws InterruptedIOException when the thread was interrupted (cancelled); no file is left
     */
    public static long write(DataFormat format, IncidentRepository repository, long[] rowIds, String title, Path out,
            ProgressListener progress) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("export cancelled before it began");
        }
        long[] written = new long[1];
        try {
            AtomicFiles.write(out, stream -> written[0] = offThread(cancelled -> copy(format.open(stream, title),
                    repository, rowIds, progress, cancelled)));
        } catch (ClosedByInterruptException e) {
            // Interrupted while the finished file was forced to disk.
            InterruptedIOException cancelled = new InterruptedIOException("export cancelled");
            cancelled.initCause(e);
            throw cancelled;
        }
        return written[0];
    }

    /** Reads the incidents and hands them to the writing thread; stops at the next incident once cancelled. */
    private static long copy(DataWriter writer, IncidentRepository repository, long[] rowIds,
            ProgressListener progress, AtomicBoolean cancelled) throws IOException {
        long total = rowIds == null ? repository.count() : rowIds.length;
        long written;
        try (Pipeline pipeline = new Pipeline(writer)) {
            List<Incident> batch = new ArrayList<>(BATCH);
            long[] read = new long[1];
            repository.forEachIncident(rowIds, incident -> {
                if (cancelled.get()) {
                    throw new InterruptedIOException("export cancelled after " + pipeline.written() + " of "
                            + total + " incidents");
                }
                batch.add(incident);
                if (batch.size() == BATCH) {
                    pipeline.put(new ArrayList<>(batch));
                    batch.clear();
                }
                if (++read[0] % PROGRESS_EVERY == 0) {
                    long n = pipeline.written();
                    progress.progress(n, total, "incidents written: " + n + " of " + total);
                }
            });
            pipeline.put(batch);
            written = pipeline.finish();
            if (written != read[0]) {
                throw new IOException("wrote " + written + " of " + read[0] + " incidents");
            }
        }
        writer.finish();
        progress.progress(written, total, "incidents written: " + written + " of " + total);
        return written;
    }

    /** Work that can be asked to stop. */
    @FunctionalInterface
    private interface Stoppable {
        long run(AtomicBoolean cancelled) throws IOException;
    }

    /**
     * Runs {@code work} on a thread of its own and waits for it. If this thread is interrupted, the work is asked to
     * stop and waited for (so nothing reads the database once this method has returned); then the export counts as
     * cancelled, even if the work had finished, and this thread's interrupt status is set again.
     */
    private static long offThread(Stoppable work) throws IOException {
        AtomicBoolean cancelled = new AtomicBoolean();
        FutureTask<Long> task = new FutureTask<>(() -> work.run(cancelled));
        Thread thread = new Thread(task, "data-export-reader");
        thread.setDaemon(true);
        thread.start();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    long n = task.get();
                    if (interrupted) {
                        throw new InterruptedIOException("export cancelled");
                    }
                    return n;
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancelled.set(true);
                } catch (ExecutionException e) {
                    throw rethrow(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static IOException rethrow(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IOException(cause);
    }

    /** The writing side: a thread that takes batches of incidents and writes them, until told to finish. */
    private static final class Pipeline implements AutoCloseable {
        private static final List<Incident> END = List.of();
        private final BlockingQueue<List<Incident>> queue = new ArrayBlockingQueue<>(64);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final AtomicLong written = new AtomicLong();
        private final Thread thread;

        Pipeline(DataWriter writer) {
            thread = new Thread(() -> {
                try {
                    for (List<Incident> batch = queue.take(); batch != END; batch = queue.take()) {
                        for (Incident i : batch) {
                            writer.write(i);
                        }
                        written.addAndGet(batch.size());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException | RuntimeException e) {
                    failure.set(e);
                }
            }, "data-export-writer");
            thread.setDaemon(true);
            thread.start();
        }

        long written() {
            return written.get();
        }

        void put(List<Incident> batch) throws IOException {
            try {
                while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    rethrow();
                }
                rethrow();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("export cancelled");
            }
        }

        /** Waits until every batch is written; returns how many incidents that was. */
        long finish() throws IOException {
            put(END);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("export cancelled");
            }
            rethrow();
            return written.get();
        }

        private void rethrow() throws IOException {
            Throwable t = failure.get();
            if (t instanceof IOException io) {
                throw io;
            }
            if (t instanceof RuntimeException r) {
                throw r;
            }
        }

        /** Stops the writing thread if it still runs (the export failed or was cancelled). */
        @Override
        public void close() {
            if (thread.isAlive()) {
                thread.interrupt();
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}

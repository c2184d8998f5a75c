package org.incidentatlas.ingest;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.domain.Threads;

/**
 * Runs a reader (parsing and mapping a file's rows) on a thread of its own, a few chunks of records ahead of the
 * calling thread, which checks and stages them: the two halves of an import take about as long as each other, so on
 * two cores an import reads in about half the time. The caller sees what it would see if it read the file itself:
 * every record, rejection and progress message in the file's order, each on the calling thread, then the reader's
 * count or its failure. At most {@link #AHEAD} chunks of {@link #CHUNK} records wait between the two threads, so
 * memory stays bounded however long the file is. Nothing but reading happens on the reader's thread; the database is
 * written by the caller alone.
 */
final class ReadAhead {
    /**
     * Records (and rejections) a chunk holds at most; a progress message ends a chunk early. Small, so that a record
     * is taken while what it was read into is still in the processor's cache: with chunks of a few hundred, the
     * calling thread spent half as much time again on reading records the other had made.
     */
    static final int CHUNK = 32;
    /** Chunks read but not yet taken, at most. */
    static final int AHEAD = 8;
    /** How long a reader waits for room before it looks whether the caller has given up. */
    private static final long WAIT_MILLIS = 50;

    /** What runs on the reading thread: a reader's stream, told to the sink and listener given. */
    @FunctionalInterface
    interface Reading {
        long read(ProgressListener progress, RecordSink sink) throws ImportException, IOException;
    }

    private ReadAhead() {
    }

    /**
     * Runs {@code reading} on a new thread and hands what it reads to {@code sink} and {@code progress} on this
     * thread, in order; returns what {@code reading} returned, or throws what it threw, after the records read before
     * it. If the sink throws, the reader is stopped and waited for before the exception goes on, so nothing reads the
     * caller's stream once this method has returned.
     */
    static long stream(Reading reading, ProgressListener progress, RecordSink sink)
            throws ImportException, IOException {
        Producer producer = new Producer();
        Thread thread = new Thread(() -> producer.run(reading), "import-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            return producer.drain(progress, sink);
        } finally {
            producer.stop();
            Threads.joinUninterruptibly(thread);
        }
    }

    /** A progress message as the reader gave it. */
    private record Progress(long done, long total, String message) {
    }

    /** Records, rejections and progress messages in the order read; the last chunk says how the reading ended. */
    private static final class Chunk {
        final Object[] items = new Object[CHUNK];
        final String[] where = new String[CHUNK];
        int size;
        boolean last;
        long read;
        Throwable failure;
    }

    /** Thrown inside the reader, through its own code, when the caller has given up: ends the reading thread. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("the import stopped", null, false, false);
        }
    }

    /** The reader's side (a sink and progress listener that fill chunks) and the caller's (draining them). */
    private static final class Producer implements RecordSink, ProgressListener {
        private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(AHEAD);
        private volatile boolean stopped;
        private Chunk chunk = new Chunk();

        void run(Reading reading) {
            try {
                long read = reading.read(this, this);
                chunk.last = true;
                chunk.read = read;
            } catch (Stopped e) {
                return;
            } catch (Throwable e) {
                chunk.last = true;
                chunk.failure = e;
            }
            try {
                send();
            } catch (Stopped e) {
                // the caller has gone; nothing waits for the end
            }
        }

        @Override
        public void accept(Incident incident, String location) {
            add(incident, location);
        }

        @Override
        public void reject(Rejection rejection) {
            add(rejection, null);
        }

        @Override
        public void progress(long done, long total, String message) {
            add(new Progress(done, total, message), null);
            send();
        }

        private void add(Object item, String location) {
            chunk.items[chunk.size] = item;
            chunk.where[chunk.size] = location;
            if (++chunk.size == CHUNK) {
                send();
            }
        }

        /** Hands the chunk over, waiting for room; throws {@link Stopped} once the caller has given up. */
        private void send() {
            if (stopped) {
                throw new Stopped();
            }
            Chunk full = chunk;
            chunk = new Chunk();
            try {
                while (!queue.offer(full, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        throw new Stopped();
                    }
                }
            } catch (InterruptedException e) {
                // nobody interrupts this thread but a closing JVM: stop reading
                throw new Stopped();
            }
        }

        long drain(ProgressListener progress, RecordSink sink) throws ImportException, IOException {
            while (true) {
                Chunk c = take();
                for (int i = 0; i < c.size; i++) {
                    Object item = c.items[i];
                    if (item instanceof Incident incident) {
                        sink.accept(incident, c.where[i]);
                    } else if (item instanceof Rejection rejection) {
                        sink.reject(rejection);
                    } else {
                        Progress p = (Progress) item;
                        progress.progress(p.done(), p.total(), p.message());
                    }
                }
                if (c.last) {
                    if (c.failure != null) {
                        throw rethrow(c.failure);
                    }
                    return c.read;
                }
            }
        }

        /** The next chunk, waiting as long as it takes: an import's thread is not interrupted, and neither is this. */
        private Chunk take() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return queue.take();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        void stop() {
            stopped = true;
            queue.clear();
        }

        private static ImportException rethrow(Throwable failure) throws IOException {
            if (failure instanceof ImportException e) {
                return e;
            }
            if (failure instanceof IOException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException("reading failed", failure);
        }
    }
}

package org.incidentatlas.store;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.incidentatlas.domain.FactsSink;
import org.incidentatlas.domain.Threads;

/**
 * Reads a staged import's records on a thread of its own, a few thousand ahead of the move that inserts them: the
 * decoding of each record and the facts it hands on ({@link ImportFacts}) then take no time of the thread that
 * writes into H2, the one that sets the pace. Records come in their order in the file, in lists of up to
 * {@value #BATCH}; a failure of the reading thread (a damaged file, a failing facts sink) is thrown by
 * {@link #next} where the move would have met it reading the file itself.
 */
final class StagedReader implements AutoCloseable {
    private static final int BATCH = 1_000;
    private static final List<Staged> END = List.of();

    /** One staged incident: its row id, whether it may replace one held before, its columns and its reports'. */
    record Staged(long id, boolean replaces, Object[] values, List<Object[]> reports) {
    }

    private final BlockingQueue<List<Staged>> queue = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean stopped;
    private boolean ended;

    /**
     * Starts reading {@code staged} records from {@code in}; the first gets row id {@code offset + 1}. A release
     * number the decision created (negative in the file) is given as the one {@code releases} maps it to;
     * {@code facts}, if not null, is told each record's facts, in order, on the reading thread.
     */
    StagedReader(DataInputStream in, long offset, long staged, Map<Integer, Integer> releases, FactsSink facts) {
        thread = new Thread(() -> read(in, offset, staged, releases, facts), "staged-import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void read(DataInputStream in, long offset, long staged, Map<Integer, Integer> releases,
            FactsSink facts) {
        try {
            List<Staged> batch = new ArrayList<>(BATCH);
            for (long k = 1; k <= staged && !stopped; k++) {
                in.readInt();
                boolean replaces = in.readByte() != 0;
                Object[] v = StagedRecord.read(in, new Object[IncidentWriter.COLUMN_COUNT]);
                int release = (Integer) v[0];
                v[0] = release < 0 ? releases.get(release) : release;
                int count = in.readInt();
                Object[][] reports = new Object[count][];
                for (int seq = 0; seq < count; seq++) {
                    reports[seq] = StagedRecord.read(in, new Object[SourceColumns.COUNT]);
                }
                Staged record = new Staged(offset + k, replaces, v, Arrays.asList(reports));
                if (facts != null) {
                    facts.accept(IncidentFactsQuery.ofStaged(record.id(), v, record.reports()));
                }
                batch.add(record);
                if (batch.size() == BATCH || k == staged) {
                    queue.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        } catch (InterruptedException e) {
            // stopped by close: the move failed or is over
            return;
        }
        try {
            queue.put(END);
        } catch (InterruptedException e) {
            // as above
        }
    }

    /** The next records in order, or null after the last; waits for the reading thread if it is behind. */
    List<Staged> next() throws IOException {
        if (ended) {
            return null;
        }
        List<Staged> batch;
        try {
            batch = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the staged import");
        }
        if (batch == END) {
            ended = true;
            Throwable e = failure;
            if (e instanceof IOException io) {
                throw io;
            } else if (e instanceof RuntimeException r) {
                throw r;
            } else if (e instanceof Error r) {
                throw r;
            }
            return null;
        }
        return batch;
    }

    /**
     * Stops the reading thread (if the move ends early) and waits for it: whatever it told the facts sink happens
     * before this returns.
     */
    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        Threads.joinUninterruptibly(thread);
    }
}

package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.domain.SampleIncidents;
import org.junit.jupiter.api.Test;

/** Reading ahead on a thread of its own changes nothing the caller sees: order, thread, count and failures. */
class ReadAheadTest {
    private static final Incident ONE = SampleIncidents.full("curated", "c-1");

    /** What the caller was told, in order, and on which thread. */
    private static final class Told implements RecordSink, ProgressListener {
        final List<String> events = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();

        @Override
        public void accept(Incident incident, String location) {
            events.add("record " + location);
            threads.add(Thread.currentThread());
        }

        @Override
        public void reject(Rejection rejection) {
            events.add("rejected " + rejection.location());
            threads.add(Thread.currentThread());
        }

        @Override
        public void progress(long done, long total, String message) {
            events.add("progress " + done + "/" + total + " " + message);
            threads.add(Thread.currentThread());
        }
    }

    /** A reader of {@code n} records; every seventh is rejected, and progress is told every 100. */
    private static long read(int n, ProgressListener progress, RecordSink sink, List<String> expected) {
        for (int i = 1; i <= n; i++) {
            if (i % 7 == 0) {
                sink.reject(new Rejection("line " + i, null, "bad"));
                expected.add("rejected line " + i);
            } else {
                sink.accept(ONE, "line " + i);
                expected.add("record line " + i);
            }
            if (i % 100 == 0) {
                progress.progress(i, -1, i + " records read");
                expected.add("progress " + i + "/-1 " + i + " records read");
            }
        }
        return n;
    }

    @Test
    void everythingReadIsToldInOrderOnTheCallingThread() throws Exception {
        Told told = new Told();
        List<String> expected = new ArrayList<>();
        Thread[] reading = new Thread[1];
        long n = ReadAhead.stream((progress, sink) -> {
            reading[0] = Thread.currentThread();
            return read(10_007, progress, sink, expected);
        }, told, told);
        assertEquals(10_007, n);
        assertEquals(expected, told.events);
        assertNotSame(Thread.currentThread(), reading[0]);
        assertFalse(reading[0].isAlive());
        assertTrue(told.threads.stream().allMatch(t -> t == Thread.currentThread()));
    }

    @Test
    void aReaderThatReadsNothingIsToldAsSuch() throws Exception {
        Told told = new Told();
        assertEquals(0, ReadAhead.stream((progress, sink) -> 0, told, told));
        assertEquals(List.of(), told.events);
    }

    @Test
    void theReadersFailureComesAfterWhatItReadBeforeIt() {
        for (Exception failure : new Exception[] {new ImportException("x.csv: line 502: broken CSV: no"),
            new IOException("disk gone"), new IllegalStateException("bug")}) {
            Told told = new Told();
            List<String> expected = new ArrayList<>();
            Exception thrown = assertThrows(Exception.class, () -> ReadAhead.stream((progress, sink) -> {
                read(501, progress, sink, expected);
                if (failure instanceof ImportException e) {
                    throw e;
                }
                if (failure instanceof IOException e) {
                    throw e;
                }
                throw (RuntimeException) failure;
            }, told, told));
            assertSame(failure, thrown);
            assertEquals(expected, told.events);
        }
    }

    @Test
    void whenTheCallerFailsTheReaderStopsBeforeTheCallReturns() {
        AtomicReference<Thread> reading = new AtomicReference<>();
        AtomicLong produced = new AtomicLong();
        RecordSink failing = new RecordSink() {
            private int taken;

            @Override
            public void accept(Incident incident, String location) {
                if (++taken == 1000) {
                    throw new IllegalStateException("disk full");
                }
            }

            @Override
            public void reject(Rejection rejection) {
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReadAhead.stream((p, sink) -> {
            reading.set(Thread.currentThread());
            while (true) {
                sink.accept(ONE, "line " + produced.incrementAndGet());
            }
        }, ProgressListener.NONE, failing));
        assertEquals("disk full", e.getMessage());
        assertFalse(reading.get().isAlive(), "the reading thread has ended");
    }

    @Test
    void theReaderIsNeverMoreThanAFewChunksAhead() throws Exception {
        AtomicLong produced = new AtomicLong();
        long bound = (long) ReadAhead.CHUNK * (ReadAhead.AHEAD + 2);
        long[] most = {0};
        RecordSink counting = new RecordSink() {
            private long taken;

            @Override
            public void accept(Incident incident, String location) {
                taken++;
                most[0] = Math.max(most[0], produced.get() - taken);
            }

            @Override
            public void reject(Rejection rejection) {
            }
        };
        ReadAhead.stream((p, sink) -> {
            for (int i = 0; i < 20_000; i++) {
                produced.incrementAndGet();
                sink.accept(ONE, "line " + i);
            }
            return 20_000;
        }, ProgressListener.NONE, counting);
        assertTrue(most[0] <= bound, most[0] + " records ahead; at most " + bound);
    }
}

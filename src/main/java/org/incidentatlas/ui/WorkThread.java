package org.incidentatlas.ui;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that runs work in the order given, and is never interrupted, not even when closed: an interrupt
 * while H2 reads or writes its file makes H2 close the database for the rest of the session. Work that is long stops
 * when asked by other means (a flag it checks), before {@link #close} waits for it.
 */
public final class WorkThread implements Executor {
    private final ThreadPoolExecutor worker;

    public WorkThread(String name) {
        worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void execute(Runnable work) {
        worker.execute(work);
    }

    /**
     * Drops the work not yet begun and waits up to {@code wait} for the work running to end, without interrupting it.
     *
     * @return whether the thread was idle by then
     */
    public boolean close(Duration wait) {
        worker.getQueue().clear();
        worker.shutdown();
        try {
            return worker.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

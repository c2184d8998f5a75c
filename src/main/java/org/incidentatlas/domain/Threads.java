package org.incidentatlas.domain;

/** Waiting for the helper threads an import runs beside its own (the reader ahead of staging, the move's reader). */
public final class Threads {
    private Threads() {
    }

    /**
     * Waits until {@code thread} has ended, even if the caller is interrupted meanwhile (whatever the thread did then
     * happens before this returns); the caller's interrupt is kept for it to see afterwards.
     */
    public static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

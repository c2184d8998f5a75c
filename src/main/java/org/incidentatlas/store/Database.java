package org.incidentatlas.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * The embedded H2 file database in one folder. Opening it brings the schema up to date; only one process may hold
 * it, and a second one gets a {@link DatabaseInUseException} instead of a hang or an empty database.
 */
public final class Database implements AutoCloseable {
    static final String FILE_NAME = "incident-atlas";
    private static final int H2_DATABASE_IN_USE = 90020;
    private static final int H2_ERROR_OPENING = 8000;

    static {
        // H2 keeps a cache of recently read values to share equal strings; on bulk reads (an export of a million
        // incidents) looking every value up in it costs more than it saves. Unless someone chose otherwise.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    private final Path folder;
    private Connection connection;
    private final boolean restored;
    /** The running import's hold on its marker, or null. */
    private ImportGuard.Held guard;
    /** Whether the running import's copy is a file copy that a rolled-back import puts back (see endImport). */
    private boolean restorable;

    private Database(Path folder, Connection connection, boolean restored) {
        this.folder = folder;
        this.connection = connection;
        this.restored = restored;
    }

    /** Opens (creating if needed) the database in {@code folder}. */
    public static Database open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the database folder " + folder + ": " + e.getMessage(), e);
        }
        boolean restored = false;
        Connection c;
        try {
            c = connect(folder);
        } catch (DatabaseInUseException e) {
            throw e;
        } catch (StoreException e) {
            if (!ImportGuard.interrupted(folder)) {
                throw e;
            }
            c = null;
        }
        if (ImportGuard.interrupted(folder)) {
            if (c != null) {
                closeQuietly(c);
            }
            if (importRunning(folder)) {
                // Another program's import is between closing and opening its connection again; its marker is
                // locked. Not an import cut short: nothing may be put back.
                throw new DatabaseInUseException(folder, null);
            }
            // The last import was cut short: the process died before its transaction was over and acknowledged (no
            // other process holds the database or the import's marker). Go back to the copy taken before it,
            // whatever H2's own recovery made of the file.
            try {
                ImportGuard.restore(folder);
                ImportGuard.end(folder, null);
            } catch (java.io.IOException e) {
                throw new StoreException("An import into " + folder + " did not finish, and the copy of the database "
                        + "from before it cannot be put back: " + e.getMessage(), e);
            }
            restored = true;
            c = connect(folder);
        }
        try {
            Migrations.apply(c);
            // A large import builds the date index anew at its end; one that failed with its copy not yet put back
            // may have left the database without it.
            try (java.sql.Statement s = c.createStatement()) {
                s.execute(IncidentBatch.CREATE_DATE_INDEX);
            }
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException("Cannot bring the database in " + folder + " up to date: " + e.getMessage(), e);
        }
        return new Database(folder, c, restored);
    }

    private static Connection connect(Path folder) {
        // No compaction when closing: rewriting the file then is one more moment a crash could catch it mid-write.
        // A 64 MB page cache (H2's default is 16 MB): a bulk import read its index pages back from disk otherwise.
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME)
                + ";FILE_LOCK=FILE;MAX_COMPACT_TIME=0;TRACE_LEVEL_FILE=0;CACHE_SIZE=65536";
        try {
            return DriverManager.getConnection(url, "atlas", "");
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_IN_USE || e.getErrorCode() == H2_ERROR_OPENING
                    && String.valueOf(e.getMessage()).contains("Lock file")) {
                // A second program opening at the same moment sees H2's lock file being written ("Lock file recently
                // modified"): the database is just as much in use.
                throw new DatabaseInUseException(folder, e);
            }
            throw failure("Cannot open the database in " + folder + ": ", folder, e);
        }
    }

    /** Whether opening put back the copy from before an import that was cut short and left the database damaged. */
    public boolean restoredAfterInterruptedImport() {
        return restored;
    }

    /**
     * Starts an import: keeps a copy of the database beside it until {@link #endImport}, so that if the process dies
     * before then, the next {@link #open} can always get back to this state. Call before the import's transaction.
     */
    public synchronized void beginImport() {
        try {
            try (java.sql.Statement s = connection.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
            if (!onlyConnection()) {
                guard = ImportGuard.beginOnline(connection, folder);
                restorable = false;
                return;
            }
            restorable = true;
            // Closed for the copy, so the file holds everything and nothing writes to it meanwhile.
            closeQuietly(connection);
            try {
                guard = ImportGuard.begin(folder);
            } finally {
                connection = connect(folder);
            }
        } catch (SQLException | java.io.IOException e) {
            throw failure("Cannot keep a copy of the database before the import: ", folder, e);
        } catch (StoreException e) {
            // Another program took the database while it was closed for the copy: no import, nothing to undo.
            endQuietly();
            DiskFullException full = DiskFullException.from(folder, e);
            throw full != null ? full : e;
        }
    }

    /**
     * Whether the running import may commit as it goes: its copy from before it is a file that a rolled-back import
     * puts back whole (the database has no other connection), so its all or nothing does not rest on one transaction.
     */
    public synchronized boolean importMayCommitAsItGoes() {
        return guard != null && restorable;
    }

    private void endQuietly() {
        if (guard != null) {
            try {
                ImportGuard.end(folder, guard);
            } catch (java.io.IOException ignored) {
                // the marker stays; the copy beside it is the database as it is, so putting it back changes nothing
            }
            guard = null;
        }
    }

    /**
     * Ends an import once its transaction is over. If it was committed ({@code kept}), what it wrote is put on disk
     * (H2 writes commits a moment later otherwise) and the database is closed cleanly and opened again before the copy
     * is let go. If it was rolled back, the copy from before it is put back instead: H2 keeps the space a rolled-back
     * transaction took, and a cancelled import of 100,000 records left the file twenty times its size.
     */
    public synchronized void endImport(boolean kept) {
        endImport(kept, false);
    }

    /**
     * As {@link #endImport(boolean)}; with {@code compact}, a kept import is followed by a full compaction of the file
     * (H2 leaves a bulk import's file several times the size of its data). The copy from before the import is still
     * there while it runs: a crash during the compaction undoes the import, as any crash before its end does.
     */
    public synchronized void endImport(boolean kept, boolean compact) {
        if (kept) {
            try (java.sql.Statement s = connection.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            } catch (SQLException e) {
                throw failure("Cannot write the import to disk: ", folder, e);
            }
        }
        // Only when this is the database's one connection does closing it close the file, so it may be replaced.
        boolean alone = !kept && onlyConnection();
        // A clean close leaves the file whole (a kill while H2 still writes was seen to damage it); only then is the
        // copy from before the import let go, and the database opened again.
        if (kept && compact && onlyConnection()) {
            try (java.sql.Statement s = connection.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                // Not compacted: the import stands all the same, in a larger file.
            }
        }
        closeQuietly(connection);
        // An import that committed as it went and cannot be put back now keeps its marker: the next open does it.
        boolean notRestored = !kept && restorable && !alone;
        if (alone) {
            try {
                ImportGuard.restore(folder);
            } catch (java.io.IOException e) {
                notRestored = true;
            }
        }
        connection = connect(folder);
        try {
            if (notRestored) {
                // The import was rolled back all the same; the marker stays, so the next open puts the copy back.
                // Not an error worth hiding the import's own outcome for.
                guard.release();
            } else {
                ImportGuard.end(folder, guard);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("The import is over, but its copy of the database cannot be removed: "
                    + e.getMessage(), e);
        } finally {
            guard = null;
            restorable = false;
        }
    }

    private boolean onlyConnection() {
        try (java.sql.Statement s = connection.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            return rs.next() && rs.getInt(1) == 1;
        } catch (SQLException e) {
            // A connection that cannot answer (the store failed and closed) holds nothing open.
            return true;
        }
    }

    private static boolean importRunning(Path folder) {
        try {
            return ImportGuard.running(folder);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot tell whether an import into " + folder + " is still running: "
                    + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        return inTransaction(work, result -> true);
    }

    /**
     * Runs {@code work} in one transaction and commits it only when {@code keep} accepts its result; otherwise, and
     * on any exception or error (even an {@link OutOfMemoryError}), every change is rolled back.
     */
    public synchronized <T> T inTransaction(SqlWork<T> work, Predicate<? super T> keep) {
        try {
            connection.setAutoCommit(false);
            boolean done = false;
            try {
                T result = work.run(connection);
                if (keep.test(result)) {
                    DataStamp.renew(connection);
                    connection.commit();
                } else {
                    connection.rollback();
                }
                done = true;
                return result;
            } finally {
                // Only after commit or rollback: switching auto-commit on would commit a pending transaction.
                if (done) {
                    connection.setAutoCommit(true);
                } else {
                    rollbackQuietly();
                    autoCommitQuietly();
                }
            }
        } catch (SQLException e) {
            throw failure("Database error: ", folder, e);
        } catch (StoreException e) {
            DiskFullException full = DiskFullException.from(folder, e);
            throw full != null ? full : e;
        }
    }

    /** A failure as a person should read it: a full disk said as such, anything else as what failed and why. */
    static StoreException failure(String what, Path folder, Exception e) {
        DiskFullException full = DiskFullException.from(folder, e);
        return full != null ? full : new StoreException(what + e.getMessage(), e);
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException | AssertionError ignored) {
            // the error that brought us here is the one worth reporting (after a failed write, e.g. a full disk, H2
            // may also trip its own assertions here)
        }
    }

    private void autoCommitQuietly() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException | RuntimeException | AssertionError ignored) {
            // as above: the failure already on its way out is the one to report
        }
    }

    /** Runs read-only {@code work}. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
    }

    /** Closes the database; an import not ended by then counts as cut short (the next open undoes it). */
    @Override
    public synchronized void close() {
        closeQuietly(connection);
        if (guard != null) {
            try {
                guard.release();
            } catch (java.io.IOException ignored) {
                // the lock goes with the process anyway
            }
            guard = null;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure: the first error is the one worth reporting
        }
    }
}

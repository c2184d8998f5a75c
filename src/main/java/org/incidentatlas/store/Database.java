package org.incidentatlas.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.Predicate;
import org.incidentatlas.domain.ProgressListener;

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
        try {
            if (Compaction.running(folder)) {
                throw new DatabaseInUseException(folder, null);
            }
            Compaction.cleanUp(folder);
            MoveCopy.cleanUp(folder);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot tell whether the database in " + folder + " is being compacted: "
                    + e.getMessage(), e);
        }
        if (MoveCopy.exists(folder)) {
            return openAfterCutMove(folder);
        }
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
            // An earlier version's import was cut short: the process died before its transaction was over and
            // acknowledged (no other process holds the database or the import's marker). Go back to the copy it took
            // before the import, whatever H2's own recovery made of the file.
            try {
                ImportGuard.restore(folder);
                ImportGuard.end(folder);
            } catch (java.io.IOException e) {
                throw new StoreException("An import into " + folder + " did not finish, and the copy of the database "
                        + "from before it cannot be put back: " + e.getMessage(), e);
            }
            restored = true;
            c = connect(folder);
        }
        restored |= upToDate(c, folder);
        return new Database(folder, c, restored);
    }

    /**
     * Brings the schema of {@code c}'s database up to date and undoes or completes what an import cut short left;
     * returns whether it found one. On failure the connection is closed.
     */
    private static boolean upToDate(Connection c, Path folder) {
        try {
            Migrations.apply(c);
            return recover(c, folder);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException("Cannot bring the database in " + folder + " up to date: " + e.getMessage(), e);
        }
    }

    /**
     * Opens the database after a move into place was cut short, or what followed it (its copy from before the move is
     * there): unless another program holds the database, the copy is put back and the move done again from it,
     * whatever H2 made of the file (a redo moves every record again in any case). The copy is deleted once the
     * database is whole.
     */
    private static Database openAfterCutMove(Path folder) {
        try {
            closeQuietly(connect(folder));
        } catch (DatabaseInUseException e) {
            throw e;
        } catch (StoreException e) {
            // The kill damaged the file; the copy replaces it all the same.
        }
        try {
            MoveCopy.restore(folder);
        } catch (java.io.IOException e) {
            throw new StoreException("An import into " + folder + " was cut short while it was moved into place, and "
                    + "the copy of the database from before the move cannot be put back: " + e.getMessage(), e);
        }
        Connection c = connect(folder);
        upToDate(c, folder);
        MoveCopy.drop(folder);
        return new Database(folder, c, true);
    }

    private static Connection connect(Path folder) {
        // No compaction when closing: rewriting the file then is one more moment a crash could catch it mid-write.
        // A 64 MB page cache (H2's default is 16 MB): a bulk import read its index pages back from disk otherwise.
        // Pages compressed as they are written (LZF, on H2's own writer thread): a million GED incidents take 167 MB
        // as a move leaves them, where uncompressed they took 444 MB and needed a compaction after every large import.
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME)
                + ";FILE_LOCK=FILE;MAX_COMPACT_TIME=0;TRACE_LEVEL_FILE=0;CACHE_SIZE=65536;COMPRESS=TRUE";
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

    /**
     * Whether opening undid an import that was cut short: emptied the rows it had staged, or put back the copy an
     * earlier version kept before its import.
     */
    public boolean restoredAfterInterruptedImport() {
        return restored;
    }

    /**
     * What an import cut short may have left, undone or completed, when no other connection of this process could be
     * importing now: a decided import (its note is there) is moved into place again as a redo, which first takes out
     * what of it is in place already; the staging file of an undecided one (the live tables never held it) is
     * deleted. An import an earlier version staged in tables is completed or emptied the same way. Then the table's
     * counter of row ids is set past the rows a move numbered itself. Returns whether an import cut short was found.
     */
    private static boolean recover(Connection c, Path folder) throws SQLException {
        boolean found = false;
        if (onlyConnection(c)) {
            boolean moved = ImportMove.complete(c, true);
            moved |= StagedMove.complete(c, folder, true, IncidentBatch.LARGE_MOVE);
            found = moved || ImportMove.leftOver(c) || StagedFile.any(folder);
            if (found) {
                sync(c);
                ImportMove.letGo(c);
                StagedMove.letGo(c, folder, true);
            }
        }
        ImportStage.advanceRowIds(c);
        if (found) {
            sync(c);
        }
        return found;
    }

    private static void sync(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }

    /**
     * Ends an import once its transaction is over (committed when {@code kept}, else rolled back). A kept import was
     * decided by that commit: its staged incidents are now moved into place and put on disk (H2 writes a commit a
     * moment after it returns otherwise), and only then are its note and staging file let go. A rolled-back import
     * wrote nothing to the database (its batch deleted its staging file; the next open deletes one left behind).
     */
    public synchronized void endImport(boolean kept) {
        endImport(kept, false, IncidentBatch.LARGE_MOVE, ProgressListener.NONE, null);
    }

    /**
     * As {@link #endImport(boolean)}; with {@code compact} (after a large import), the database is then closed with a
     * full compaction of its file and opened again, if that would gain much (see {@link Compaction#worthIt}).
     * {@code phases} is told when the move and the compaction begin; {@code facts}, if not null, is told the facts of
     * every incident held once a kept import is in.
     */
    synchronized void endImport(boolean kept, boolean compact, int largeMove, ProgressListener phases,
            ImportFacts facts) {
        Path staging = null;
        boolean copied = false;
        long replaced = 0;
        long held = 0;
        try {
            if (kept) {
                // The decision on disk first: from here on a crash is completed by the next open, not undone.
                sync(connection);
                long staged = Math.max(0, StagedMove.staged(connection));
                phases.progress(staged, staged, "moving " + staged + " incidents into place");
                copied = StagedMove.staged(connection) >= 0 && onlyConnection(connection) && whileClosed(
                        () -> MoveCopy.take(folder));
                long before = DataStamp.number(connection, DataStamp.INCIDENTS);
                StagedMove.complete(connection, folder, false, largeMove, facts);
                held = DataStamp.number(connection, DataStamp.INCIDENTS);
                replaced = before + staged - held;
                sync(connection);
                // The staging file stays until the compaction is over: a redo could still need it.
                staging = StagedMove.letGoNote(connection, folder);
                ImportStage.advanceRowIds(connection);
                sync(connection);
            }
        } catch (SQLException e) {
            if (copied) {
                // Not cut short by a kill: this program goes on with the database, and the next open completes the
                // move on it (a copy put back then would lose what is done from now on).
                MoveCopy.drop(folder);
            }
            if (kept) {
                if (DiskFullException.from(folder, e) != null) {
                    throw DiskFullException.movingImport(folder, e);
                }
                throw failure("The import could not be moved into place; it is completed when the database is next "
                        + "opened: ", folder, e);
            }
            return;
        }
        if (compact && onlyConnection(connection) && Compaction.worthIt(connection, replaced, held)) {
            phases.progress(0, -1, "compacting the database");
            whileClosed(() -> Compaction.compactQuietly(folder));
        }
        // The copy first: while it is there, a redo from it may need the staging file.
        if (copied) {
            MoveCopy.drop(folder);
        }
        deleteQuietly(staging);
    }

    /**
     * Closes the database, runs {@code work} on its file and opens it again, with no other program let in between;
     * returns whether {@code work} could be run (not when its marker cannot be made).
     */
    private boolean whileClosed(java.util.function.BooleanSupplier work) {
        boolean[] done = {false};
        try {
            connection = Compaction.whileClosed(folder, () -> closeQuietly(connection),
                    () -> done[0] = work.getAsBoolean(), () -> connect(folder));
        } catch (java.io.IOException e) {
            // The marker could not be made or let go: the work was not run, or the database is open again.
            if (closed(connection)) {
                connection = connect(folder);
            }
        }
        return done[0];
    }

    private static boolean closed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (java.io.IOException e) {
            // Left behind, it holds nothing the database needs; the next open deletes it.
        }
    }

    private static boolean onlyConnection(Connection connection) {
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

    /** Work that may throw its own exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs {@code work} with no other thread of this program using the database meanwhile (every method of this class
     * waits for it): an import and reading the state it left, say, with no edit committed in between.
     */
    public synchronized <T, E extends Exception> T alone(Work<T, E> work) throws E {
        return work.run();
    }

    /** Runs read-only {@code work}. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
    }

    /** Closes the database; rows an import staged and did not move count as cut short (the next open empties them). */
    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException ignored) {
            // closing after a failure: the first error is the one worth reporting
        }
    }
}

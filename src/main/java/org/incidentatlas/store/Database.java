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
            // The last import was cut short: the process died before its transaction was over and acknowledged (no
            // other process holds the database, or connecting would have failed). Go back to the copy taken before
            // it, whatever H2's own recovery made of the file.
            if (c != null) {
                closeQuietly(c);
            }
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
        try {
            Migrations.apply(c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException("Cannot bring the database in " + folder + " up to date: " + e.getMessage(), e);
        }
        return new Database(folder, c, restored);
    }

    private static Connection connect(Path folder) {
        // No compaction when closing: rewriting the file then is one more moment a crash could catch it mid-write.
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME)
                + ";FILE_LOCK=FILE;MAX_COMPACT_TIME=0";
        try {
            return DriverManager.getConnection(url, "atlas", "");
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_IN_USE) {
                throw new DatabaseInUseException(folder, e);
            }
            throw new StoreException("Cannot open the database in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Whether opening put back the copy from before an import that was cut short and left the database damaged. */
    public boolean restoredAfterInterruptedImport() {
        return restored;
    }

    /**
     * Starts an import: keeps a copy of the database beside it until {@link #endImport()}, so that if the process dies
     * before then, the next {@link #open} can always get back to this state. Call before the import's transaction.
     */
    public synchronized void beginImport() {
        try {
            ImportGuard.begin(connection, folder);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("Cannot keep a copy of the database before the import: " + e.getMessage(), e);
        }
    }

    /**
     * Ends an import (committed or rolled back): once what it wrote is on disk (H2 writes commits a moment later
     * otherwise), the copy is no longer needed.
     */
    public synchronized void endImport() {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new StoreException("Cannot write the import to disk: " + e.getMessage(), e);
        }
        // A clean close leaves the file whole (a kill while H2 still writes was seen to damage it); only then is the
        // copy from before the import let go, and the database opened again.
        closeQuietly(connection);
        connection = connect(folder);
        try {
            ImportGuard.end(folder);
        } catch (java.io.IOException e) {
            throw new StoreException("The import is over, but its copy of the database cannot be removed: "
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
                    connection.commit();
                } else {
                    connection.rollback();
                }
                done = true;
                return result;
            } finally {
                if (!done) {
                    rollbackQuietly();
                }
                // Only after commit or rollback: switching auto-commit on would commit a pending transaction.
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the error that brought us here is the one worth reporting
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

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure: the first error is the one worth reporting
        }
    }
}

package org.incidentatlas.store;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.IncidentId;

/**
 * Moves a decided import's staged records (see {@link ImportStage}) from its staging file into the live tables, in
 * transactions of 1,000 records: each record's incident is appended, numbered from the row id the decision
 * noted (after deleting the one it replaces, if the dataset held its id before), with its reports; then the import's
 * unused releases are dropped and the data stamp renewed. A redo (the next open, after a crash cut the move short)
 * first checks the file against the length and checksum the decision noted, deletes whatever rows of the import are
 * in place (only the import's own rows are numbered past the noted row id), and moves every record again: a decided
 * import always ends whole, whatever part of the move H2 kept.
 *
 * <p>Why transactions this small: H2's commit visits every entry its transaction changed, in every table and index.
 * The pages of a large transaction have been written out and dropped from the cache by then, so the commit reads each
 * one back and writes it again. Moving a million GED incidents took 30.9 s in transactions of 50,000 records and
 * 19.0 s in transactions of 1,000 (10,000: 27.6 s; 250: 18.1 s).
 */
final class StagedMove {
    /**
     * Records moved per transaction (the system property {@code incidentatlas.moveChunk} sets another number: the
     * crash test moves its small imports in several transactions to be killed between them).
     */
    private static final int CHUNK = Integer.getInteger("incidentatlas.moveChunk", 1_000);
    private static final int BATCH = 1_000;
    /** H2's page cache during a large move, in KB (see {@link #shrinkCache}). */
    private static final int MOVE_CACHE_KB = 16_384;
    private static final String INSERT = "INSERT INTO incident (id, " + IncidentWriter.COLUMNS + ") VALUES (?"
            + ", ?".repeat(IncidentWriter.COLUMN_COUNT) + ")";
    private static final String INSERT_SOURCE = "INSERT INTO source (incident_id, seq, " + SourceColumns.NAMES
            + ") VALUES (?, ?" + ", ?".repeat(SourceColumns.COUNT) + ")";

    private final Connection c;
    private final Path file;
    private final long offset;
    private final long staged;
    private final long length;
    private final long crc;
    /** The releases the decision created, by the negative number the staged records give them. */
    private final Map<Integer, Integer> releases = new HashMap<>();
    /** Told the facts of the incidents held before and of each one moved, or null. */
    private final ImportFacts facts;
    /** The page cache (KB) a large move made smaller, to be given back after it; 0 when it was left as it was. */
    private int cacheBefore;

    private StagedMove(Connection c, Path folder, String note, ImportFacts facts) {
        this.c = c;
        this.facts = facts;
        String[] parts = note.split(";");
        file = folder.resolve(parts[0]);
        offset = Long.parseLong(parts[1]);
        staged = Long.parseLong(parts[2]);
        length = Long.parseLong(parts[3]);
        crc = Long.parseLong(parts[4]);
        for (int k = 5; k < parts.length; k++) {
            String[] pair = parts[k].split("=");
            releases.put(Integer.parseInt(pair[0]), Integer.parseInt(pair[1]));
        }
    }

    /**
     * Completes the decided import of this database, if there is one (its note is in {@code app_state}); returns
     * whether there was. The note and the staging file stay until the caller has the move on disk and lets them go.
     *
     * @param redo      whether a crash may have cut an earlier run of this move short
     * @param largeMove a move of at least this many incidents into a table at most four times as large is made with a
     *                  small page cache (see {@link #shrinkCache})
     */
    static boolean complete(Connection c, Path folder, boolean redo, int largeMove) throws SQLException {
        return complete(c, folder, redo, largeMove, null);
    }

    /** As above; {@code facts}, if not null, is told the facts of every incident held once the move is done. */
    static boolean complete(Connection c, Path folder, boolean redo, int largeMove, ImportFacts facts)
            throws SQLException {
        String note = note(c);
        if (note == null) {
            return false;
        }
        StagedMove move = new StagedMove(c, folder, note, facts);
        try {
            withoutAutoCommit(c, () -> move.run(redo, largeMove));
        } finally {
            move.restoreCache();
        }
        return true;
    }

    /** A move's steps, which commit as they go. */
    @FunctionalInterface
    interface Steps {
        void run() throws SQLException;
    }

    /**
     * Runs a move's {@code steps} with auto-commit off (they commit as they go), rolls back what a failing step left
     * uncommitted, and puts auto-commit back as it was: for this move and the one of imports an older version staged.
     */
    static void withoutAutoCommit(Connection c, Steps steps) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            steps.run();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** The number of incidents a decided import not yet let go brings, or -1 when there is none. */
    static long staged(Connection c) throws SQLException {
        String note = note(c);
        return note == null ? -1 : Long.parseLong(note.split(";")[2]);
    }

    /** The highest row id the decided import not yet let go leaves to incidents from before it, or -1. */
    static long offset(Connection c) throws SQLException {
        String note = note(c);
        return note == null ? -1 : Long.parseLong(note.split(";")[1]);
    }

    private static String note(Connection c) throws SQLException {
        return AppState.get(c, ImportStage.NOTE);
    }

    /**
     * Lets the decided import go (after its move is on disk): its note is deleted and committed, then its staging
     * file; with {@code everyFile} (at an open, when no import can be running) any other staging file as well.
     */
    static void letGo(Connection c, Path folder, boolean everyFile) throws SQLException {
        Path file = letGoNote(c, folder);
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
            if (everyFile) {
                StagedFile.deleteAll(folder);
            }
        } catch (IOException e) {
            // A file left behind holds nothing the database needs; the next open deletes it.
        }
    }

    /**
     * Deletes and commits the decided import's note only, and returns its staging file (or null when there was no
     * note): the caller deletes the file once nothing can take the database back to a moment before the note went.
     */
    static Path letGoNote(Connection c, Path folder) throws SQLException {
        String note = note(c);
        AppState.drop(c, ImportStage.NOTE);
        if (!c.getAutoCommit()) {
            c.commit();
        }
        return note == null ? null : folder.resolve(note.split(";")[0]);
    }

    private void run(boolean redo, int largeMove) throws SQLException {
        if (staged >= largeMove && staged * 4 >= count("SELECT COUNT(*) FROM incident")) {
            shrinkCache();
        }
        try (DataInputStream in = redo ? readable() : StagedFile.open(file)) {
            if (in == null) {
                // Every record is in place already; only the end of the move is done again.
                finish();
                return;
            }
            if (redo) {
                deleteMoved();
            }
            if (facts != null) {
                long total = count("SELECT COUNT(*) FROM incident WHERE id <= " + offset) + staged;
                facts.sink().expect((int) Math.min(Integer.MAX_VALUE - 8, total));
                IncidentFactsQuery.forEach(c, offset, f -> {
                    if (!facts.replaced().test(new IncidentId(f.dataset(), f.originalId()))) {
                        facts.sink().accept(f);
                    }
                });
            }
            try {
                move(in);
            } catch (IOException | SQLException | RuntimeException e) {
                takeOutQuietly(e);
                throw e;
            }
        } catch (IOException e) {
            throw new SQLException("The staged import " + file + " cannot be read: " + e.getMessage(), e);
        }
        finish();
    }

    /** The end of a move: unused releases dropped, the data stamp renewed. */
    private void finish() throws SQLException {
        DatasetRegistry.dropUnusedReleases(c);
        DataStamp.renew(c);
        c.commit();
    }

    /**
     * The staging file of a redo, checked against the decision's length and checksum; null when the file is not
     * needed, every record being in place already (a crash can lose the letting go of the note after the file was
     * deleted). Otherwise one that is missing or damaged cannot complete the import, and refusing to open would
     * refuse every open after it: the rows of the import already in place are taken out and its note let go, in one
     * commit, and the open then fails once with what happened and what to do (the database opens from then on, as
     * it was before the import).
     */
    private DataInputStream readable() throws SQLException {
        try {
            return StagedFile.open(file, length, crc);
        } catch (IOException e) {
            if (count("SELECT COUNT(*) FROM incident WHERE id > " + offset + " AND id <= " + (offset + staged))
                    == staged) {
                // The move had committed its last chunk (each chunk commits its incidents with their reports): the
                // import is whole, and only letting its note go was lost. Nothing needs the file.
                return null;
            }
            deleteMoved();
            AppState.drop(c, ImportStage.NOTE);
            DatasetRegistry.dropUnusedReleases(c);
            DataStamp.renew(c);
            c.commit();
            throw new SQLException("an import of " + staged + " incidents, cut short while it was being moved into "
                    + "place, cannot be completed: " + e.getMessage() + ". Its incidents were taken out, so the "
                    + "database holds what it held before that import, except incidents the import had already "
                    + "replaced. Import the same file again to have them all; the database opens normally from now "
                    + "on.", e);
        }
    }

    /**
     * After a move failed while this program goes on (a full disk, a staging file cut short), takes out what of the
     * import its chunks committed, so that the live tables hold none of it until the redo at the next open; the
     * decision stands. The incidents the committed chunks replaced stay out until then too. The import's row ids stay
     * reserved (an incident saved meanwhile gets one past them, so the redo, which deletes every row in their range,
     * cannot take it out), and no other import begins until the redo ({@link IncidentBatch}). What cannot be taken
     * out now is taken out by that redo.
     */
    private void takeOutQuietly(Exception failure) {
        try {
            c.rollback();
            deleteMoved();
            ImportStage.reserveRowIds(c, offset + staged);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Deletes the rows of this import that an earlier run of the move put in place (with their reports). */
    private void deleteMoved() throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM incident WHERE id > ? AND id <= ?")) {
            for (long from = offset; from < offset + staged; from += CHUNK) {
                delete.setLong(1, from);
                delete.setLong(2, Math.min(offset + staged, from + CHUNK));
                delete.executeUpdate();
                c.commit();
            }
        }
    }

    private void move(DataInputStream in) throws IOException, SQLException {
        try (StagedReader reader = new StagedReader(in, offset, staged, releases,
                facts == null ? null : facts.sink());
                PreparedStatement insert = c.prepareStatement(INSERT);
                PreparedStatement insertSource = c.prepareStatement(INSERT_SOURCE);
                PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM incident WHERE dataset_key = ? AND original_id = ? AND id <= ?")) {
            int deletes = 0;
            for (List<StagedReader.Staged> records = reader.next(); records != null; records = reader.next()) {
                for (StagedReader.Staged r : records) {
                    Object[] v = r.values();
                    insert.setLong(1, r.id());
                    StagedRecord.bind(insert, 1, v);
                    insert.addBatch();
                    if (r.replaces()) {
                        StagedRecord.bind(delete, 1, v[1]);
                        StagedRecord.bind(delete, 2, v[2]);
                        delete.setLong(3, offset);
                        delete.addBatch();
                        deletes++;
                    }
                    List<Object[]> reports = r.reports();
                    for (int seq = 0; seq < reports.size(); seq++) {
                        insertSource.setLong(1, r.id());
                        insertSource.setInt(2, seq);
                        StagedRecord.bind(insertSource, 2, reports.get(seq));
                        insertSource.addBatch();
                    }
                    long k = r.id() - offset;
                    if (k % BATCH == 0 || k % CHUNK == 0 || k == staged) {
                        // The incidents an import replaces go before their successors come in (the key is unique).
                        if (deletes > 0) {
                            delete.executeBatch();
                            deletes = 0;
                        }
                        insert.executeBatch();
                        insertSource.executeBatch();
                    }
                    if (k % CHUNK == 0) {
                        c.commit();
                    }
                }
            }
        }
    }

    /**
     * Makes H2's page cache small for a large move: every page it writes stays on the heap until H2 has stored it
     * anyway, and what the move reads again is near the end of each table. A cache of 64 MB on a heap of 512 MB left
     * the collector too little room: moving 200,000 GED incidents took a quarter more CPU time, most of it garbage
     * collection, than with 16 MB (and a million, in transactions of 1,000, 21.0 s instead of 18.5 s).
     */
    private void shrinkCache() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'")) {
            cacheBefore = rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
        }
        if (cacheBefore > MOVE_CACHE_KB) {
            try (Statement s = c.createStatement()) {
                s.execute("SET CACHE_SIZE " + MOVE_CACHE_KB);
            }
        } else {
            cacheBefore = 0;
        }
    }

    /**
     * Gives the connection its page cache back once the move is over or has failed (and what it left uncommitted was
     * rolled back: the setting commits). Only speed depends on it, and every connection sets its own when it opens,
     * so a connection that cannot take it (one that failed) keeps the small one.
     */
    private void restoreCache() {
        if (cacheBefore > 0) {
            try (Statement s = c.createStatement()) {
                s.execute("SET CACHE_SIZE " + cacheBefore);
            } catch (SQLException e) {
                // as above
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

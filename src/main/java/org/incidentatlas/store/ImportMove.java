package org.incidentatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Completes an import that an earlier version of this program staged in the tables {@code import_incident} and
 * {@code import_source} and decided, but did not finish moving when it was cut short (imports are now staged in a file;
 * see {@link ImportStage}). It moves the staged rows into the live tables in transactions of
 * {@value #CHUNK} rows: the incidents it replaces are deleted, its incidents appended numbered from the row id the
 * decision noted, then their reports; then its unused releases are dropped and the data stamp renewed. Every step can
 * be run again: after a crash the next open runs the move again as a redo, which skips the rows already in place, so
 * a decided import always ends whole, whatever part of the move H2 kept. Small transactions also spare H2 the undo log
 * and commit of a transaction of a million rows.
 */
final class ImportMove {
    /** The {@code app_state} name of the note such an import kept until it was moved into place. */
    static final String MOVE = "import_move";
    private static final int CHUNK = 50_000;
    private static final String AFTER_RELEASE = IncidentWriter.COLUMNS.substring("release_id, ".length());

    private final Connection c;
    private final long offset;
    private final long staged;
    private final String release;
    /** Whether rows may be in place already (a redo after a crash): each is then looked for before it is added. */
    private final boolean redo;

    private ImportMove(Connection c, String note, boolean redo) {
        this.c = c;
        this.redo = redo;
        String[] parts = note.split(";");
        offset = Long.parseLong(parts[0]);
        staged = Long.parseLong(parts[1]);
        StringBuilder sql = new StringBuilder("CASE release_id");
        for (int k = 2; k < parts.length; k++) {
            String[] pair = parts[k].split("=");
            sql.append(" WHEN ").append(Integer.parseInt(pair[0])).append(" THEN ").append(Integer.parseInt(pair[1]));
        }
        release = parts.length == 2 ? "release_id" : sql.append(" ELSE release_id END").toString();
    }

    /**
     * Completes the decided import of this database, if there is one (its note is in {@code app_state}); returns
     * whether there was. The note and the staged rows stay until the caller has the move on disk and lets them go.
     *
     * @param redo whether a crash may have cut an earlier run of this move short
     */
    static boolean complete(Connection c, boolean redo) throws SQLException {
        String note = note(c);
        if (note == null) {
            return false;
        }
        StagedMove.withoutAutoCommit(c, () -> new ImportMove(c, note, redo).run());
        return true;
    }

    /** The note of a decided import not yet let go, or null. */
    static String note(Connection c) throws SQLException {
        return AppState.get(c, MOVE);
    }

    /** Lets the note go and empties the staging tables (after the move is on disk); commits. */
    static void letGo(Connection c) throws SQLException {
        AppState.drop(c, MOVE);
        if (!c.getAutoCommit()) {
            c.commit();
        }
        empty(c);
    }

    private void run() throws SQLException {
        deleteReplaced();
        long last = count("SELECT COALESCE(MAX(id), 0) FROM import_incident");
        String incidents = "INSERT INTO incident (id, release_id, " + AFTER_RELEASE + ") SELECT s.id + ?, " + release
                + ", " + AFTER_RELEASE + " FROM import_incident s WHERE s.id BETWEEN ? AND ?"
                + (redo ? " AND NOT EXISTS (SELECT 1 FROM incident i WHERE i.id = s.id + ?)" : "") + " ORDER BY s.id";
        inChunks(incidents, 1, last);
        String names = SourceColumns.NAMES.replace(", ", ", s.");
        String sources = "INSERT INTO source (incident_id, seq, " + SourceColumns.NAMES + ") SELECT s.incident_id + ?, "
                + "s.seq, s." + names + " FROM import_source s WHERE s._ROWID_ BETWEEN ? AND ?"
                + (redo ? " AND NOT EXISTS (SELECT 1 FROM source x WHERE x.incident_id = s.incident_id + ? "
                + "AND x.seq = s.seq)" : "");
        inChunks(sources, count("SELECT COALESCE(MIN(_ROWID_), 0) FROM import_source"),
                count("SELECT COALESCE(MAX(_ROWID_), 0) FROM import_source"));
        DatasetRegistry.dropUnusedReleases(c);
        DataStamp.renew(c);
        c.commit();
    }

    /** Runs an insert over the staged rows {@code from} to {@code to} (row numbers), one commit per chunk. */
    private void inChunks(String sql, long from, long to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (long a = from; a <= to && to > 0; a += CHUNK) {
                ps.setLong(1, offset);
                ps.setLong(2, a);
                ps.setLong(3, Math.min(to, a + CHUNK - 1));
                if (redo) {
                    ps.setLong(4, offset);
                }
                ps.executeUpdate();
                c.commit();
            }
        }
    }

    /** Deletes the incidents (with their reports) the import replaces: those of its ids from before the move. */
    private void deleteReplaced() throws SQLException {
        try (PreparedStatement find = c.prepareStatement(
                "SELECT dataset_key, original_id FROM import_incident WHERE replaces");
                PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM incident WHERE dataset_key = ? AND original_id = ? AND id <= ?");
                ResultSet rs = find.executeQuery()) {
            int batched = 0;
            while (rs.next()) {
                delete.setString(1, rs.getString(1));
                delete.setString(2, rs.getString(2));
                delete.setLong(3, offset);
                delete.addBatch();
                if (++batched % 1000 == 0) {
                    delete.executeBatch();
                }
            }
            delete.executeBatch();
            c.commit();
        }
    }

    /** Whether rows of an import cut short are still staged. */
    static boolean leftOver(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM import_incident) "
                        + "OR EXISTS (SELECT 1 FROM import_source)")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Empties the staging tables at once (a structure change: it commits, so never inside an import's transaction). */
    static void empty(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE TABLE import_source");
            s.execute("TRUNCATE TABLE import_incident");
        }
    }


    private long count(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package org.incidentatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.Source;

/**
 * An import's incidents on their way in: written into the staging tables {@code import_incident} and
 * {@code import_source} (no index but the incident's number within the import, no constraint to check), which the
 * import may commit as it goes. Until the import is decided ({@link #decide}, one small transaction) the live tables
 * hold nothing of it, and a crash leaves staged rows that the next open empties; once decided, the staged rows are
 * its redo log: {@link ImportMove} moves them into place, and completes the move at the next open if a crash cut it
 * short.
 */
final class ImportStage implements AutoCloseable {
    private static final String INSERT = "INSERT INTO import_incident (id, replaces, " + IncidentWriter.COLUMNS
            + ") VALUES (?, ?" + ", ?".repeat(IncidentWriter.COLUMN_COUNT) + ")";
    private static final String INSERT_SOURCE = "INSERT INTO import_source (incident_id, seq, " + SourceColumns.NAMES
            + ") VALUES (?, ?" + ", ?".repeat(SourceColumns.COUNT) + ")";
    private static final int BATCH = 1000;
    /** The {@code app_state} name of the note a decided import keeps until it is moved into place. */
    static final String MOVE = "import_move";

    private final Connection c;
    private final PreparedStatement insert;
    private final PreparedStatement insertSource;
    /** Releases by their key: the id of one the database holds, or a negative number for one the move creates. */
    private final Map<Provenance, Integer> releases = new HashMap<>();
    private final List<Provenance> newReleases = new ArrayList<>();
    /** Per dataset: hashes of the ids it held before the import (only those may be replaced), or null for none. */
    private final Map<String, LongHashSet> heldBefore = new HashMap<>();
    private long staged;
    private int pending;

    ImportStage(Connection c) throws SQLException {
        this.c = c;
        try (Statement s = c.createStatement()) {
            // Left by an import cut short that the last open did not empty (another connection had the database):
            // removed inside this transaction.
            s.executeUpdate("DELETE FROM import_source");
            s.executeUpdate("DELETE FROM import_incident");
        }
        insert = c.prepareStatement(INSERT);
        insertSource = c.prepareStatement(INSERT_SOURCE);
    }

    /** Stages one incident with its reports (sent to the database in batches; see {@link #flush}). */
    void write(Incident incident) throws SQLException {
        Provenance p = incident.provenance();
        LongHashSet held = heldBefore(p.dataset());
        long number = ++staged;
        insert.setLong(1, number);
        insert.setBoolean(2, held != null && held.contains(IncidentBatch.hash(incident.id())));
        IncidentWriter.bind(insert, 2, incident, release(p));
        insert.addBatch();
        List<Source> reports = incident.sourcing().reports();
        for (int i = 0; i < reports.size(); i++) {
            insertSource.setLong(1, number);
            insertSource.setInt(2, i);
            SourceColumns.bind(insertSource, 2, reports.get(i));
            insertSource.addBatch();
        }
        if (++pending == BATCH) {
            flush();
        }
    }

    /** Sends the staged rows still batched here. */
    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            insertSource.executeBatch();
            pending = 0;
        }
    }

    long staged() {
        return staged;
    }

    /** Whether an incident of this id is staged already (after a hash hit: looks at the id itself). */
    boolean holds(IncidentId id) throws SQLException {
        flush();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM import_incident WHERE dataset_key = ? AND original_id = ?")) {
            ps.setString(1, id.dataset());
            ps.setString(2, id.originalId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Decides the import, in the caller's transaction: the releases it brings are created, the state values written,
     * and a note of the move (the row ids it numbers from, the releases) kept in {@code app_state}. Once that commits
     * the import is whole: {@link ImportMove} moves the staged rows into place, and if the process dies before it is
     * done, the next open finds the note and completes the move from the staged rows.
     */
    void decide(Map<String, String> states) throws SQLException {
        flush();
        StringBuilder note = new StringBuilder().append(firstFreeRow(c) - 1).append(';').append(staged);
        for (int k = 0; k < newReleases.size(); k++) {
            Provenance p = newReleases.get(k);
            Integer id = findRelease(p);
            note.append(';').append(-(k + 1)).append('=').append(id != null ? id : createRelease(p));
        }
        for (Map.Entry<String, String> e : states.entrySet()) {
            putState(c, e.getKey(), e.getValue());
        }
        putState(c, MOVE, note.toString());
    }

    static void putState(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO app_state (name, attr_value) KEY (name) "
                + "VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /** The next row id no incident has had: above the highest one and the table's own counter. */
    static long firstFreeRow(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1, (SELECT IDENTITY_BASE FROM "
                        + "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'INCIDENT' "
                        + "AND COLUMN_NAME = 'ID') FROM incident")) {
            rs.next();
            return Math.max(rs.getLong(1), rs.getLong(2));
        }
    }

    /**
     * After a move has committed: the incident table's own counter of row ids set past the rows the move numbered
     * itself, so an incident saved later (the editor) gets a free one. A structure change: it commits.
     */
    static void advanceRowIds(Connection c) throws SQLException {
        long max;
        long base;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0), (SELECT IDENTITY_BASE FROM "
                        + "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'INCIDENT' "
                        + "AND COLUMN_NAME = 'ID') FROM incident")) {
            rs.next();
            max = rs.getLong(1);
            base = rs.getLong(2);
        }
        if (base <= max) {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE incident ALTER COLUMN id RESTART WITH " + (max + 1));
            }
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

    private LongHashSet heldBefore(String dataset) throws SQLException {
        if (!heldBefore.containsKey(dataset)) {
            heldBefore.put(dataset, IncidentBatch.idHashesOf(c, dataset));
        }
        return heldBefore.get(dataset);
    }

    private int release(Provenance p) throws SQLException {
        Provenance key = new Provenance(p.dataset(), p.version(), "-", p.licence());
        Integer known = releases.get(key);
        if (known == null) {
            known = findRelease(key);
            if (known == null) {
                newReleases.add(key);
                known = -newReleases.size();
            }
            releases.put(key, known);
        }
        return known;
    }

    private Integer findRelease(Provenance p) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT id FROM dataset_release WHERE dataset_key = ? "
                + "AND version IS NOT DISTINCT FROM ? AND licence IS NOT DISTINCT FROM ?")) {
            find.setString(1, p.dataset());
            find.setString(2, p.version());
            find.setString(3, p.licence());
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    private int createRelease(Provenance p) throws SQLException {
        try (PreparedStatement dataset = c.prepareStatement(
                "MERGE INTO dataset (dataset_key) KEY (dataset_key) VALUES (?)")) {
            dataset.setString(1, p.dataset());
            dataset.executeUpdate();
        }
        try (PreparedStatement insertRelease = c.prepareStatement(
                "INSERT INTO dataset_release (dataset_key, version, licence) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insertRelease.setString(1, p.dataset());
            insertRelease.setString(2, p.version());
            insertRelease.setString(3, p.licence());
            insertRelease.executeUpdate();
            try (ResultSet keys = insertRelease.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        insertSource.close();
    }
}

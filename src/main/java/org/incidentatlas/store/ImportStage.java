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
 * import may commit as it goes, then moved into {@code incident} and {@code source} by one statement each inside one
 * transaction. Until that transaction commits the live tables hold nothing of the import: a crash before it leaves
 * staged rows that the next open empties, a crash during it is rolled back by H2 as a whole.
 */
final class ImportStage implements AutoCloseable {
    private static final String INSERT = "INSERT INTO import_incident (id, replaces, " + IncidentWriter.COLUMNS
            + ") VALUES (?, ?" + ", ?".repeat(IncidentWriter.COLUMN_COUNT) + ")";
    private static final String INSERT_SOURCE = "INSERT INTO import_source (incident_id, seq, " + SourceColumns.NAMES
            + ") VALUES (?, ?" + ", ?".repeat(SourceColumns.COUNT) + ")";
    /** The incident columns after the release, as the staging and the live table both name them. */
    private static final String AFTER_RELEASE = IncidentWriter.COLUMNS.substring("release_id, ".length());
    private static final int BATCH = 1000;

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
     * Moves what is staged into the live tables, in the caller's transaction: the incidents it replaces are deleted
     * (their reports with them), the releases it brings are created, then one {@code INSERT ... SELECT} per table
     * appends the rows in their order, numbered from the first free row id.
     */
    void moveIntoPlace() throws SQLException {
        flush();
        if (staged == 0) {
            return;
        }
        deleteReplaced();
        String release = releaseExpression();
        long offset = firstFreeRow(c) - 1;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident (id, release_id, " + AFTER_RELEASE
                + ") SELECT id + ?, " + release + ", " + AFTER_RELEASE + " FROM import_incident ORDER BY id")) {
            ps.setLong(1, offset);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source (incident_id, seq, " + SourceColumns.NAMES
                + ") SELECT incident_id + ?, seq, " + SourceColumns.NAMES + " FROM import_source")) {
            ps.setLong(1, offset);
            ps.executeUpdate();
        }
    }

    private void deleteReplaced() throws SQLException {
        try (PreparedStatement find = c.prepareStatement(
                "SELECT dataset_key, original_id FROM import_incident WHERE replaces");
                PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM incident WHERE dataset_key = ? AND original_id = ?");
                ResultSet rs = find.executeQuery()) {
            int batched = 0;
            while (rs.next()) {
                delete.setString(1, rs.getString(1));
                delete.setString(2, rs.getString(2));
                delete.addBatch();
                if (++batched % BATCH == 0) {
                    delete.executeBatch();
                }
            }
            delete.executeBatch();
        }
    }

    /** Creates the releases the import brings; the SQL that turns a staged release number into the real one. */
    private String releaseExpression() throws SQLException {
        if (newReleases.isEmpty()) {
            return "release_id";
        }
        StringBuilder sql = new StringBuilder("CASE release_id");
        for (int k = 0; k < newReleases.size(); k++) {
            Provenance p = newReleases.get(k);
            Integer id = findRelease(p);
            sql.append(" WHEN ").append(-(k + 1)).append(" THEN ").append(id != null ? id : createRelease(p));
        }
        return sql.append(" ELSE release_id END").toString();
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
            LongHashSet held = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT original_id FROM incident WHERE dataset_key = ?")) {
                ps.setString(1, dataset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        held = held == null ? new LongHashSet() : held;
                        held.add(IncidentBatch.hash(new IncidentId(dataset, rs.getString(1))));
                    }
                }
            }
            heldBefore.put(dataset, held);
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

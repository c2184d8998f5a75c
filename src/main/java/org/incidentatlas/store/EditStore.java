package org.incidentatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.AttachedReport;
import org.incidentatlas.domain.Change;
import org.incidentatlas.domain.Edit;
import org.incidentatlas.domain.EditKind;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;

/**
 * The history of a researcher's coding and their reports on any incident. Each save is one transaction: the incident,
 * its history and its attached reports change together or not at all, so a crash loses at most the save it caught.
 */
public final class EditStore {
    private final Database db;
    private final Clock clock;

    public EditStore(Database db) {
        this(db, Clock.systemUTC());
    }

    public EditStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Work on one incident inside one transaction. */
    @FunctionalInterface
    public interface EditWork<T> {
        T run(EditSession session) throws SQLException;
    }

    /**
     * Runs {@code work} on incident {@code id} in one transaction: everything it wrote is committed when it returns,
     * and nothing is when it throws (its exception passes through).
     */
    public <T> T inOneEdit(IncidentId id, EditWork<T> work) {
        return written(db.inTransaction(c -> work.run(new EditSession(c, id, clock.instant()))));
    }

    /**
     * Writes what was just committed to the database file before the save counts as done. H2 keeps commits in memory
     * for up to half a second (its write delay); a process killed then would lose saves it had already reported.
     */
    private <T> T written(T result) {
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
            return null;
        });
        return result;
    }

    /** Work on several incidents inside one transaction: {@code open} gives the session of each. */
    @FunctionalInterface
    public interface ManyEdits<T> {
        T run(java.util.function.Function<IncidentId, EditSession> open) throws SQLException;
    }

    /** Runs {@code work} on several incidents in one transaction: all of it is committed, or none. */
    public <T> T inOneTransaction(ManyEdits<T> work) {
        return written(db.inTransaction(c -> {
            java.time.Instant now = clock.instant();
            return work.run(id -> new EditSession(c, id, now));
        }));
    }

    /** Whether a dataset of this name exists and may be edited. */
    public boolean editable(String dataset) {
        return db.read(c -> editable(c, dataset));
    }

    /** Whether a dataset of this name exists. */
    public boolean exists(String dataset) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM dataset WHERE dataset_key = ?")) {
                ps.setString(1, dataset);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The editable datasets, by name. */
    public List<String> editableDatasets() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT dataset_key FROM dataset WHERE editable ORDER BY dataset_key")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** The actors already in the database (side A or B), for a coder to pick from; at most {@code limit}. */
    public List<String> knownActors(int limit) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a FROM (SELECT side_a AS a FROM incident UNION "
                    + "SELECT side_b FROM incident) WHERE a IS NOT NULL ORDER BY a LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** Every edit of one incident, oldest first. */
    public List<Edit> history(IncidentId id) {
        return db.read(c -> edits(c, "incident_dataset = ? AND incident_id = ?", id.dataset(), id.originalId()));
    }

    /** Every edit kept in one dataset, oldest first (what an export of the dataset carries). */
    public List<Edit> historyOf(String dataset) {
        return db.read(c -> edits(c, "dataset_key = ?", dataset));
    }

    /** The researchers' reports on one incident, by dataset and then in order. */
    public List<AttachedReport> attachedReports(IncidentId id) {
        return db.read(c -> attached(c, "incident_dataset = ? AND incident_id = ?", id.dataset(), id.originalId()));
    }

    /** Every report one dataset holds on incidents of other datasets. */
    public List<AttachedReport> attachedReportsOf(String dataset) {
        return db.read(c -> attached(c, "dataset_key = ?", dataset));
    }

    /**
     * Puts a dataset as another database exported it into this one, in one transaction: the dataset (editable, with its
     * citation), its incidents, its history and its reports on other datasets' incidents. The edits keep their times,
     * kinds, notes, undone marks and order, and an undo or redo still names the edit it took back (their numbers are
     * this database's own).
     *
     * @throws IllegalArgumentException when a dataset of that name is already here (nothing is changed)
     */
    public void restore(String dataset, String citation, List<Incident> incidents, List<Edit> edits,
            List<AttachedReport> reports) {
        new org.incidentatlas.domain.Provenance(dataset, null, "-", null); // checks the key's spelling
        db.inTransaction(c -> {
            DatasetRegistry.insert(c, dataset, citation, true);
            try (IncidentWriter writer = new IncidentWriter(c)) {
                for (Incident i : incidents) {
                    writer.write(i);
                }
                writer.flush();
            }
            Map<Long, Long> numbers = new LinkedHashMap<>();
            for (Edit e : edits) {
                Long reverts = e.reverts() == null ? null : numbers.get(e.reverts());
                long id = insertEdit(c, new Edit(0, dataset, e.incident(), e.at(), e.kind(), reverts, e.undone(),
                        e.note(), e.changes()));
                numbers.put(e.id(), id);
            }
            for (AttachedReport r : reports) {
                insertAttached(c, new AttachedReport(dataset, r.incident(), r.report()),
                        nextSeq(c, dataset, r.incident()));
            }
            return null;
        });
        written(null);
    }

    static boolean editable(Connection c, String dataset) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT editable FROM dataset WHERE dataset_key = ?")) {
            ps.setString(1, dataset);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    static long insertEdit(Connection c, Edit e) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_edit (dataset_key, incident_dataset, "
                + "incident_id, made_at, kind, reverts, undone, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, e.dataset());
            ps.setString(2, e.incident().dataset());
            ps.setString(3, e.incident().originalId());
            ps.setTimestamp(4, Timestamp.from(e.at()));
            ps.setString(5, e.kind().name());
            if (e.reverts() == null) {
                ps.setNull(6, Types.BIGINT);
            } else {
                ps.setLong(6, e.reverts());
            }
            ps.setBoolean(7, e.undone());
            ps.setString(8, e.note());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_change (edit_id, seq, field, old_value, "
                + "new_value) VALUES (?, ?, ?, ?, ?)")) {
            for (int k = 0; k < e.changes().size(); k++) {
                Change ch = e.changes().get(k);
                ps.setLong(1, id);
                ps.setInt(2, k);
                ps.setString(3, ch.field());
                ps.setString(4, ch.before());
                ps.setString(5, ch.after());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    static List<Edit> edits(Connection c, String where, String... args) throws SQLException {
        List<Edit> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, dataset_key, incident_dataset, incident_id, "
                + "made_at, kind, reverts, undone, note FROM incident_edit WHERE " + where + " ORDER BY id");
                PreparedStatement changes = c.prepareStatement("SELECT field, old_value, new_value FROM "
                        + "incident_change WHERE edit_id = ? ORDER BY seq")) {
            for (int k = 0; k < args.length; k++) {
                ps.setString(k + 1, args[k]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long reverts = rs.getLong(7);
                    Long revertsOrNull = rs.wasNull() ? null : reverts;
                    out.add(new Edit(id, rs.getString(2), new IncidentId(rs.getString(3), rs.getString(4)),
                            rs.getTimestamp(5).toInstant(), EditKind.valueOf(rs.getString(6)), revertsOrNull,
                            rs.getBoolean(8), rs.getString(9), changes(changes, id)));
                }
            }
        }
        return out;
    }

    private static List<Change> changes(PreparedStatement ps, long editId) throws SQLException {
        List<Change> out = new ArrayList<>();
        ps.setLong(1, editId);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Change(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    static List<AttachedReport> attached(Connection c, String where, String... args) throws SQLException {
        List<AttachedReport> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM attached_report WHERE " + where
                + " ORDER BY dataset_key, incident_dataset, incident_id, seq")) {
            for (int k = 0; k < args.length; k++) {
                ps.setString(k + 1, args[k]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AttachedReport(rs.getString("DATASET_KEY"), new IncidentId(
                            rs.getString("INCIDENT_DATASET"), rs.getString("INCIDENT_ID")),
                            IncidentRowMapper.source(rs)));
                }
            }
        }
        return out;
    }

    static void insertAttached(Connection c, AttachedReport r, int seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attached_report (dataset_key, incident_dataset, "
                + "incident_id, seq, " + SourceColumns.NAMES + ") VALUES (?, ?, ?, ?"
                + ", ?".repeat(SourceColumns.COUNT) + ")")) {
            ps.setString(1, r.dataset());
            ps.setString(2, r.incident().dataset());
            ps.setString(3, r.incident().originalId());
            ps.setInt(4, seq);
            SourceColumns.bind(ps, 4, r.report());
            ps.executeUpdate();
        }
    }

    private static int nextSeq(Connection c, String dataset, IncidentId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq) + 1, 0) FROM attached_report "
                + "WHERE dataset_key = ? AND incident_dataset = ? AND incident_id = ?")) {
            ps.setString(1, dataset);
            ps.setString(2, id.dataset());
            ps.setString(3, id.originalId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}

package org.incidentatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.CommonCategory;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.Source;

/** Writes incidents on one connection, inside the caller's transaction. An incident with a known key is replaced. */
final class IncidentWriter implements AutoCloseable {
    /** An incident row's columns after its id, in the order {@link #bind} binds them. */
    static final String COLUMNS = "release_id, dataset_key, original_id, "
            + "date_start, date_end, date_prec, place_name, adm1, adm2, latitude, longitude, where_prec, side_a, "
            + "side_b, claim_status, violence_type, method, deaths_low, deaths_best, deaths_high, deaths_side_a, "
            + "deaths_side_b, deaths_civilians, deaths_unknown, wounded_low, wounded_best, wounded_high, missing_low, "
            + "missing_best, missing_high, reported_source_count, event_clarity, original_sources, note, attributes, "
            + "category, event_type";
    static final int COLUMN_COUNT = 37;
    private static final String INSERT_INCIDENT = "INSERT INTO incident (" + COLUMNS + ") VALUES (?"
            + ",?".repeat(COLUMN_COUNT - 1) + ")";
    private static final String INSERT_SOURCE = "INSERT INTO source (incident_id, seq, " + SourceColumns.NAMES
            + ") VALUES (?, ?" + ", ?".repeat(SourceColumns.COUNT) + ")";

    private final Connection c;
    private final PreparedStatement deleteIncident;
    private final PreparedStatement insertIncident;
    private final PreparedStatement insertSource;
    private final Map<Provenance, Integer> releases = new HashMap<>();
    /**
     * Per dataset: hashes of the ids it held when this writer first met it (only those may be replaced), or null
     * when it held none.
     */
    private final Map<String, LongHashSet> heldBefore = new HashMap<>();
    private int pending;

    IncidentWriter(Connection c) throws SQLException {
        this.c = c;
        deleteIncident = c.prepareStatement("DELETE FROM incident WHERE dataset_key = ? AND original_id = ?");
        insertIncident = c.prepareStatement(INSERT_INCIDENT, Statement.RETURN_GENERATED_KEYS);
        insertSource = c.prepareStatement(INSERT_SOURCE);
    }

    void write(Incident incident) throws SQLException {
        Provenance p = incident.provenance();
        LongHashSet held = heldBefore(p.dataset());
        if (held != null && held.contains(IncidentBatch.hash(incident.id()))) {
            deleteIncident.setString(1, p.dataset());
            deleteIncident.setString(2, p.originalId());
            deleteIncident.executeUpdate();
        }
        long id = insertIncident(incident, release(p));
        List<Source> reports = incident.sourcing().reports();
        for (int i = 0; i < reports.size(); i++) {
            bindSource(id, i, reports.get(i));
            insertSource.addBatch();
        }
        if (++pending == 1000) {
            flush();
        }
    }

    /**
     * The hashes of the ids {@code dataset} held when this writer first met it, or null when it held none. Only an
     * incident whose id hash is among them can replace one, so only those are looked up and deleted before their
     * insert: a new release's or a new dataset's incidents go straight in (a hash hit is only a candidate; the delete
     * looks at the id itself). A second record with the same id in one batch is caught before it gets here (see
     * IncidentBatch).
     */
    private LongHashSet heldBefore(String dataset) throws SQLException {
        if (!heldBefore.containsKey(dataset)) {
            heldBefore.put(dataset, IncidentBatch.idHashesOf(c, dataset));
        }
        return heldBefore.get(dataset);
    }

    /** Sends batched source rows; call before commit. */
    void flush() throws SQLException {
        pending = 0;
        insertSource.executeBatch();
    }

    private long insertIncident(Incident in, int releaseId) throws SQLException {
        bind(insertIncident, 0, in, releaseId);
        insertIncident.executeUpdate();
        try (ResultSet keys = insertIncident.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** Binds the incident's {@link #COLUMNS} from parameter {@code i + 1} on; returns the last index bound. */
    static int bind(PreparedStatement s, int i, Incident in, int releaseId) throws SQLException {
        return bind(ColumnSink.of(s), i, in, releaseId);
    }

    /** As above, into any {@link ColumnSink} (a staged record). */
    static int bind(ColumnSink s, int i, Incident in, int releaseId) throws SQLException {
        s.setInt(++i, releaseId);
        s.setString(++i, in.provenance().dataset());
        s.setString(++i, in.provenance().originalId());
        s.setDay(++i, in.dates().start());
        s.setDay(++i, in.dates().end());
        s.setInt(++i, in.dates().precision().gedCode());
        s.setString(++i, in.place().name());
        s.setString(++i, in.place().adm1());
        s.setString(++i, in.place().adm2());
        s.setDouble(++i, in.place().latitude());
        s.setDouble(++i, in.place().longitude());
        s.setInt(++i, in.place().precision().gedCode());
        s.setString(++i, in.actors().sideA());
        s.setString(++i, in.actors().sideB());
        s.setString(++i, in.actors().claim().name());
        s.setInt(++i, in.type().gedCode());
        s.setString(++i, in.method());
        Casualties k = in.casualties();
        i = setEstimate(s, i, k.deaths());
        s.setInt(++i, k.deathsSideA());
        s.setInt(++i, k.deathsSideB());
        s.setInt(++i, k.deathsCivilians());
        s.setInt(++i, k.deathsUnknown());
        i = setEstimate(s, i, k.wounded());
        i = setEstimate(s, i, k.missing());
        setInteger(s, ++i, in.sourcing().reportedCount());
        setInteger(s, ++i, in.sourcing().eventClarity());
        s.setString(++i, in.sourcing().originalSources());
        s.setString(++i, in.note());
        s.setString(++i, Attributes.toJson(in.attributes()));
        s.setInt(++i, in.category().code());
        s.setString(++i, in.attributes().get(CommonCategory.EVENT_TYPE));
        return i;
    }

    private void bindSource(long incidentId, int seq, Source src) throws SQLException {
        insertSource.setLong(1, incidentId);
        insertSource.setInt(2, seq);
        SourceColumns.bind(insertSource, 2, src);
    }

    private int release(Provenance p) throws SQLException {
        Provenance key = new Provenance(p.dataset(), p.version(), "-", p.licence());
        Integer known = releases.get(key);
        if (known != null) {
            return known;
        }
        try (PreparedStatement find = c.prepareStatement("SELECT id FROM dataset_release WHERE dataset_key = ? "
                + "AND version IS NOT DISTINCT FROM ? AND licence IS NOT DISTINCT FROM ?")) {
            find.setString(1, p.dataset());
            find.setString(2, p.version());
            find.setString(3, p.licence());
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    releases.put(key, rs.getInt(1));
                    return rs.getInt(1);
                }
            }
        }
        try (PreparedStatement dataset = c.prepareStatement(
                "MERGE INTO dataset (dataset_key) KEY (dataset_key) VALUES (?)")) {
            dataset.setString(1, p.dataset());
            dataset.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO dataset_release (dataset_key, version, licence) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, p.dataset());
            insert.setString(2, p.version());
            insert.setString(3, p.licence());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                releases.put(key, keys.getInt(1));
                return keys.getInt(1);
            }
        }
    }

    private static int setEstimate(ColumnSink s, int i, Estimate e) throws SQLException {
        setInteger(s, i + 1, e == null ? null : e.low());
        setInteger(s, i + 2, e == null ? null : e.best());
        setInteger(s, i + 3, e == null ? null : e.high());
        return i + 3;
    }

    private static void setInteger(ColumnSink s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        deleteIncident.close();
        insertIncident.close();
        insertSource.close();
    }
}

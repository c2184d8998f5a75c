package org.incidentatlas.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.domain.Incident;

/**
 * Reads whole incidents with their sources in bulk, for exports: the incident rows and the source rows are read side
 * by side, each in row-id order along its primary key, so memory stays flat however many there are and no query runs
 * per incident.
 */
final class IncidentStream {
    private static final int FETCH = 2_000;
    // Upper case, as H2 looks columns up: a name that needs no change keeps its cached hash.
    private static final String ID = "ID";
    private static final String INCIDENT_ID = "INCIDENT_ID";
    private static final String ATTRIBUTES = "ATTRIBUTES";

    private IncidentStream() {
    }

    /**
     * Hands every incident whose row id is in {@code rowIds} (ascending; null for every incident) to {@code sink}, in
     * row-id order; returns how many. The two reads run lazily (H2 streams their rows instead of buffering them).
     */
    static long forEach(Connection c, long[] rowIds, IncidentRepository.IncidentSink sink)
            throws SQLException, IOException {
        if (rowIds != null && rowIds.length == 0) {
            return 0;
        }
        lazy(c, true);
        try {
            return read(c, rowIds, sink);
        } finally {
            lazy(c, false);
        }
    }

    private static void lazy(Connection c, boolean on) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }

    private static long read(Connection c, long[] rowIds, IncidentRepository.IncidentSink sink)
            throws SQLException, IOException {
        boolean all = rowIds == null;
        long first = all ? Long.MIN_VALUE : rowIds[0];
        long last = all ? Long.MAX_VALUE : rowIds[rowIds.length - 1];
        try (PreparedStatement incidents = c.prepareStatement(IncidentRowMapper.SELECT_INCIDENT
                + "WHERE i.id BETWEEN ? AND ? ORDER BY i.id");
                PreparedStatement sources = c.prepareStatement("SELECT * FROM source "
                        + "WHERE incident_id BETWEEN ? AND ? ORDER BY incident_id, seq")) {
            incidents.setFetchSize(FETCH);
            sources.setFetchSize(FETCH);
            incidents.setLong(1, first);
            incidents.setLong(2, last);
            sources.setLong(1, first);
            sources.setLong(2, last);
            try (ResultSet ir = incidents.executeQuery(); ResultSet sr = sources.executeQuery()) {
                boolean sourceRow = sr.next();
                int next = 0;
                long written = 0;
                int wanted = all ? Integer.MAX_VALUE : rowIds.length;
                while (next < wanted && ir.next()) {
                    long id = ir.getLong(ID);
                    while (!all && next < wanted && rowIds[next] < id) {
                        next++;
                    }
                    while (sourceRow && sr.getLong(INCIDENT_ID) < id) {
                        sourceRow = sr.next();
                    }
                    if (!all && (next >= wanted || rowIds[next] != id)) {
                        continue;
                    }
                    List<org.incidentatlas.domain.Source> own = new ArrayList<>(2);
                    while (sourceRow && sr.getLong(INCIDENT_ID) == id) {
                        own.add(IncidentRowMapper.source(sr));
                        sourceRow = sr.next();
                    }
                    Incident incident = IncidentRowMapper.incident(ir, own,
                            Attributes.fromJson(ir.getString(ATTRIBUTES)));
                    sink.accept(incident);
                    written++;
                    next++;
                }
                return written;
            }
        }
    }

    /** Runs {@link #forEach} through {@link Database#read}, letting the sink's IOException through. */
    static long forEach(Database db, long[] rowIds, IncidentRepository.IncidentSink sink) throws IOException {
        try {
            return db.read(c -> {
                try {
                    return forEach(c, rowIds, sink);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

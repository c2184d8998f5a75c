package org.incidentatlas.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Source;

/**
 * Reads whole incidents with their sources in bulk, for exports: a page of incident rows at a time in row-id order
 * along the primary key, then the sources of that page along theirs, joined in memory; memory stays flat however
 * many there are, no query runs per incident, and no result set stays open while the sink works on the rows.
 */
final class IncidentStream {
    private static final int PAGE = 5_000;
    private static final String ATTRIBUTES = "ATTRIBUTES";
    // Upper case, as H2 looks columns up: a name that needs no change keeps its cached hash.
    private static final String ID = "ID";
    private static final String INCIDENT_ID = "INCIDENT_ID";

    private IncidentStream() {
    }

    /**
     * Hands every incident whose row id is in {@code rowIds} (ascending; null for every incident) to {@code sink}, in
     * row-id order; returns how many. Works a page of {@link #PAGE} row ids at a time: the page's sources, then its
     * incidents, each query done before the sink sees a row, so no result set stays open across pages and memory
     * stays flat.
     */
    static long forEach(Connection c, long[] rowIds, IncidentRepository.IncidentSink sink)
            throws SQLException, IOException {
        boolean all = rowIds == null;
        if (!all && rowIds.length == 0) {
            return 0;
        }
        long after = all ? Long.MIN_VALUE : rowIds[0] - 1;
        long written = 0;
        try (PreparedStatement sources = c.prepareStatement("SELECT * FROM source "
                + "WHERE incident_id > ? AND incident_id <= ? ORDER BY incident_id, seq");
                PreparedStatement incidents = c.prepareStatement(IncidentRowMapper.SELECT_INCIDENT
                        + "WHERE i.id > ? AND i.id <= ? ORDER BY i.id")) {
            long[] bounds = bounds(c);
            if (bounds == null) {
                return 0;
            }
            long last = all ? bounds[1] : Math.min(bounds[1], rowIds[rowIds.length - 1]);
            after = Math.max(after, bounds[0] - 1);
            int next = 0;
            while (after < last) {
                if (!all) {
                    // Skip the ranges that hold no wanted row (a filtered export of scattered incidents).
                    after = Math.max(after, rowIds[next] - 1);
                }
                // Pages are ranges of ids, not counts of rows: finding where PAGE rows end would read them twice.
                long pageLast = Math.min(last, after + PAGE);
                Map<Long, List<Source>> own = sources(sources, after, pageLast, all ? null : rowIds, next);
                incidents.setLong(1, after);
                incidents.setLong(2, pageLast);
                List<Incident> page = new ArrayList<>();
                try (ResultSet ir = incidents.executeQuery()) {
                    while (ir.next()) {
                        long id = ir.getLong(ID);
                        while (!all && next < rowIds.length && rowIds[next] < id) {
                            next++;
                        }
                        if (all || next < rowIds.length && rowIds[next] == id) {
                            page.add(IncidentRowMapper.incident(ir, own.getOrDefault(id, List.of()),
                                    Attributes.fromJson(ir.getString(ATTRIBUTES))));
                        }
                    }
                }
                for (Incident i : page) {
                    sink.accept(i);
                }
                written += page.size();
                after = pageLast;
                if (!all && next >= rowIds.length) {
                    break;
                }
            }
            return written;
        }
    }

    /** The smallest and largest incident row id, or null when there are no incidents. */
    private static long[] bounds(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(id), MAX(id) FROM incident");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            long min = rs.getLong(1);
            return rs.wasNull() ? null : new long[] {min, rs.getLong(2)};
        }
    }

    /** The sources of the wanted incidents in (after, pageLast], by incident id, in report order. */
    private static Map<Long, List<Source>> sources(PreparedStatement sources, long after, long pageLast,
            long[] rowIds, int from) throws SQLException {
        sources.setLong(1, after);
        sources.setLong(2, pageLast);
        Map<Long, List<Source>> out = new HashMap<>();
        int next = from;
        try (ResultSet sr = sources.executeQuery()) {
            while (sr.next()) {
                long id = sr.getLong(INCIDENT_ID);
                while (rowIds != null && next < rowIds.length && rowIds[next] < id) {
                    next++;
                }
                if (rowIds == null || next < rowIds.length && rowIds[next] == id) {
                    out.computeIfAbsent(id, k -> new ArrayList<>(2)).add(IncidentRowMapper.source(sr));
                }
            }
        }
        return out;
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

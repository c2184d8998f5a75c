package org.incidentatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.incidentatlas.domain.IncidentFacts;

/**
 * Reads {@link IncidentFacts} for every incident: in pages of row ids (each page's incidents, then their sources, by
 * key), so memory stays flat however many there are.
 */
public final class IncidentFactsQuery {
    private static final int PAGE = 20_000;

    private final Database db;

    public IncidentFactsQuery(Database db) {
        this.db = db;
    }

    /** Every incident, ordered by start date and row id (the order of {@link IncidentRepository#points()}). */
    public List<IncidentFacts> all() {
        List<IncidentFacts> facts = new ArrayList<>();
        forEach(facts::add);
        facts.sort(Comparator.comparing(IncidentFacts::start).thenComparingLong(IncidentFacts::rowId));
        return facts;
    }

    /** Hands every incident's facts to {@code sink} in row-id order, on the calling thread; returns how many. */
    public long forEach(Consumer<IncidentFacts> sink) {
        return db.read(c -> forEach(c, Long.MAX_VALUE, sink));
    }

    /** As {@link #forEach(Consumer)}, on {@code c}, for the incidents whose row id is at most {@code upTo}. */
    static long forEach(Connection c, long upTo, Consumer<IncidentFacts> sink) throws SQLException {
        long last;
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM incident");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            last = Math.min(upTo, rs.getLong(1));
        }
        long count = 0;
        try (PreparedStatement incidents = c.prepareStatement("SELECT id, dataset_key, original_id, date_start, "
                + "date_end, date_prec, place_name, adm1, adm2, latitude, longitude, where_prec, side_a, side_b, "
                + "violence_type, deaths_low, deaths_best, deaths_high, method, category, event_type FROM incident "
                + "WHERE id >= ? AND id < ? ORDER BY id");
                PreparedStatement sources = c.prepareStatement("SELECT incident_id, outlet, title, quoted "
                        + "FROM source WHERE incident_id >= ? AND incident_id < ? ORDER BY incident_id, seq")) {
            for (long from = 1; from <= last; from += PAGE) {
                count += page(incidents, sources, from, Math.min(from + PAGE, last + 1), sink);
            }
        }
        return count;
    }

    private static int page(PreparedStatement incidents, PreparedStatement sources, long from, long to,
            Consumer<IncidentFacts> sink) throws SQLException {
        Map<Long, StringBuilder> texts = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        sources.setLong(1, from);
        sources.setLong(2, to);
        try (ResultSet rs = sources.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                StringBuilder b = texts.computeIfAbsent(id, k -> new StringBuilder());
                append(b, rs.getString(2));
                append(b, rs.getString(3));
                append(b, rs.getString(4));
                counts.merge(id, 1, Integer::sum);
            }
        }
        int n = 0;
        incidents.setLong(1, from);
        incidents.setLong(2, to);
        try (ResultSet rs = incidents.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                StringBuilder text = new StringBuilder();
                append(text, rs.getString(7));
                append(text, rs.getString(8));
                append(text, rs.getString(9));
                append(text, rs.getString(13));
                append(text, rs.getString(14));
                append(text, rs.getString(19));
                StringBuilder words = texts.get(id);
                if (words != null) {
                    text.append(words);
                }
                sink.accept(new IncidentFacts(id, rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getDouble(10), rs.getDouble(11),
                        rs.getInt(12), rs.getString(13), rs.getString(14), rs.getInt(15), rs.getInt(16),
                        rs.getInt(17), rs.getInt(18), counts.getOrDefault(id, 0), text.toString(), rs.getInt(20),
                        rs.getString(21), rs.getString(19)));
                n++;
            }
        }
        return n;
    }

    /**
     * The facts of a staged record as it is moved into place under row id {@code rowId}: {@code v} its incident's
     * column values in the order of {@code IncidentWriter.COLUMNS}, {@code reports} its reports' values in the order
     * of {@code SourceColumns.NAMES}, as {@link StagedRecord#read} gives them. The same facts as reading the incident
     * back gives.
     */
    static IncidentFacts ofStaged(long rowId, Object[] v, java.util.List<Object[]> reports) {
        StringBuilder text = new StringBuilder();
        for (int k : new int[] {6, 7, 8, 12, 13, 16}) {
            append(text, (String) v[k]);
        }
        for (Object[] r : reports) {
            append(text, (String) r[0]);
            append(text, (String) r[2]);
            append(text, (String) r[4]);
        }
        return new IncidentFacts(rowId, (String) v[1], (String) v[2], (LocalDate) v[3], (LocalDate) v[4],
                (Integer) v[5], (String) v[6], (String) v[7], (String) v[8], (Double) v[9], (Double) v[10],
                (Integer) v[11], (String) v[12], (String) v[13], (Integer) v[15], (Integer) v[17], (Integer) v[18],
                (Integer) v[19], reports.size(), text.toString(), (Integer) v[35], (String) v[36], (String) v[16]);
    }

    private static void append(StringBuilder b, String text) {
        if (text != null) {
            b.append(text).append('\n');
        }
    }
}

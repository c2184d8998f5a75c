package org.incidentatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.IncidentFacts;

/** Reads {@link IncidentFacts} for every incident in two queries (incidents, then all their sources). */
public final class IncidentFactsQuery {
    private final Database db;

    public IncidentFactsQuery(Database db) {
        this.db = db;
    }

    /** Every incident, ordered by start date and row id (the order of {@link IncidentRepository#points()}). */
    public List<IncidentFacts> all() {
        return db.read(c -> {
            Map<Long, StringBuilder> texts = new HashMap<>();
            Map<Long, Integer> counts = new HashMap<>();
            readSources(c, texts, counts);
            List<IncidentFacts> facts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, dataset_key, original_id, date_start, "
                    + "date_end, date_prec, place_name, adm1, adm2, latitude, longitude, where_prec, side_a, side_b, "
                    + "violence_type, deaths_low, deaths_best, deaths_high, method FROM incident "
                    + "ORDER BY date_start, id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    StringBuilder text = new StringBuilder();
                    append(text, rs.getString(7));
                    append(text, rs.getString(8));
                    append(text, rs.getString(9));
                    append(text, rs.getString(13));
                    append(text, rs.getString(14));
                    append(text, rs.getString(19));
                    StringBuilder sources = texts.get(id);
                    if (sources != null) {
                        text.append(sources);
                    }
                    facts.add(new IncidentFacts(id, rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getDouble(10), rs.getDouble(11), rs.getInt(12), rs.getString(13),
                            rs.getString(14), rs.getInt(15), rs.getInt(16), rs.getInt(17), rs.getInt(18),
                            counts.getOrDefault(id, 0), text.toString()));
                }
            }
            return facts;
        });
    }

    private static void readSources(Connection c, Map<Long, StringBuilder> texts, Map<Long, Integer> counts)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT incident_id, outlet, title, quoted FROM source");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                StringBuilder b = texts.computeIfAbsent(id, k -> new StringBuilder());
                append(b, rs.getString(2));
                append(b, rs.getString(3));
                append(b, rs.getString(4));
                counts.merge(id, 1, Integer::sum);
            }
        }
    }

    private static void append(StringBuilder b, String text) {
        if (text != null) {
            b.append(text).append('\n');
        }
    }
}

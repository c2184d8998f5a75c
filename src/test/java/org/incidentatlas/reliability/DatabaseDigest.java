package org.incidentatlas.reliability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.incidentatlas.store.Database;

/**
 * A SHA-256 over every row of every table, by content: generated row ids are replaced by the natural keys they stand
 * for, so two databases holding the same incidents have the same digest however they were written, and any changed,
 * missing or extra value anywhere changes it. Also checks referential integrity.
 */
public final class DatabaseDigest {
    private static final List<String> SURROGATES = List.of("ID", "RELEASE_ID", "INCIDENT_ID", "APPLIED_AT");

    private DatabaseDigest() {
    }

    public static String of(Database db) {
        return db.read(DatabaseDigest::of);
    }

    /** Rows per table, to say how two databases whose digests differ differ. */
    public static java.util.Map<String, Long> rowCounts(Database db) {
        return db.read(c -> {
            java.util.Map<String, Long> counts = new java.util.TreeMap<>();
            for (String table : tables(c)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                        ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        });
    }

    public static String of(Connection c) throws SQLException {
        MessageDigest sha = sha256();
        List<String> tables = tables(c);
        for (String table : tables) {
            String cols = String.join(", ", columns(c, table, "t."));
            String sql = switch (table) {
                case "INCIDENT" -> "SELECT r.dataset_key, r.version, r.licence, " + cols
                        + " FROM incident t JOIN dataset_release r ON r.id = t.release_id ORDER BY t.dataset_key, "
                        + "t.original_id";
                case "SOURCE", "INCIDENT_ATTRIBUTE" -> "SELECT i.dataset_key, i.original_id, " + cols + " FROM "
                        + table + " t JOIN incident i ON i.id = t.incident_id ORDER BY 1, 2, 3, 4";
                // The data stamp is renewed by every write: it names a state, it is not part of it.
                case "APP_STATE" -> "SELECT " + cols + " FROM " + table + " t WHERE t.name <> 'data_stamp' ORDER BY "
                        + cols;
                default -> "SELECT " + cols + " FROM " + table + " t ORDER BY " + cols;
            };
            update(sha, "table " + table);
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        String v = rs.getString(i);
                        update(sha, v == null ? "\u0000null" : v);
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Rows whose references lead nowhere, or that a table holds outside its own constraints; empty when sound.
     * Every table is also read whole by {@link #of}, which fails on a damaged file.
     */
    public static List<String> integrityProblems(Database db) {
        return db.read(c -> {
            List<String> problems = new ArrayList<>();
            problem(c, problems, "sources without incident",
                    "SELECT COUNT(*) FROM source s LEFT JOIN incident i ON i.id = s.incident_id WHERE i.id IS NULL");
            problem(c, problems, "incidents without release", "SELECT COUNT(*) FROM incident i "
                    + "LEFT JOIN dataset_release r ON r.id = i.release_id WHERE r.id IS NULL");
            problem(c, problems, "incidents breaking their checks", "SELECT COUNT(*) FROM incident "
                    + "WHERE date_end < date_start OR ABS(latitude) > 90 OR ABS(longitude) > 180 OR deaths_best < 0");
            // No key holds (incident_id, seq) unique since V8: every writer numbers an incident's reports afresh.
            problem(c, problems, "reports sharing an incident and a number", "SELECT COUNT(*) FROM (SELECT "
                    + "incident_id, seq FROM source GROUP BY incident_id, seq HAVING COUNT(*) > 1)");
            problem(c, problems, "index and table disagree on incidents", "SELECT (SELECT COUNT(*) FROM incident) - "
                    + "(SELECT COUNT(*) FROM (SELECT DISTINCT dataset_key, original_id FROM incident))");
            // Each index a move writes into, read whole, against its table (every first column is NOT NULL).
            for (String[] index : secondaryIndexes(c)) {
                problem(c, problems, index[1] + " and table " + index[0] + " disagree", "SELECT (SELECT COUNT(*) FROM "
                        + index[0] + ") - (SELECT COUNT(*) FROM " + index[0] + " USE INDEX (\"" + index[1] + "\") "
                        + "WHERE " + index[2] + " IS NOT NULL)");
            }
            return problems;
        });
    }

    /** Table, name and first column of each index of the incident and source tables but their row keys. */
    private static List<String[]> secondaryIndexes(Connection c) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT x.TABLE_NAME, x.INDEX_NAME, k.COLUMN_NAME "
                + "FROM INFORMATION_SCHEMA.INDEXES x JOIN INFORMATION_SCHEMA.INDEX_COLUMNS k ON k.INDEX_SCHEMA = "
                + "x.INDEX_SCHEMA AND k.INDEX_NAME = x.INDEX_NAME AND k.ORDINAL_POSITION = 1 WHERE x.TABLE_SCHEMA = "
                + "'PUBLIC' AND x.TABLE_NAME IN ('INCIDENT', 'SOURCE') AND x.INDEX_TYPE_NAME <> 'PRIMARY KEY'");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        return out;
    }

    private static void problem(Connection c, List<String> problems, String what, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(1) != 0) {
                problems.add(rs.getLong(1) + " " + what);
            }
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        tables.sort(null);
        return tables;
    }

    private static List<String> columns(Connection c, String table, String prefix) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, "PUBLIC", table, "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                if (!SURROGATES.contains(name)) {
                    columns.add(prefix + name);
                }
            }
        }
        return columns;
    }

    private static void update(MessageDigest sha, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

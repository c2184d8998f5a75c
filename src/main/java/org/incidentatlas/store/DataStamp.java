package org.incidentatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** A random value renewed in every committed write transaction; see {@link IncidentRepository#dataStamp()}. */
final class DataStamp {
    static final String NAME = "data_stamp";

    private DataStamp() {
    }

    /** Writes a new stamp in the caller's transaction. */
    static void renew(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO app_state (name, attr_value) KEY (name) "
                + "VALUES (?, ?)")) {
            ps.setString(1, NAME);
            ps.setString(2, UUID.randomUUID().toString());
            ps.executeUpdate();
        }
    }

    /** The stamp, the number of incidents and the highest row id, as one text. */
    static String read(Connection c) throws SQLException {
        String stamp = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT attr_value FROM app_state WHERE name = ?")) {
            ps.setString(1, NAME);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    stamp = rs.getString(1);
                }
            }
        }
        // Two queries: each alone is answered from the table's metadata or its key, without a scan.
        return stamp + "/" + number(c, "SELECT COUNT(*) FROM incident") + "/"
                + number(c, "SELECT COALESCE(MAX(id), 0) FROM incident");
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

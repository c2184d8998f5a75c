package org.incidentatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The values the application keeps about itself in {@code app_state}, by name (the data stamp, which bundled data
 * were imported, a decided import's note), read and written in the caller's transaction.
 */
final class AppState {
    private AppState() {
    }

    /** The value of {@code name}, or null. */
    static String get(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT attr_value FROM app_state WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Sets {@code name} to {@code value}. */
    static void put(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO app_state (name, attr_value) KEY (name) "
                + "VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /** Removes {@code name} and its value. */
    static void drop(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM app_state WHERE name = ?")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
    }
}

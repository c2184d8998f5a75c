package org.incidentatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** A random value renewed in every committed write transaction; see {@link IncidentRepository#dataStamp()}. */
final class DataStamp {
    static final String NAME = "data_stamp";
    /** The number of incidents, from the table's metadata. */
    static final String INCIDENTS = "SELECT COUNT(*) FROM incident";

    private DataStamp() {
    }

    /** Writes a new stamp in the caller's transaction. */
    static void renew(Connection c) throws SQLException {
        AppState.put(c, NAME, UUID.randomUUID().toString());
    }

    /** The stamp, the number of incidents and the highest row id, as one text. */
    static String read(Connection c) throws SQLException {
        String stamp = AppState.get(c, NAME);
        // Two queries: each alone is answered from the table's metadata or its key, without a scan.
        return stamp + "/" + number(c, INCIDENTS) + "/" + number(c, ImportStage.HIGHEST_ROW_ID);
    }

    /** The number a query of one number answers (a count, a highest id, a setting). */
    static long number(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

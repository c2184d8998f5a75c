package org.incidentatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a database to the current schema with numbered SQL scripts under {@code /db/migration}, each applied once,
 * in order, in its own transaction, and recorded with its checksum. A script that was changed after it was applied is
 * refused rather than silently skipped.
 */
final class Migrations {
    /** {@code ALTER TABLE t DROP PRIMARY KEY}, after the comment lines before it. */
    private static final Pattern DROP_PRIMARY_KEY = Pattern.compile(
            "\\s*(?:--[^\\n]*\\n\\s*)*ALTER TABLE (\\w+) DROP PRIMARY KEY\\s*", Pattern.CASE_INSENSITIVE);
    /** Every script, oldest first. Add new ones at the end; never edit an applied one. */
    static final List<String> SCRIPTS = List.of("V1__incidents.sql", "V2__datasets.sql", "V3__history.sql",
            "V4__drop_unused_position_index.sql", "V5__report_language.sql", "V6__common_category.sql",
            "V7__import_staging.sql", "V8__lean_import_indexes.sql");

    private Migrations() {
    }

    static int apply(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "script VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, "
                    + "applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
        }
        int applied = 0;
        for (int i = 0; i < SCRIPTS.size(); i++) {
            int version = i + 1;
            String script = SCRIPTS.get(i);
            String sql = load(script);
            String checksum = sha256(sql);
            String recorded = recordedChecksum(c, version);
            if (recorded != null) {
                if (!recorded.equals(checksum)) {
                    throw new SQLException("migration " + script + " differs from the one applied to this database");
                }
                continue;
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String statement : sql.split(";\\s*(\\r?\\n|$)")) {
                    if (hasCode(statement) && !alreadyDone(c, statement)) {
                        s.execute(statement);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, script, checksum) VALUES (?, ?, ?)")) {
                    ps.setInt(1, version);
                    ps.setString(2, script);
                    ps.setString(3, checksum);
                    ps.executeUpdate();
                }
                c.commit();
                applied++;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
        return applied;
    }

    static int currentVersion() {
        return SCRIPTS.size();
    }

    /**
     * Whether {@code statement} is one that a kill may have left applied while its script is not recorded: H2 commits
     * a structure change at once, so a script runs again after a kill between such a statement and the record. Most
     * of them say {@code IF EXISTS}; dropping a primary key cannot, so it counts as done when the key is gone.
     */
    private static boolean alreadyDone(Connection c, String statement) throws SQLException {
        Matcher m = DROP_PRIMARY_KEY.matcher(statement);
        if (!m.matches()) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND CONSTRAINT_TYPE = 'PRIMARY KEY'")) {
            ps.setString(1, m.group(1).toUpperCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 0;
            }
        }
    }

    private static boolean hasCode(String statement) {
        return statement.lines().anyMatch(l -> !l.isBlank() && !l.strip().startsWith("--"));
    }

    private static String recordedChecksum(Connection c, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT checksum FROM schema_version WHERE version = ?")) {
            ps.setInt(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the application: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration script " + script, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

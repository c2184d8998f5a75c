package org.incidentatlas.store;

import org.incidentatlas.domain.DatasetSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.DatasetCredits;
import org.incidentatlas.domain.DatasetRelease;

/**
 * The datasets in the database: each has a name (its key), releases (version and licence), a citation and whether
 * its incidents may be edited. An import registers the dataset of its incidents; {@link #remove} takes one out whole.
 */
public final class DatasetRegistry {
    private final Database db;

    public DatasetRegistry(Database db) {
        this.db = db;
    }

    /** Every dataset with its totals, in the order of {@link DatasetCredits#datasets()} then the empty ones. */
    public List<DatasetSummary> list() {
        return db.read(c -> {
            DatasetCredits credits = credits(c);
            Map<String, Boolean> editable = new HashMap<>();
            List<String> names = new ArrayList<>(credits.datasets());
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT dataset_key, editable FROM dataset ORDER BY dataset_key")) {
                while (rs.next()) {
                    editable.put(rs.getString(1), rs.getBoolean(2));
                    if (!names.contains(rs.getString(1))) {
                        names.add(rs.getString(1));
                    }
                }
            }
            List<DatasetSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), "
                    + "COALESCE(SUM(CAST(deaths_best AS BIGINT)), 0), MIN(date_start), MAX(date_end) FROM incident "
                    + "WHERE dataset_key = ?")) {
                for (String name : names) {
                    ps.setString(1, name);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        out.add(new DatasetSummary(name, rs.getLong(1), rs.getLong(2),
                                rs.getObject(3, java.time.LocalDate.class), rs.getObject(4, java.time.LocalDate.class),
                                emptyAsNull(credits.versions(name)), emptyAsNull(credits.licences(name)),
                                credits.citation(name), editable.getOrDefault(name, false)));
                    }
                }
            }
            return out;
        });
    }

    /** The releases incidents come from and the datasets' citations: what credits are made of. Quick to read. */
    public DatasetCredits credits() {
        return db.read(DatasetRegistry::credits);
    }

    /** Whether a dataset of this name is in the database. */
    public boolean exists(String name) {
        return db.read(c -> exists(c, name));
    }

    /**
     * Registers a dataset of the user's that has no incidents yet.
     *
     * @throws IllegalArgumentException when one of that name exists
     */
    public void create(String name, String citation, boolean editable) {
        new org.incidentatlas.domain.Provenance(name, null, "-", null); // checks the key's spelling
        db.inTransaction(c -> {
            insert(c, name, citation, editable);
            return null;
        });
    }

    /** Adds a dataset inside the caller's transaction; refuses a name that is taken. */
    static void insert(Connection c, String name, String citation, boolean editable) throws SQLException {
        if (exists(c, name)) {
            throw new IllegalArgumentException("a dataset named '" + name + "' exists already");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO dataset (dataset_key, citation, editable) VALUES (?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, citation);
            ps.setBoolean(3, editable);
            ps.executeUpdate();
        }
    }

    /**
     * Removes a dataset with all its incidents, their sources and its releases, in one transaction (if the process
     * dies midway, H2 rolls it back as a whole), put on disk before it returns.
     *
     * @return how many incidents were removed
     * @throws IllegalArgumentException when there is no dataset of that name (nothing is changed)
     */
    public long remove(String name) {
        if (!exists(name)) {
            throw new IllegalArgumentException("no dataset named '" + name + "'" + known());
        }
        boolean kept = false;
        try {
            long removed = db.inTransaction(c -> {
                long n;
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM incident WHERE dataset_key = ?")) {
                    ps.setString(1, name);
                    n = ps.executeUpdate();
                }
                for (String sql : List.of("DELETE FROM dataset_release WHERE dataset_key = ?",
                        "DELETE FROM dataset WHERE dataset_key = ?")) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, name);
                        ps.executeUpdate();
                    }
                }
                return n;
            });
            kept = true;
            return removed;
        } finally {
            db.endImport(kept);
        }
    }

    private String known() {
        List<String> names = db.read(c -> {
            List<String> all = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT dataset_key FROM dataset ORDER BY dataset_key")) {
                while (rs.next()) {
                    all.add(rs.getString(1));
                }
            }
            return all;
        });
        return names.isEmpty() ? " (the database holds none)" : " (the database holds " + String.join(", ", names)
                + ")";
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM dataset WHERE dataset_key = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static DatasetCredits credits(Connection c) throws SQLException {
        List<DatasetRelease> releases = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT dataset_key, version, licence FROM dataset_release")) {
            while (rs.next()) {
                releases.add(new DatasetRelease(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        Map<String, String> citations = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT dataset_key, citation FROM dataset WHERE citation IS NOT NULL")) {
            while (rs.next()) {
                citations.put(rs.getString(1), rs.getString(2));
            }
        }
        return new DatasetCredits(releases, citations);
    }

    /** Forgets the releases no incident comes from any more (e.g. one whose incidents a newer release replaced). */
    static void dropUnusedReleases(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM dataset_release r WHERE NOT EXISTS "
                    + "(SELECT 1 FROM incident i WHERE i.release_id = r.id)");
        }
    }

    private static String emptyAsNull(String s) {
        return s.isEmpty() ? null : s;
    }
}

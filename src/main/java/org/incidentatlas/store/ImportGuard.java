package org.incidentatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Makes an import all or nothing even when the process dies in the middle of it. H2 promises that, but its recovery of
 * a large transaction cut short by a kill was seen to leave an index naming rows its table no longer held. So before
 * an import writes anything, the database is backed up (H2's online {@code BACKUP TO}, beside the database) and a
 * marker says an import is running; both go once the import has committed or rolled back. When a database is opened
 * and the marker is still there, the import was cut short: the database is read whole along every index, and if any
 * of it cannot be read the backup is put back, which holds the database as it was before the import.
 */
final class ImportGuard {
    static final String MARKER = "import-in-progress";
    static final String BACKUP = "before-import.zip";

    private ImportGuard() {
    }

    /** Before an import writes: the backup, then the marker (so a marker always has a whole backup beside it). */
    static void begin(Connection c, Path folder) throws SQLException, IOException {
        Path temp = folder.resolve(BACKUP + ".partial");
        Files.deleteIfExists(temp);
        try (Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + temp.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        Files.move(temp, folder.resolve(BACKUP), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve(MARKER), "an import started; if this is still here, it did not finish\n");
    }

    /** After the import committed or rolled back. */
    static void end(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(MARKER));
        Files.deleteIfExists(folder.resolve(BACKUP));
    }

    /** Whether the last import in {@code folder} was cut short (its marker is still there). */
    static boolean interrupted(Path folder) {
        return Files.exists(folder.resolve(MARKER)) && Files.exists(folder.resolve(BACKUP));
    }

    /**
     * What is wrong with the database, read whole along every index of every table; empty when every row can be read
     * every way and the references hold.
     */
    static List<String> problems(Connection c) {
        List<String> problems = new ArrayList<>();
        try {
            for (Map.Entry<String, List<String>> index : indexes(c).entrySet()) {
                String[] tableAndIndex = index.getKey().split("\u0000");
                String sql = "SELECT * FROM " + tableAndIndex[0] + " USE INDEX (" + tableAndIndex[1] + ") ORDER BY "
                        + String.join(", ", index.getValue());
                try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int k = 1; k <= n; k++) {
                            rs.getString(k);
                        }
                    }
                }
            }
            count(c, problems, "sources without incident",
                    "SELECT COUNT(*) FROM source s LEFT JOIN incident i ON i.id = s.incident_id WHERE i.id IS NULL");
            count(c, problems, "incidents without release", "SELECT COUNT(*) FROM incident i "
                    + "LEFT JOIN dataset_release r ON r.id = i.release_id WHERE r.id IS NULL");
        } catch (SQLException | RuntimeException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    private static Map<String, List<String>> indexes(Connection c) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME "
                + "FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                + "ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(quote(rs.getString(1)) + "\u0000" + quote(rs.getString(2)), k -> new ArrayList<>())
                        .add(quote(rs.getString(3)));
            }
        }
        return out;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static void count(Connection c, List<String> problems, String what, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(1) != 0) {
                problems.add(rs.getLong(1) + " " + what);
            }
        }
    }

    /** Puts the backup's database files back in {@code folder} (the database must be closed). */
    static void restore(Path folder) throws IOException {
        try (InputStream in = Files.newInputStream(folder.resolve(BACKUP));
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path name = Path.of(e.getName()).getFileName();
                if (e.isDirectory() || name == null) {
                    continue;
                }
                Path temp = folder.resolve(name + ".restoring");
                try (OutputStream out = Files.newOutputStream(temp)) {
                    zip.transferTo(out);
                }
                Files.move(temp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }
}

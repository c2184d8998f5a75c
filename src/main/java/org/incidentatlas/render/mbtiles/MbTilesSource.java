package org.incidentatlas.render.mbtiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.incidentatlas.render.TileSource;
import org.incidentatlas.render.Tiles;

/**
 * Raster tiles from an MBTiles file (the SQLite format QGIS, GDAL and TileMill write), opened read-only. MBTiles
 * numbers rows from the south (TMS), so row {@code y} of the map is {@code 2^zoom - 1 - y} in the file.
 */
public final class MbTilesSource implements TileSource {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private final PreparedStatement query;
    private final String attribution;

    private MbTilesSource(Path file, Connection connection, Map<String, String> metadata) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.query = connection.prepareStatement(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
        String credit = metadata.getOrDefault("attribution", "").replaceAll("<[^>]*>", "").strip();
        String name = metadata.getOrDefault("name", file.getFileName().toString()).strip();
        this.attribution = "Basemap: " + (credit.isEmpty() ? name : credit);
    }

    /**
     * Opens an MBTiles file.
     *
     * @throws IOException with a message that names the file and says what is wrong with it
     */
    public static MbTilesSource open(Path file) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException(file + " cannot be opened as a basemap: it is "
                    + (Files.isDirectory(file) ? "a folder" : "not a regular file (a device, pipe or socket)"));
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " cannot be opened as a basemap: there is no such file");
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) < head.length || !java.util.Arrays.equals(head, SQLITE_HEADER)) {
                throw notMbTiles(file, "it is not an SQLite database");
            }
        }
        Properties config = new Properties();
        config.setProperty("open_mode", "1");
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config);
            Map<String, String> metadata = check(file, c);
            return new MbTilesSource(file, c, metadata);
        } catch (SQLException e) {
            closeQuietly(c);
            throw notMbTiles(file, "SQLite cannot read it (" + e.getMessage() + ")");
        } catch (IOException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static Map<String, String> check(Path file, Connection c) throws SQLException, IOException {
        if (!exists(c, "tiles")) {
            throw notMbTiles(file, "it has no 'tiles' table");
        }
        try (var s = c.createStatement()) {
            s.executeQuery("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1").close();
        } catch (SQLException e) {
            throw notMbTiles(file, "its 'tiles' table lacks the columns zoom_level, tile_column, tile_row, tile_data");
        }
        Map<String, String> metadata = new HashMap<>();
        if (exists(c, "metadata")) {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, value FROM metadata")) {
                while (rs.next()) {
                    if (rs.getString(1) != null && rs.getString(2) != null) {
                        metadata.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2));
                    }
                }
            }
        }
        String format = metadata.getOrDefault("format", "png").toLowerCase(Locale.ROOT);
        if (format.equals("pbf") || format.equals("mvt")) {
            throw new IOException(file + " holds vector tiles (" + format + "), which Incident Atlas cannot draw; "
                    + "use a raster MBTiles file (PNG or JPEG tiles)");
        }
        return metadata;
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static IOException notMbTiles(Path file, String why) {
        return new IOException(file + " is not an MBTiles file: " + why);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // Already failing with a clearer message.
            }
        }
    }

    @Override
    public String attribution() {
        return attribution;
    }

    @Override
    public BufferedImage tile(int zoom, long x, long y) throws IOException {
        if (zoom < 0 || zoom > 30 || x < 0 || y < 0 || x >= 1L << zoom || y >= 1L << zoom) {
            return null;
        }
        long row = (1L << zoom) - 1 - y;
        byte[] bytes;
        synchronized (connection) {
            try {
                query.setInt(1, zoom);
                query.setLong(2, x);
                query.setLong(3, row);
                try (ResultSet rs = query.executeQuery()) {
                    bytes = rs.next() ? rs.getBytes(1) : null;
                }
            } catch (SQLException e) {
                throw new IOException(file + ": tile " + zoom + "/" + x + "/" + y + " cannot be read ("
                        + e.getMessage() + ")", e);
            }
        }
        return bytes == null ? null : Tiles.decode(bytes, file + " tile " + zoom + "/" + x + "/" + y);
    }

    @Override
    public void close() {
        synchronized (connection) {
            try {
                query.close();
                connection.close();
            } catch (SQLException e) {
                // Closing a read-only file: nothing is lost.
            }
        }
    }
}

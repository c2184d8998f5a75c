package org.incidentatlas.render.mbtiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MBTiles files made here: rows counted from the south, and clear messages for files that are not MBTiles. */
class MbTilesSourceTest {
    @TempDir
    Path folder;

    private static byte[] png(Color colour) throws IOException {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private Path mbtiles(String name, String format) throws Exception {
        Path file = folder.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            s.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            s.execute("INSERT INTO metadata VALUES ('name', 'Test map'), ('format', '" + format + "'), "
                    + "('attribution', '<a href=\"https://example.org\">Example survey</a>')");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
                // Zoom 1 has rows 0 (south) and 1 (north) in TMS; the map's row 0 is the northern one.
                insert(p, 1, 1, 1, png(Color.RED));
                insert(p, 1, 1, 0, png(Color.BLUE));
            }
        }
        return file;
    }

    private static void insert(PreparedStatement p, int zoom, int column, int row, byte[] data) throws Exception {
        p.setInt(1, zoom);
        p.setInt(2, column);
        p.setInt(3, row);
        p.setBytes(4, data);
        p.executeUpdate();
    }

    @Test
    void rowsAreReadInTmsOrderFromTheSouth() throws Exception {
        try (MbTilesSource source = MbTilesSource.open(mbtiles("test.mbtiles", "png"))) {
            assertEquals(Color.RED.getRGB(), source.tile(1, 1, 0).getRGB(10, 10), "the northern tile");
            assertEquals(Color.BLUE.getRGB(), source.tile(1, 1, 1).getRGB(10, 10), "the southern tile");
            assertNull(source.tile(1, 0, 0), "no tile in the file there");
            assertNull(source.tile(3, 99, 0), "off the grid");
            assertEquals("Basemap: Example survey", source.attribution());
        }
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedWithItsName() throws Exception {
        Path text = folder.resolve("notes.mbtiles");
        Files.writeString(text, "this is not a database at all, just some text");
        IOException e = assertThrows(IOException.class, () -> MbTilesSource.open(text));
        assertEquals(text + " is not an MBTiles file: it is not an SQLite database", e.getMessage());
    }

    @Test
    void anSqliteFileWithoutTilesIsRefused() throws Exception {
        Path file = folder.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE people (name TEXT)");
        }
        IOException e = assertThrows(IOException.class, () -> MbTilesSource.open(file));
        assertEquals(file + " is not an MBTiles file: it has no 'tiles' table", e.getMessage());
    }

    @Test
    void vectorTilesAndMissingFilesGetTheirOwnMessages() throws Exception {
        Path vector = mbtiles("vector.mbtiles", "pbf");
        IOException v = assertThrows(IOException.class, () -> MbTilesSource.open(vector));
        assertTrue(v.getMessage().contains("vector tiles (pbf)"), v.getMessage());
        Path missing = folder.resolve("missing.mbtiles");
        IOException m = assertThrows(IOException.class, () -> MbTilesSource.open(missing));
        assertTrue(m.getMessage().contains("there is no such file"), m.getMessage());
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        Path good = mbtiles("good.mbtiles", "png");
        Path broken = folder.resolve("broken.mbtiles");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(broken, java.util.Arrays.copyOf(bytes, 100));
        IOException e = assertThrows(IOException.class, () -> MbTilesSource.open(broken));
        assertTrue(e.getMessage().startsWith(broken + " is not an MBTiles file"), e.getMessage());
    }
}

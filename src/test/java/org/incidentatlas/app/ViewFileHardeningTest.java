package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.incidentatlas.export.PictureSize;
import org.incidentatlas.export.SavedView;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.WindowMode;
import org.incidentatlas.render.BasemapKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** View files from elsewhere: bad values are refused naming the file and field; online tiles need the user's word. */
class ViewFileHardeningTest {
    @TempDir
    static Path home;
    private static Path db;
    private static String good;

    @BeforeAll
    static void database() {
        db = home.resolve("db");
        good = SavedView.of("t", new SavedView.Window(LocalDate.parse("2016-10-01"), LocalDate.parse("2016-10-31"),
                WindowMode.MOVING), IncidentFilter.NONE, new SavedView.MapArea(36.3, 43.1, 8),
                SavedView.Basemap.OFFLINE, new PictureSize(200, 150)).toJson();
    }

    /** Generator of bad values in a view file, each with the field the message must name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "latitude -91|\"latitude\":36.3|\"latitude\":-91|map.latitude",
        "latitude 1e3|\"latitude\":36.3|\"latitude\":1e3|map.latitude",
        "longitude 181|\"longitude\":43.1|\"longitude\":181|map.longitude",
        "zoom 1e9|\"zoom\":8.0|\"zoom\":1e9|map.zoom",
        "zoom -1|\"zoom\":8.0|\"zoom\":-1|map.zoom",
        "zoom as text|\"zoom\":8.0|\"zoom\":\"8\"|map.zoom",
        "NaN latitude|\"latitude\":36.3|\"latitude\":NaN|map",
        "width 0|\"width\":200|\"width\":0|size",
        "height 1e6|\"height\":150|\"height\":1000000|size",
        "window backwards|\"to\":\"2016-10-31\"|\"to\":\"2016-09-01\"|window",
        "unknown type filter|\"types\":[]|\"types\":[\"WAR\"]|types",
        "basemap kind|\"kind\":\"offline\"|\"kind\":\"ftp\"|basemap"})
    void aBadValueIsRefusedWithExit4NamingTheFileAndField(String name, String from, String to, String field)
            throws Exception {
        assertTrue(good.contains(from), good);
        Path view = Files.writeString(home.resolve(name.replace(' ', '-') + SavedView.EXTENSION),
                good.replace(from, to));
        CliRun r = CliRun.on(db, "export", "png", "--view", view.toString(), "--out",
                home.resolve("x.png").toString());
        assertEquals(Cli.FILE_ERROR, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(view.toString()), r.err());
        assertTrue(r.err().contains(field), r.err());
        assertFalse(Files.exists(home.resolve("x.png")));
    }

    @Test
    void aViewOnOnlineTilesIsDrawnOfflineUnlessTheUserSaysOsm() throws Exception {
        Path view = Files.writeString(home.resolve("online.iaview"),
                good.replace("\"kind\":\"offline\"", "\"kind\":\"online\""));
        MapOptions options = new MapOptions();
        options.view = view;
        SavedView saved = options.savedView();
        assertEquals(BasemapKind.ONLINE, saved.basemap().kind());
        assertTrue(options.offlineInsteadOfOnline(saved));
        assertEquals(BasemapKind.OFFLINE, options.basemap(saved).kind());
        assertNull(MapOptions.tiles(options.basemap(saved)), "a tile source that could go online");
        options.basemap = "osm";
        assertFalse(options.offlineInsteadOfOnline(saved));
        assertEquals(BasemapKind.ONLINE, options.basemap(saved).kind());
    }

    @Test
    void anMbtilesPathInAViewIsRelativeToTheView() throws Exception {
        Path folder = Files.createDirectories(home.resolve("figures"));
        Path view = Files.writeString(folder.resolve("rel.iaview"), good.replace(
                "\"kind\":\"offline\",\"location\":\"\"", "\"kind\":\"mbtiles\",\"location\":\"tiles/iraq.mbtiles\""));
        assertTrue(Files.readString(view).contains("tiles/iraq.mbtiles"));
        SavedView saved = SavedView.read(view);
        assertEquals(folder.resolve("tiles").resolve("iraq.mbtiles").toAbsolutePath().toString(),
                saved.basemap().location());
    }

    @Test
    void aDeviceAsMbtilesBasemapIsSaidToBeOne() throws Exception {
        Path view = Files.writeString(home.resolve("dev.iaview"), good.replace(
                "\"kind\":\"offline\",\"location\":\"\"", "\"kind\":\"mbtiles\",\"location\":\"/dev/zero\""));
        CliRun r = CliRun.on(db, "export", "png", "--view", view.toString(), "--out",
                home.resolve("dev.png").toString());
        assertEquals(Cli.FILE_ERROR, r.code(), r.err());
        assertTrue(r.err().contains("/dev/zero") && r.err().contains("not a regular file"), r.err());
        assertFalse(r.err().contains("no such file"), r.err());
    }
}

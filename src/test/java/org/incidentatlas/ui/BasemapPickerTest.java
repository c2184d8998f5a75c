package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.map.AtlasTileRetriever;
import org.incidentatlas.map.BasemapChoice;
import org.incidentatlas.render.BasemapKind;
import org.incidentatlas.map.BasemapSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The basemap menu: a picked MBTiles file shows with its credit and is remembered; a bad file is refused. */
@ExtendWith(ApplicationExtension.class)
class BasemapPickerTest {
    @TempDir
    static Path folder;

    private final BasemapSettings settings = BasemapSettings.inMemory();
    private BasemapPicker picker;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        picker = new BasemapPicker(AtlasTileRetriever.basemaps(), settings, Background.direct(), dialogs);
        AtlasViewModel model = new AtlasViewModel(id -> java.util.Optional.empty(), Background.direct());
        MainWindow window = new MainWindow(model, new MapContent(TimeIndex.empty(), null), "Incidents: test",
                url -> { }, picker);
        stage.setScene(new Scene(window, 900, 600));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void anMbtilesFileBecomesTheBasemapWithItsCreditAndIsRemembered(FxRobot robot) throws Exception {
        Path file = folder.resolve("survey.mbtiles");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            s.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            s.execute("INSERT INTO metadata VALUES ('name', 'Field survey 2021'), ('format', 'png')");
        }
        assertTrue(text(robot, MainWindow.ATTRIBUTION_ID).startsWith("Basemap: Natural Earth"));

        BasemapChoice choice = new BasemapChoice(BasemapKind.MBTILES, file.toString());
        robot.interact(() -> picker.choose(choice));
        WaitForAsyncUtils.waitForFxEvents();

        String credit = text(robot, MainWindow.ATTRIBUTION_ID);
        assertTrue(credit.startsWith("Basemap: Field survey 2021") && credit.endsWith(" · Incidents: test"), credit);
        assertEquals(choice, settings.choice());
        assertEquals("Basemap: survey.mbtiles", picker.getText());
        robot.interact(() -> picker.choose(BasemapChoice.OFFLINE));
        assertEquals(BasemapChoice.OFFLINE, settings.choice());
    }

    @Test
    void aBrokenFileLeavesTheMapAsItWasAndSaysWhy(FxRobot robot) throws Exception {
        Path broken = folder.resolve("broken.mbtiles");
        Files.writeString(broken, "not a database");
        String before = text(robot, MainWindow.ATTRIBUTION_ID);

        robot.interact(() -> picker.choose(new BasemapChoice(BasemapKind.MBTILES, broken.toString())));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Basemap not changed: " + broken + " is not an MBTiles file: it is not an SQLite database",
                text(robot, MainWindow.STATUS_ID));
        assertEquals(before, text(robot, MainWindow.ATTRIBUTION_ID));
        assertEquals(BasemapChoice.OFFLINE, settings.choice());
        assertEquals(List.of(new Failure("Cannot use the file " + broken + " as the basemap", broken
                + " is not an MBTiles file: it is not an SQLite database", "The map keeps its basemap. Choose an "
                + "MBTiles file of PNG or JPEG tiles (one made with gdal_translate -of MBTILES, for example), or the "
                + "offline map.")), dialogs.errors);
    }

    @Test
    void aRememberedFileThatIsGoneAtStartIsSaidInTheStatusLineOnly(FxRobot robot) {
        settings.remember(new BasemapChoice(BasemapKind.MBTILES, folder.resolve("moved.mbtiles").toString()));
        robot.interact(() -> picker.restore());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, MainWindow.STATUS_ID).startsWith("Basemap not changed: "),
                text(robot, MainWindow.STATUS_ID));
        assertEquals(List.of(), dialogs.errors, "no dialog before the user has done anything");
    }
}

package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.map.IncidentLayer;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map window, headless: every incident is drawn, and a click on one shows its details. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final IncidentId AL_RASHAD = IncidentId.parse("curated:2021-kirkuk-al-rashad-checkpoint");
    private static final IncidentId WOHEILAT = IncidentId.parse("curated:2021-baghdad-woheilat-market");

    @TempDir
    static Path home;

    private CuratedDatabase db;
    private IncidentRepository repository;
    private MainWindow window;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        db = CuratedDatabase.open(home);
        repository = db.repository;
        window = db.window("test attribution", opened::add);
        stage.setScene(new Scene(window, 1100, 750));
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyIncidentIsOnTheMapLayer(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        IncidentLayer layer = window.incidentLayer();
        assertEquals(3, layer.index().size());
        for (int i = 0; i < layer.index().size(); i++) {
            IncidentId id = layer.index().id(i);
            Point2D p = layer.positionOf(id).orElseThrow();
            assertTrue(p.getX() > 0 && p.getY() > 0 && p.getX() < window.getWidth(), id + " is off the map: " + p);
            assertEquals(id, layer.incidentAt(p.getX(), p.getY()).orElseThrow(),
                    "hit test at the drawn position of " + id);
        }
        assertEquals("3 incidents", robot.lookup("#" + MainWindow.STATUS_ID).queryAs(Label.class).getText());
    }

    @Test
    void theLegendSitsBesideTheMapSoItCoversNoPartOfIraq(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node legend = robot.lookup("#" + LegendPane.ID).query();
        javafx.scene.Node map = robot.lookup("#" + MainWindow.MAP_ID).query();
        javafx.geometry.Bounds l = legend.localToScene(legend.getBoundsInLocal());
        javafx.geometry.Bounds m = map.localToScene(map.getBoundsInLocal());
        assertTrue(legend.isVisible() && l.getWidth() > 100 && l.getHeight() > 100, "legend shown: " + l);
        assertTrue(l.getMinX() >= m.getMaxX() || l.getMaxX() <= m.getMinX() || l.getMinY() >= m.getMaxY()
                || l.getMaxY() <= m.getMinY(), "legend " + l + " overlaps the map " + m);
    }

    @Test
    void clickingAnIncidentShowsItsDetailsAndClickingEmptyMapClearsThem(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        IncidentLayer layer = window.incidentLayer();
        Incident expected = repository.find(WOHEILAT).orElseThrow();
        Point2D onScreen = layer.localToScreen(layer.positionOf(WOHEILAT).orElseThrow());

        robot.clickOn(onScreen);

        Label title = robot.lookup("#" + IncidentDetailPane.TITLE_ID).queryAs(Label.class);
        assertEquals(expected.place().name(), title.getText());
        String shown = robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(shown.contains("Killed: 28 to 36 (best 30)"), shown);
        assertTrue(shown.contains("Sources (" + expected.sourcing().reports().size() + ")"), shown);
        assertTrue(shown.contains("Reuters"), shown);

        Point2D empty = layer.localToScreen(40, 40);
        robot.clickOn(empty);
        assertTrue(robot.lookup("#" + IncidentDetailPane.TITLE_ID).tryQuery().isEmpty(),
                "a click on empty map clears the selection");
    }

    @Test
    void whileTheEditorAwaitsAPointAClickOnTheMapGivesItsCoordinatesInsteadOfSelecting(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        IncidentLayer layer = window.incidentLayer();
        List<double[]> picked = new ArrayList<>();
        robot.interact(() -> window.pickPoint((lat, lon) -> picked.add(new double[] {lat, lon})));
        assertEquals("Click the map to place the incident (Esc cancels)",
                robot.lookup("#" + MainWindow.STATUS_ID).queryAs(Label.class).getText());
        robot.clickOn(layer.localToScreen(layer.positionOf(AL_RASHAD).orElseThrow()));
        assertEquals(1, picked.size());
        assertEquals(34.93, picked.get(0)[0], 0.05, "latitude of the point clicked");
        assertEquals(44.17, picked.get(0)[1], 0.05, "longitude of the point clicked");
        assertTrue(robot.lookup("#" + IncidentDetailPane.TITLE_ID).tryQuery().isEmpty(),
                "the click placed a point; it selected nothing");
        robot.clickOn(layer.localToScreen(layer.positionOf(AL_RASHAD).orElseThrow()));
        assertEquals(1, picked.size(), "only the next click is taken");
        assertTrue(robot.lookup("#" + IncidentDetailPane.TITLE_ID).tryQuery().isPresent());

        robot.interact(() -> window.pickPoint((lat, lon) -> picked.add(new double[] {lat, lon})));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertEquals("No point picked", robot.lookup("#" + MainWindow.STATUS_ID).queryAs(Label.class).getText());
    }

    @Test
    void selectingAlRashadShowsEveryReportTheirDisagreementAndCopiesACitation(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        IncidentLayer layer = window.incidentLayer();
        robot.clickOn(layer.localToScreen(layer.positionOf(AL_RASHAD).orElseThrow()));

        VBox agreement = robot.lookup("#" + IncidentDetailPane.AGREEMENT_ID).queryAs(VBox.class);
        List<String> lines = agreement.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertEquals(List.of("killed: 12 to 16 across 6 reports (2 of them say “at least”)",
                "wounded: 3 to 5 across 6 reports", "missing: 1 in both reports"), lines);
        assertEquals(6, robot.lookup(".source-row").queryAll().size());
        String shown = labels(robot);
        assertTrue(shown.contains("Killed: 12 to 16 (best 13)"), shown);
        assertTrue(shown.contains("OCHA area: Kirkuk (IQG13), Daquq (IQG13Q02), Al-Rashad (IQG13Q02N01)"), shown);
        assertTrue(shown.contains("Figures: killed at least 16, wounded 3, missing 1"), shown);

        Hyperlink rudaw = robot.lookup(".source-link").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().contains("rudaw.net")).findFirst().orElseThrow();
        robot.interact(rudaw::fire);
        assertEquals(List.of("https://rudaw.net/english/middleeast/iraq/05092021-amp"), opened);

        Button copy = robot.lookup("#" + IncidentDetailPane.COPY_ID).queryButton();
        robot.interact(copy::fire);
        String citation = clipboardText(robot);
        assertTrue(citation != null && citation.startsWith("Incident Atlas curated record "
                + "2021-kirkuk-al-rashad-checkpoint"), String.valueOf(citation));
    }

    @Test
    void findPutsTheKeyboardInTheSearchField(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(window::focusSearch);
        TextField text = robot.lookup("#" + FilterPanel.TEXT_ID).queryAs(TextField.class);
        assertEquals(text, window.getScene().getFocusOwner());
    }

    @Test
    void theTextFilterHidesOtherIncidentsAndClearAllBringsThemBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        IncidentLayer layer = window.incidentLayer();
        Point2D woheilat = layer.positionOf(WOHEILAT).orElseThrow();
        List<Incident> all = List.of(repository.find(AL_RASHAD).orElseThrow(),
                repository.find(WOHEILAT).orElseThrow(),
                repository.find(IncidentId.parse("curated:2021-nineveh-mosul-se-checkpoint")).orElseThrow());
        List<Incident> withRudaw = all.stream().filter(i -> i.sourcing().reports().stream()
                .anyMatch(s -> s.outlet() != null && s.outlet().contains("Rudaw"))).toList();
        long deaths = withRudaw.stream().mapToLong(i -> i.casualties().deaths().best()).sum();

        TextField text = robot.lookup("#" + FilterPanel.TEXT_ID).queryAs(TextField.class);
        robot.interact(() -> text.setText("RUDAW"));

        Label summary = robot.lookup("#" + FilterPanel.SUMMARY_ID).queryAs(Label.class);
        assertEquals(withRudaw.size() + " of 3 incidents, " + deaths + " deaths (best)", summary.getText());
        assertEquals(summary.getText(), robot.lookup("#" + MainWindow.STATUS_ID).queryAs(Label.class).getText());
        assertTrue(layer.incidentAt(woheilat.getX(), woheilat.getY()).isEmpty(), "a hidden incident is not clickable");

        robot.interact(() -> robot.lookup("#" + FilterPanel.CLEAR_ID).queryButton().fire());
        assertEquals("", text.getText());
        assertTrue(summary.getText().startsWith("3 of 3 incidents"), summary.getText());
        assertEquals(WOHEILAT, layer.incidentAt(woheilat.getX(), woheilat.getY()).orElseThrow());
    }

    private static String clipboardText(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    private static String labels(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }
}

package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.ViolenceType;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.map.IncidentLayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The filters a person chose are kept when the window gets new incidents (an import rebuilds the filter panel) and
 * between runs (through the preferences); a remembered filter keeps what the data still offer and drops the rest.
 */
@ExtendWith(ApplicationExtension.class)
class FilterMemoryTest {
    private static final IncidentId AL_RASHAD = IncidentId.parse("curated:2021-kirkuk-al-rashad-checkpoint");
    private static final IncidentId WOHEILAT = IncidentId.parse("curated:2021-baghdad-woheilat-market");

    @TempDir
    static Path home;

    private final Preferences node = Preferences.userRoot().node("org/incidentatlas/test-" + UUID.randomUUID());
    private CuratedDatabase db;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        db = CuratedDatabase.open(home);
        window = db.window("test attribution", url -> { });
        stage.setScene(new Scene(window, 1100, 750));
        stage.show();
    }

    @AfterEach
    void close() throws BackingStoreException {
        db.close();
        node.removeNode();
    }

    @Test
    void filtersChosenInThePanelSurviveAnImportAndComeBackOnTheNextStart(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        FilterPanel before = robot.lookup("#" + FilterPanel.ID).queryAs(FilterPanel.class);
        robot.interact(() -> {
            typeBox(robot, "state-based").setSelected(true);
            actors(robot).getCheckModel().check("IS");
            minDeaths(robot).getValueFactory().setValue(5);
            robot.lookup("#" + FilterPanel.TEXT_ID).queryAs(TextField.class).setText("Kirkuk");
        });
        IncidentFilter chosen = IncidentFilter.builder().types(Set.of(ViolenceType.STATE_BASED)).actors(Set.of("IS"))
                .minDeaths(5).text("Kirkuk").build();
        assertEquals(chosen, window.filter());
        assertEquals("1 of 3 incidents, 13 deaths (best)", summary(robot));

        // An import from the window: more incidents, a new filter panel.
        new Importer(db.repository).importFile(Path.of("src/test/resources/ged/sample.csv"), false,
                ProgressListener.NONE);
        robot.interact(() -> window.setContent(new RepositoryData(db.database).loadContentWithCodes()));

        FilterPanel after = robot.lookup("#" + FilterPanel.ID).queryAs(FilterPanel.class);
        assertNotSame(before, after, "the panel was rebuilt for the new incidents");
        assertEquals(chosen, window.filter());
        assertTrue(typeBox(robot, "state-based").isSelected());
        assertEquals(List.of("IS"), List.copyOf(actors(robot).getCheckModel().getCheckedItems()));
        assertEquals(5, minDeaths(robot).getValue());
        assertEquals("Kirkuk", robot.lookup("#" + FilterPanel.TEXT_ID).queryAs(TextField.class).getText());
        assertTrue(summary(robot).matches("\\d+ of 14 incidents, .*"), summary(robot));
        robot.interact(() -> stage.getScene().getRoot().layout());
        IncidentLayer layer = window.incidentLayer();
        Point2D rashad = layer.positionOf(AL_RASHAD).orElseThrow();
        Point2D woheilat = layer.positionOf(WOHEILAT).orElseThrow();
        assertEquals(AL_RASHAD, layer.incidentAt(rashad.getX(), rashad.getY()).orElseThrow(), "still shown");
        assertTrue(layer.incidentAt(woheilat.getX(), woheilat.getY()).isEmpty(), "still filtered out");

        // Quit and start again: the filters go through the preferences into a new window's panel.
        new AppPreferences(node).saveFilter(window.filter());
        IncidentFilter remembered = new AppPreferences(Preferences.userRoot().node(node.absolutePath())).filter();
        MainWindow next = WaitForAsyncUtils.asyncFx(() -> db.window("test attribution", url -> { })).get();
        robot.interact(() -> next.showFilter(remembered));
        assertEquals(chosen, next.filter());
    }

    @Test
    void aRememberedFilterKeepsWhatTheDataOfferAndQuietlyDropsTheRest(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        IncidentFilter remembered = IncidentFilter.builder().types(Set.of(ViolenceType.ONE_SIDED))
                .actors(Set.of("is", "A group no longer in the data")).governorates(List.of("Baghdad", "Atlantis"))
                .districts(List.of("IQG99Q99")).datasets(Set.of("curated", "a dataset since deleted")).minDeaths(10)
                .text("market").build();
        robot.interact(() -> window.showFilter(remembered));

        IncidentFilter kept = IncidentFilter.builder().types(Set.of(ViolenceType.ONE_SIDED)).actors(Set.of("IS"))
                .governorates(List.of("IQG08")).datasets(Set.of("curated")).minDeaths(10).text("market").build();
        assertEquals(kept, window.filter());
        assertEquals("1 of 3 incidents, 30 deaths (best)", summary(robot));
    }

    private static CheckBox typeBox(FxRobot robot, String words) {
        return robot.lookup("#" + FilterPanel.ID).lookup(".check-box").queryAllAs(CheckBox.class).stream()
                .filter(c -> words.equals(c.getText())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static CheckComboBox<String> actors(FxRobot robot) {
        return robot.lookup("#" + FilterPanel.ACTORS_ID).queryAs(CheckComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> minDeaths(FxRobot robot) {
        return robot.lookup("#" + FilterPanel.MIN_DEATHS_ID).queryAs(Spinner.class);
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#" + FilterPanel.SUMMARY_ID).queryAs(Label.class).getText();
    }
}

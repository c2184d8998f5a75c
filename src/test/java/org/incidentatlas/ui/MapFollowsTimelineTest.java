package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** The map shows exactly the incidents of the timeline's window, and the timeline counts them. */
@ExtendWith(ApplicationExtension.class)
class MapFollowsTimelineTest {
    private static final IncidentId WOHEILAT = IncidentId.parse("curated:2021-baghdad-woheilat-market");

    @TempDir
    static Path home;

    private CuratedDatabase db;
    private IncidentRepository repository;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        db = CuratedDatabase.open(home);
        repository = db.repository;
        window = db.plainWindow("test attribution");
        stage.setScene(new Scene(window, 1100, 750));
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void onlyTheIncidentsOfTheWindowCanBeHitAndTheTextCountsThem(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        IncidentLayer layer = window.incidentLayer();
        Incident woheilat = repository.find(WOHEILAT).orElseThrow();
        int day = (int) woheilat.dates().start().toEpochDay();
        Point2D at = layer.positionOf(WOHEILAT).orElseThrow();
        assertEquals(Optional.of(WOHEILAT), layer.incidentAt(at.getX(), at.getY()));

        robot.interact(() -> window.timeline().select(day + 1, day + 30));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(window.timeline().windowProperty().get(), layer.window());
        assertEquals(Optional.empty(), layer.incidentAt(at.getX(), at.getY()), "not shown after its day");

        robot.interact(() -> window.timeline().select(day, day));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(WOHEILAT), layer.incidentAt(at.getX(), at.getY()));
        assertEquals(1, layer.lastFrame().incidents(), "the map drew exactly the one incident of that day");
        String text = robot.lookup("#" + TimelinePane.WINDOW_TEXT_ID).queryAs(Label.class).getText();
        assertTrue(text.contains("1 incident, " + woheilat.casualties().deaths().best() + " deaths"), text);
    }
}

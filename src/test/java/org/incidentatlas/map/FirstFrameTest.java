package org.incidentatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.gluonhq.maps.MapView;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.incidentatlas.index.TimeIndexBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The ready signal waits until a frame with incidents is on screen, not merely drawn by a layer out of sight. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {
    private final List<Integer> said = new CopyOnWriteArrayList<>();
    private Stage stage;
    private MapView map;
    private IncidentLayer layer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        map = new MapView();
        layer = new IncidentLayer();
        map.addLayer(layer);
        map.setZoom(7);
        map.setCenter(33.3, 44.4);
        TimeIndexBuilder points = new TimeIndexBuilder(2);
        points.accept(new IncidentLayerScaleTest.Row(1, "t", "1", 18_000, 18_000, 1, 33.3, 44.4, 25, 1));
        points.accept(new IncidentLayerScaleTest.Row(2, "t", "2", 18_000, 18_000, 1, 33.5, 44.2, 3, 1));
        layer.setIndex(points.build());
        layer.onFirstIncidentsDrawn(said::add);
    }

    @Test
    void aLayerDrawnInASceneNoWindowShowsSaysNothingUntilItsFrameIsOnScreenThenSaysItOnce(FxRobot robot)
            throws Exception {
        Scene scene = new Scene(map, 600, 400);
        robot.interact(() -> {
            map.applyCss();
            map.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, layer.lastFrame().incidents(), "the layer drew both incidents");
        assertEquals(List.of(), said, "drawn in a scene that no window shows");

        robot.interact(() -> {
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !said.isEmpty());
        robot.interact(() -> map.setZoom(8));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(2), said, "both incidents, said once");
    }
}

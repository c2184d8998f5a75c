package org.incidentatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.gluonhq.maps.MapView;
import java.util.Optional;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.index.TimeIndexBuilder;
import org.incidentatlas.domain.PointRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a window rendered at more device pixels per layout pixel (a HiDPI screen), the incident layer draws at the
 * window's resolution and shows the picture at the map's layout size; clicks are still answered in layout pixels.
 */
@ExtendWith(ApplicationExtension.class)
class IncidentLayerScaleTest {
    private static final double LAT = 33.3;
    private static final double LON = 44.4;
    private static final IncidentId ONE = IncidentId.parse("t:1");

    private Stage stage;
    private IncidentLayer layer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MapView map = new MapView();
        layer = new IncidentLayer();
        map.addLayer(layer);
        map.setZoom(7);
        map.setCenter(LAT, LON);
        TimeIndexBuilder points = new TimeIndexBuilder(1);
        points.accept(new Row(1, "t", "1", 18_000, 18_000, 1, LAT, LON, 25, 1));
        layer.setIndex(points.build());
        stage.setScene(new Scene(map, 600, 400));
        stage.show();
    }

    @Test
    void atARenderScaleOfTwoTheLayerHasTwiceThePixelsEachWayAndClicksStayInLayoutPixels(FxRobot robot) {
        redraw(robot);
        assertEquals(1, layer.pixelRatio());
        assertEquals(new Dimension2D(600, 400), layer.pixelSize());
        Point2D dot = layer.positionOf(ONE).orElseThrow();
        assertEquals(300, dot.getX(), 1, "the incident is at the map's centre, in layout pixels");

        robot.interact(() -> {
            stage.setRenderScaleX(2);
            stage.setRenderScaleY(2);
        });
        redraw(robot);
        assertEquals(2, layer.pixelRatio());
        assertEquals(new Dimension2D(1200, 800), layer.pixelSize(), "the screen's own pixels");
        assertEquals(600, layer.getLayoutBounds().getWidth(), 1e-9, "shown at the map's layout size");
        assertEquals(400, layer.getLayoutBounds().getHeight(), 1e-9);
        assertEquals(dot, layer.positionOf(ONE).orElseThrow(), "positions stay in layout pixels");
        assertEquals(Optional.of(ONE), layer.incidentAt(dot.getX() + 5, dot.getY()), "inside the dot (radius 6)");
        assertEquals(Optional.empty(), layer.incidentAt(dot.getX() + 12, dot.getY()), "beyond dot and slop");

        robot.interact(() -> {
            stage.setRenderScaleX(1.5);
            stage.setRenderScaleY(1.5);
        });
        redraw(robot);
        assertEquals(new Dimension2D(900, 600), layer.pixelSize(), "a scale of 150 %");
    }

    @Test
    void theRatioFollowsTheRenderScaleWithinOneToFour() {
        assertEquals(1, IncidentLayer.ratioFor(0.5));
        assertEquals(1, IncidentLayer.ratioFor(Double.NaN));
        assertEquals(1.25, IncidentLayer.ratioFor(1.25));
        assertEquals(4, IncidentLayer.ratioFor(6));
    }

    /** Runs the layout pass the layer asked for (it draws in layout, never from a listener). */
    private void redraw(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
    }

    record Row(long rowId, String dataset, String originalId, int startDay, int endDay, int datePrecision,
            double latitude, double longitude, int deathsBest, int violenceType) implements PointRow {
    }
}

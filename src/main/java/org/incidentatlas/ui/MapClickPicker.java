package org.incidentatlas.ui;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/**
 * "Pick on the map" for the editor: the next click on the main window's map gives its latitude and longitude instead
 * of selecting an incident. A crosshair cursor and the status line say a point is awaited; Esc cancels.
 */
final class MapClickPicker implements MapPicker {
    private final MapView map;
    private final Consumer<String> status;
    /** Where the next click goes, or null when no point is awaited. */
    private BiConsumer<Double, Double> picking;

    MapClickPicker(MapView map, Consumer<String> status) {
        this.map = map;
        this.status = status;
    }

    @Override
    public void pickPoint(BiConsumer<Double, Double> onPicked) {
        picking = onPicked;
        map.setCursor(Cursor.CROSSHAIR);
        status.accept("Click the map to place the incident (Esc cancels)");
        if (map.getScene() != null && map.getScene().getWindow() != null) {
            map.getScene().getWindow().requestFocus();
        }
    }

    /** Takes a click on the map when a point is awaited; false when none is (the click selects as usual). */
    boolean clicked(MouseEvent e) {
        if (picking == null) {
            return false;
        }
        var local = map.sceneToLocal(e.getSceneX(), e.getSceneY());
        MapPoint at = map.getMapPosition(local.getX(), local.getY());
        BiConsumer<Double, Double> done = picking;
        end(String.format(Locale.ROOT, "Placed at %.5f N, %.5f E", at.getLatitude(), at.getLongitude()));
        done.accept(at.getLatitude(), at.getLongitude());
        return true;
    }

    /** Stops waiting for a point (Esc); false when none was awaited. */
    boolean cancel() {
        if (picking == null) {
            return false;
        }
        end("No point picked");
        return true;
    }

    private void end(String said) {
        picking = null;
        map.setCursor(null);
        status.accept(said);
    }
}

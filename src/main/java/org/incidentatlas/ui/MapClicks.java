package org.incidentatlas.ui;

import com.gluonhq.maps.MapView;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.map.IncidentLayer;

/**
 * What a click on the map does: while the editor awaits a point, the click gives it (Esc stops waiting); otherwise it
 * selects the incident under the pointer, offers a list when a stack or an area there holds several (once the filter
 * codes that name them are loaded), or clears the selection. A drag that pans the map selects nothing.
 */
final class MapClicks {
    private final MapView map;
    private final IncidentLayer layer;
    private final AtlasViewModel model;
    private final Supplier<FilterCodes> codes;
    private final MapClickPicker picker;

    /** @param codes the filter codes of the incidents shown, or null before they are loaded */
    MapClicks(MapView map, IncidentLayer layer, AtlasViewModel model, Supplier<FilterCodes> codes) {
        this.map = map;
        this.layer = layer;
        this.model = model;
        this.codes = codes;
        this.picker = new MapClickPicker(map, model::showStatus);
    }

    /** Listens to clicks on the map, and to Esc anywhere in {@code window}. */
    void install(Node window) {
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        window.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && picker.cancel()) {
                e.consume();
            }
        });
    }

    /** The editor's "Pick on the map": the next click on the map gives a point instead of selecting. */
    void pickPoint(BiConsumer<Double, Double> onPicked) {
        picker.pickPoint(onPicked);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        if (picker.clicked(e)) {
            return;
        }
        var local = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
        FilterCodes known = codes.get();
        List<IncidentId> under = known == null ? List.of() : layer.incidentsAt(local.getX(), local.getY());
        if (under.size() > 1) {
            IncidentChooser.show(map, e.getScreenX(), e.getScreenY(), under, known, model::select);
            return;
        }
        layer.incidentAt(local.getX(), local.getY()).ifPresentOrElse(model::select, model::clearSelection);
    }
}

package org.incidentatlas.ui;

import com.gluonhq.maps.MapView;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.incidentatlas.map.AtlasTileRetriever;
import org.incidentatlas.map.IncidentLayer;

/**
 * The map with what lies over it: the basemap menu at the top right, the credits of the basemap and of the incident
 * data at the bottom right (wrapped to the map's width, never catching the mouse), and the tip that says what is under
 * the pointer.
 */
final class MapPane extends StackPane {
    MapPane(MapView map, IncidentLayer layer, BasemapPicker basemap, ObservableStringValue dataCredits) {
        Label credit = new Label();
        credit.setId(MainWindow.ATTRIBUTION_ID);
        credit.textProperty().bind(AtlasTileRetriever.basemaps().attributionProperty().concat(" · ")
                .concat(dataCredits));
        credit.getStyleClass().add("map-overlay");
        credit.setStyle("-fx-padding: 2 6; -fx-font-size: 0.85em;");
        credit.setWrapText(true);
        StackPane.setAlignment(credit, Pos.BOTTOM_RIGHT);
        credit.setMouseTransparent(true);
        StackPane.setAlignment(basemap, Pos.TOP_RIGHT);
        StackPane.setMargin(basemap, new Insets(10));
        HoverTip tip = new HoverTip(layer);
        map.addEventHandler(MouseEvent.MOUSE_MOVED, tip::onMouse);
        map.addEventHandler(MouseEvent.MOUSE_EXITED, tip::onMouse);
        getChildren().addAll(map, basemap, credit, tip);
        setMinSize(200, 200);
        credit.maxWidthProperty().bind(widthProperty().subtract(20));
    }
}

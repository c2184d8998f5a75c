package org.incidentatlas.ui;

import com.gluonhq.maps.MapView;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.PointIndex;
import org.incidentatlas.map.IncidentLayer;

/** The filters on the left, the map, the selected incident beside it (drag the divider to resize), a status line. */
public final class MainWindow extends BorderPane {
    public static final String MAP_ID = "map";
    public static final String STATUS_ID = "status";
    public static final double START_LATITUDE = 33.2;
    public static final double START_LONGITUDE = 43.7;
    public static final double START_ZOOM = 6;

    private final MapView map = new MapView();
    private final IncidentLayer incidents = new IncidentLayer();
    private final AtlasViewModel model;
    private final FilterCodes codes;

    public MainWindow(AtlasViewModel model, PointIndex index, String attribution, Consumer<String> browser) {
        this(model, index, null, attribution, browser);
    }

    /** With {@code codes}, the window also has the filter panel on the left and the nearby list in the detail pane. */
    public MainWindow(AtlasViewModel model, PointIndex index, FilterCodes codes, String attribution,
            Consumer<String> browser) {
        this.model = model;
        this.codes = codes;
        map.setId(MAP_ID);
        map.setZoom(START_ZOOM);
        map.setCenter(START_LATITUDE, START_LONGITUDE);
        map.addLayer(incidents);
        incidents.setIndex(index);
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onMapClicked);

        Label credit = new Label(attribution);
        credit.setStyle("-fx-background-color: rgba(255,255,255,0.8); -fx-padding: 2 6; -fx-font-size: 0.85em;");
        StackPane.setAlignment(credit, Pos.BOTTOM_RIGHT);
        credit.setMouseTransparent(true);
        LegendPane legend = new LegendPane();
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        StackPane mapArea = new StackPane(map, legend, credit);
        mapArea.setMinSize(200, 200);

        Label status = new Label();
        status.setId(STATUS_ID);
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));

        IncidentDetailPane detail = new IncidentDetailPane(model, browser,
                codes == null ? IncidentContext.none() : new FilterCodesContext(codes));
        SplitPane mapAndDetail = new SplitPane(mapArea, detail);
        SplitPane.setResizableWithParent(detail, false);
        mapAndDetail.setDividerPositions(0.66);
        setCenter(mapAndDetail);
        if (codes != null) {
            FilterViewModel filters = new FilterViewModel(codes, index);
            filters.pointMaskProperty().addListener((obs, old, mask) -> incidents.setVisible(mask));
            filters.summaryProperty().addListener((obs, old, line) -> model.showStatus(line));
            setLeft(new FilterPanel(filters));
        }
        setBottom(status);
        model.showStatus(String.format("%,d incidents", index.size()));
    }

    public IncidentLayer incidentLayer() {
        return incidents;
    }

    private void onMapClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        var local = incidents.sceneToLocal(e.getSceneX(), e.getSceneY());
        List<IncidentId> under = codes == null ? List.of() : incidents.incidentsAt(local.getX(), local.getY());
        if (under.size() > 1) {
            IncidentChooser.show(map, e.getScreenX(), e.getScreenY(), under, codes, model::select);
            return;
        }
        incidents.incidentAt(local.getX(), local.getY()).ifPresentOrElse(model::select, model::clearSelection);
    }
}

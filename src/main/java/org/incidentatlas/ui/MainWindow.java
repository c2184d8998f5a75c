package org.incidentatlas.ui;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.incidentatlas.domain.Plural;
import org.incidentatlas.export.SavedView;
import org.incidentatlas.export.Shown;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.ingest.IncidentEditor;
import org.incidentatlas.map.AtlasTileRetriever;
import org.incidentatlas.map.BasemapChoice;
import org.incidentatlas.map.BasemapSettings;
import org.incidentatlas.map.IncidentLayer;
import org.incidentatlas.render.AreaStyle;
import org.incidentatlas.render.ColourBy;
import org.incidentatlas.render.Viewport;

/**
 * The filters on the left, the map with the incidents of the chosen dates, the selected incident beside it (drag the
 * divider to resize), the timeline and a status line.
 */
public final class MainWindow extends BorderPane {
    public static final String MAP_ID = "map";
    public static final String STATUS_ID = "status";
    public static final String ATTRIBUTION_ID = "attribution";
    public static final String LEGEND_BOX_ID = "legend-box";
    public static final double START_LATITUDE = 33.2;
    public static final double START_LONGITUDE = 43.7;
    public static final double START_ZOOM = 6;

    private final MapView map = new MapView();
    private final IncidentLayer incidents = new IncidentLayer();
    private final AtlasViewModel model;
    private final TimelineModel timeline = new TimelineModel();
    private final StatusLine statusLine;
    private final IncidentDetailPane detail;
    private final BasemapPicker basemapPicker;
    private final LayerStyle style = new LayerStyle(incidents, this::codes);
    private final MapClicks clicks;
    private final ShownCredits credits;
    private FilterCodes codes;
    private FilterViewModel filters;
    private FilterPanel filterPanel;

    /** A window without filters whose basemap choice is not remembered, opened on the spot (tests). */
    public MainWindow(AtlasViewModel model, TimeIndex index, String attribution, Consumer<String> browser) {
        this(model, new MapContent(index, null), attribution, browser,
                new BasemapPicker(AtlasTileRetriever.basemaps(), BasemapSettings.inMemory(), Background.direct(),
                        new FxDialogs(() -> null, null)));
    }

    /**
     * @param content     what to show; with filter codes the window also has the filter panel and the nearby list
     * @param attribution credits of the incident data, shown after the basemap's own
     * @param basemap     the basemap menu; the window restores its remembered choice
     */
    public MainWindow(AtlasViewModel model, MapContent content, String attribution, Consumer<String> browser,
            BasemapPicker basemap) {
        this.model = model;
        this.basemapPicker = basemap;
        this.clicks = new MapClicks(map, incidents, model, this::codes);
        this.credits = new ShownCredits(timeline, attribution);
        map.setId(MAP_ID);
        map.setZoom(START_ZOOM);
        map.setCenter(START_LATITUDE, START_LONGITUDE);
        map.addLayer(incidents);
        clicks.install(this);
        LegendPane legend = new LegendPane();
        incidents.frameProperty().addListener((o, was, now) -> legend.show(now, incidents.pixelRatio()));
        MapPane mapArea = new MapPane(map, incidents, basemap, credits.lineProperty());
        statusLine = new StatusLine(model.statusProperty());

        detail = new IncidentDetailPane(model, browser, IncidentContext.none());
        // The legend sits beside the map, under the details, so it never hides part of Iraq; it folds away.
        TitledPane legendBox = new TitledPane("Legend", legend);
        legendBox.setId(LEGEND_BOX_ID);
        legendBox.setAnimated(false);
        VBox.setVgrow(detail, Priority.ALWAYS);
        VBox side = new VBox(detail, legendBox);
        SplitPane mapAndDetail = new SplitPane(mapArea, side);
        SplitPane.setResizableWithParent(side, false);
        mapAndDetail.setDividerPositions(0.66);
        setCenter(mapAndDetail);
        setBottom(new VBox(new TimelinePane(timeline), statusLine));
        timeline.windowProperty().addListener((o, a, w) -> incidents.setWindow(w));
        timeline.maskProperty().addListener((o, a, m) -> {
            incidents.setMask(m);
            credits.update();
        });
        setContent(content);
        basemap.messageProperty().addListener((o, was, now) -> model.showStatus(now));
        AtlasTileRetriever.basemaps().statusProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                model.showStatus(now);
            }
        });
        basemap.restore();
    }

    /** Shows new incidents (built off the FX thread after start-up or an import), swapped in whole. */
    public void setContent(MapContent content) {
        TimeIndex index = content.index();
        credits.setCredits(content.credits());
        incidents.setIndex(index);
        codes = content.codes();
        style.restyle();
        timeline.setIndex(index);
        incidents.setWindow(timeline.windowProperty().get());
        credits.update();
        model.showStatus(Plural.of(index.size(), "incident"));
        if (codes == null) {
            return;
        }
        detail.setContext(new FilterCodesContext(codes));
        // New incidents get a new filter panel (the lists of actors and areas may have changed), set to the filters
        // the person had chosen.
        IncidentFilter chosen = filter();
        filters = new FilterViewModel(codes, index);
        filters.maskProperty().addListener((obs, old, mask) -> timeline.setMask(mask));
        filters.summaryProperty().addListener((obs, old, line) -> model.showStatus(line));
        filterPanel = new FilterPanel(filters);
        setLeft(filterPanel);
        if (!chosen.isEmpty()) {
            filterPanel.show(chosen);
        }
    }

    /**
     * What symbol colours say: the type of violence, the common category (needs the filter codes; until they are
     * loaded the type is shown) or the dataset. Kept for the incidents of every later import.
     */
    public void setColourBy(ColourBy by) {
        style.setColourBy(by);
    }

    public ColourBy colourBy() {
        return style.colourBy();
    }

    /**
     * Symbols, or a choropleth of governorates, districts or sub-districts counting incidents or deaths, classed by
     * quantiles or natural breaks (drawn once the filter codes are loaded). Kept for the incidents of every later
     * import; exports from the window draw the same.
     */
    public void setAreaStyle(AreaStyle areas) {
        style.setAreas(areas);
    }

    public AreaStyle areaStyle() {
        return style.areas();
    }

    /** Sets the filter panel to a filter (remembered or from a saved view) and applies it. */
    public void showFilter(IncidentFilter filter) {
        if (filterPanel != null) {
            filterPanel.show(filter);
        }
    }

    /** Shows another basemap, as if chosen from the basemap menu. */
    public void chooseBasemap(BasemapChoice choice) {
        basemapPicker.choose(choice);
    }

    /** Shows the researchers' reports and the history of each incident, read by {@code background}. */
    public void showCoding(IncidentEditor editor, Background background) {
        detail.setCoding(editor, background);
    }

    /** The editor's "Pick on the map": the next click on the map gives a point instead of selecting (Esc cancels). */
    public void pickPoint(BiConsumer<Double, Double> onPicked) {
        clicks.pickPoint(onPicked);
    }

    /** Moves the keyboard to the filter panel's search field, when the window has one. */
    public void focusSearch() {
        if (filterPanel != null) {
            filterPanel.focusSearch();
        }
    }

    /** Adds a node at the right end of the status bar (e.g. background work). */
    public void addToStatusBar(Node node) {
        statusLine.add(node);
    }

    public SavedView.MapArea mapArea() {
        MapPoint centre = map.getCenter();
        return new SavedView.MapArea(centre.getLatitude(), centre.getLongitude(), map.getZoom());
    }

    public void showMapArea(SavedView.MapArea area) {
        map.setZoom(area.zoom());
        map.setCenter(area.latitude(), area.longitude());
    }

    /** The timeline's selected days and mode, for saving. */
    public AppPreferences.TimelineState timelineState() {
        DateWindow s = timeline.selectionProperty().get();
        return new AppPreferences.TimelineState(s.from(), s.to(), timeline.modeProperty().get());
    }

    /** Restores a saved timeline; days outside the data's are brought inside. */
    public void showTimeline(AppPreferences.TimelineState state) {
        timeline.modeProperty().set(state.mode());
        timeline.select(state.from(), state.to());
    }

    /** The filter codes of the incidents shown, or null in a window without the filter panel. */
    public FilterCodes codes() {
        return codes;
    }

    /** The basemap chosen now. */
    public BasemapChoice basemapChoice() {
        return basemapPicker.current();
    }

    /** The credits of exactly the datasets of {@code what} (a picture's incidents), with versions and licences. */
    public String dataAttribution(Shown what) {
        return credits.line(what);
    }

    /** The About box's data credits: the datasets of the incidents the filters let through. */
    public String aboutCredits() {
        return credits.about();
    }

    /** What the map shows now, as exports need it: the incidents, the filters as a mask, and the date window. */
    public Shown shown() {
        return new Shown(timeline.indexProperty().get(), timeline.maskProperty().get(),
                timeline.windowProperty().get());
    }

    /** The filters applied now ({@link IncidentFilter#NONE} in a window without the filter panel). */
    public IncidentFilter filter() {
        return filters == null ? IncidentFilter.NONE : filters.filterProperty().get();
    }

    /**
     * The part of the map shown now, in screen pixels: the view the incident layer last drew, or the map's centre,
     * zoom and size before it drew.
     */
    public Viewport mapView() {
        Viewport drawn = incidents.viewport();
        if (drawn != null) {
            return drawn;
        }
        MapPoint centre = map.getCenter();
        return Viewport.centredOn(centre.getLatitude(), centre.getLongitude(), map.getZoom(),
                (int) Math.max(1, Math.round(map.getWidth())), (int) Math.max(1, Math.round(map.getHeight())));
    }

    public TimelineModel timeline() {
        return timeline;
    }

    public IncidentLayer incidentLayer() {
        return incidents;
    }
}

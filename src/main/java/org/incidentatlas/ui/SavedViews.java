package org.incidentatlas.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.incidentatlas.domain.WebMercator;
import org.incidentatlas.export.MapFrame;
import org.incidentatlas.export.PictureSize;
import org.incidentatlas.export.SavedView;
import org.incidentatlas.export.ViewStyle;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.map.AtlasTileRetriever;
import org.incidentatlas.map.BasemapChoice;
import org.incidentatlas.map.BasemapSwitch;
import org.incidentatlas.render.AreaStyle;
import org.incidentatlas.render.BasemapKind;
import org.incidentatlas.render.Viewport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saved views as the window sees them: what it shows now as a view, and a view file shown in it. A file that cannot
 * be read is logged and shown through the {@link DialogService}, and the map stays as it was; an online basemap is
 * never switched on by a file.
 */
final class SavedViews {
    private static final Logger LOG = LoggerFactory.getLogger(SavedViews.class);

    private final MainWindow window;
    private final Consumer<String> status;
    private final DialogService dialogs;
    private final BasemapSwitch basemaps = AtlasTileRetriever.basemaps();
    private Consumer<ViewStyle> styleShown = style -> { };

    SavedViews(MainWindow window, Consumer<String> status, DialogService dialogs) {
        this.window = window;
        this.status = status;
        this.dialogs = dialogs;
    }

    /** Tells {@code shown} the map mode, colour-by and symbol size of each view opened (for the menus). */
    void onStyleShown(Consumer<ViewStyle> shown) {
        styleShown = shown;
    }

    /**
     * Shows a view file: its map area, date window and mode, filters, map mode, colour-by, symbol size and basemap.
     * An online basemap is not switched on by a file: the status line says to choose it from the basemap menu.
     *
     * @return the view shown, or empty when the file could not be read (the map was left as it was)
     */
    Optional<SavedView> open(Path file) {
        SavedView view;
        try {
            view = SavedView.read(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot open the view file {}", file, e);
            status.accept("Cannot open the view " + file.getFileName() + "; the map was left as it was");
            dialogs.showError(Failure.of("Cannot open the view file " + file, e, "The map was left as it was. "
                    + "Choose a view saved by Incident Atlas (File > Save view), or save the view again."));
            return Optional.empty();
        }
        window.showMapArea(view.map());
        window.showTimeline(new AppPreferences.TimelineState((int) view.window().from().toEpochDay(),
                (int) view.window().to().toEpochDay(), view.window().mode()));
        window.showFilter(view.filters().toFilter());
        ViewStyle style = view.style();
        window.setColourBy(style.colours());
        window.incidentLayer().setSizeBy(style.symbolSize());
        window.setAreaStyle(style.areaStyle());
        styleShown.accept(style);
        String note = "";
        if (view.basemap().kind() == BasemapKind.ONLINE) {
            note = "; it was drawn on online tiles: choose them from the basemap menu to use them";
        } else {
            window.chooseBasemap(BasemapChoice.of(view.basemap()));
        }
        status.accept("Opened view " + file.getFileName() + note);
        return Optional.of(view);
    }

    /**
     * The view the window shows now: window, mode, filters, centre, zoom, basemap, size, map mode, colour-by and symbol
     * size, with a title.
     */
    SavedView current(String title) {
        Viewport v = window.mapView();
        SavedView.MapArea area = centre(v);
        DateWindow s = window.timeline().selectionProperty().get();
        SavedView.Window w = new SavedView.Window(LocalDate.ofEpochDay(s.from()), LocalDate.ofEpochDay(s.to()),
                window.timeline().modeProperty().get());
        SavedView.Basemap basemap = window.basemapChoice().saved(basemaps.darkOffline());
        // A view file's values are checked when it is read; what the window saves stays within those checks.
        double lat = Math.max(-WebMercator.MAX_LATITUDE, Math.min(WebMercator.MAX_LATITUDE, area.latitude()));
        double lon = ((area.longitude() + 180) % 360 + 360) % 360 - 180;
        double zoom = Math.max(MapFrame.MIN_ZOOM, Math.min(MapFrame.MAX_ZOOM, area.zoom()));
        AreaStyle areas = window.areaStyle();
        ViewStyle style = ViewStyle.of(areas.mode(), areas.measure(), areas.classing(), window.colourBy(),
                window.incidentLayer().sizeBy());
        return SavedView.of(title, w, window.filter(), new SavedView.MapArea(lat, lon, zoom), basemap,
                new PictureSize(Math.max(1, (int) v.width()), Math.max(1, (int) v.height())), style);
    }

    private static SavedView.MapArea centre(Viewport v) {
        MapFrame f = ExportSettings.SCREEN.frame(v);
        return new SavedView.MapArea(f.latitude(), f.longitude(), f.zoom());
    }
}

package org.incidentatlas.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.incidentatlas.export.Animator;
import org.incidentatlas.export.Captions;
import org.incidentatlas.export.DataExport;
import org.incidentatlas.export.DataFormat;
import org.incidentatlas.export.FrameSink;
import org.incidentatlas.export.GifFile;
import org.incidentatlas.export.MapFrame;
import org.incidentatlas.export.MapSnapshot;
import org.incidentatlas.export.PictureSize;
import org.incidentatlas.index.WindowMode;
import org.incidentatlas.render.BasemapKind;
import org.incidentatlas.render.AreaKey;
import org.incidentatlas.render.ColourKey;
import org.incidentatlas.render.SizeBy;
import org.incidentatlas.export.PngFile;
import org.incidentatlas.export.PngFrames;
import org.incidentatlas.export.SavedView;
import org.incidentatlas.export.ViewStyle;
import org.incidentatlas.domain.WebMercator;
import org.incidentatlas.export.Shown;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.map.AtlasTileRetriever;
import org.incidentatlas.map.BasemapChoice;
import org.incidentatlas.map.BasemapSwitch;
import org.incidentatlas.render.TileSource;
import org.incidentatlas.render.Viewport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exporting from the window: the map as a PNG picture (File > Export map..., Ctrl+E), the timeline's playback as an
 * animated GIF or numbered PNG files, the data of the incidents shown (CSV, GeoJSON, KML), and saved views. Pictures
 * are drawn off screen in the background by the same renderers as the window, from what the window shows when the
 * export starts (its view, date window, filters and basemap); long exports show progress and can be cancelled, and
 * a failed or cancelled export leaves no file. Every dialog goes through the {@link DialogService}; a failure is
 * logged and shown with what failed, why and what to do.
 */
public final class ExportFlow {
    public static final String DEFAULT_TITLE = "Political violence in Iraq";
    private static final Logger LOG = LoggerFactory.getLogger(ExportFlow.class);
    private static final String CHECK_FOLDER = "Nothing was written. Check that the folder exists, that you may "
            + "write to it and that the disk has room, then export again.";

    private static final DialogService.FileType PNG = DialogService.FileType.of("PNG picture", "*.png");
    private static final DialogService.FileType GIF = DialogService.FileType.of("Animated GIF", "*.gif");
    private static final DialogService.FileType VIEW = DialogService.FileType.of("Incident Atlas view",
            "*" + SavedView.EXTENSION);

    private final MainWindow window;
    private final AtlasData data;
    private final BasemapSwitch basemaps = AtlasTileRetriever.basemaps();
    private final TaskIndicator indicator;
    private final Executor executor;
    private final Consumer<String> status;
    private final DialogService dialogs;
    private Consumer<ViewStyle> styleShown = style -> { };
    private final Set<Task<Path>> running = new HashSet<>();
    private String title = DEFAULT_TITLE;
    private Path folder;

    public ExportFlow(MainWindow window, AtlasData data, TaskIndicator indicator, Executor executor,
            Consumer<String> status, DialogService dialogs) {
        this.window = window;
        this.data = data;
        this.indicator = indicator;
        this.executor = executor;
        this.status = status;
        this.dialogs = dialogs;
    }

    /** Tells {@code shown} the map mode, colour-by and symbol size of each view opened (for the menus). */
    public void onStyleShown(Consumer<ViewStyle> shown) {
        styleShown = shown;
    }

    /** The software named in exported files. */
    static String software() {
        String v = ExportFlow.class.getPackage().getImplementationVersion();
        return "Incident Atlas " + (v == null ? "(development build)" : v);
    }

    // Commands

    /** File > Export map...: asks for title and size, then a file, then draws and writes the picture. */
    public void exportMap() {
        Viewport view = window.mapView();
        dialogs.ask(ExportDialogs.mapPicture(title, view)).ifPresent(request -> {
            title = request.title();
            saveFile("Export map", "incident-atlas-map.png", PNG).ifPresent(file -> {
                folder = file.path().getParent();
                run(pictureTask(request.title(), request.size().frame(view), file.path()), "the map picture",
                        file.path());
            });
        });
    }

    /** File > Export animation...: asks for the playback and format, then where, then draws every frame. */
    public void exportAnimation() {
        Viewport view = window.mapView();
        DateWindow selection = window.timeline().selectionProperty().get();
        int first = window.shown().index().firstDay();
        int last = Math.max(selection.to(), window.shown().index().lastDay());
        int days = selection.to() - selection.from() + 1;
        // A window over most of the data would play as one frame: start from a month over the whole span instead.
        boolean wide = days * 4L > (long) last - first + 1;
        var defaults = new ExportDialogs.AnimationDefaults(LocalDate.ofEpochDay(wide ? first : selection.from()),
                LocalDate.ofEpochDay(last), wide ? 30 : days, mode(), window.timeline().stepUnitProperty().get());
        dialogs.ask(ExportDialogs.animation(dialogs, title, view, defaults)).ifPresent(request -> {
            title = request.picture().title();
            Optional<Path> out = request.gif()
                    ? saveFile("Export animation", "incident-atlas.gif", GIF).map(DialogService.ChosenFile::path)
                    : dialogs.chooseFolder("Folder for the frames", folder);
            out.ifPresent(path -> {
                folder = path.getParent();
                run(animationTask(request, request.picture().size().frame(view), path),
                        request.gif() ? "the animation" : "the animation's frames", path);
            });
        });
    }

    /**
     * File > Export data...: the incidents the map shows now (the timeline's window under the filters) as CSV,
     * GeoJSON or KML, in the format of the file type chosen.
     */
    public void exportData() {
        List<DialogService.FileType> types = java.util.Arrays.stream(DataFormat.values())
                .map(f -> DialogService.FileType.of(f.label(), "*." + f.extension())).toList();
        Optional<DialogService.ChosenFile> chosen = dialogs.saveFile(new DialogService.FileRequest("Export data",
                types, "incidents.csv", folder));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get().path();
        folder = file.getParent();
        DataFormat format = formatOf(file.getFileName().toString(), chosen.get().type());
        Path out = withExtension(file, format);
        run(dataTask(format, title, out), "the data", out);
    }

    /** The task that writes the incidents the window shows now in {@code format}; reads the window's state now. */
    public Task<Path> dataTask(DataFormat format, String dataTitle, Path out) {
        Shown shown = window.shown();
        FilterCodes codes = window.codes();
        return new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Choosing the incidents shown");
                long[] rows = codes == null ? new long[0] : DataExport.rowIds(codes, shown);
                data.exportData(format, rows, dataTitle, out, (done, total, message) -> {
                    updateProgress(done, total);
                    updateMessage(message);
                });
                return out;
            }
        };
    }

    private static DataFormat formatOf(String name, DialogService.FileType chosen) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (DataFormat f : DataFormat.values()) {
            if (lower.endsWith("." + f.extension())) {
                return f;
            }
        }
        for (DataFormat f : DataFormat.values()) {
            if (chosen != null && chosen.label().equals(f.label())) {
                return f;
            }
        }
        return DataFormat.CSV;
    }

    private static Path withExtension(Path file, DataFormat format) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + format.extension()) ? file
                : file.resolveSibling(name + "." + format.extension());
    }

    /** File > Save view...: writes what the window shows as a view file. */
    public void saveView() {
        Optional<DialogService.ChosenFile> chosen = saveFile("Save view", "view" + SavedView.EXTENSION, VIEW);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get().path();
        folder = file.getParent();
        SavedView view = currentView(title);
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Saving view " + file.getFileName());
                view.write(file);
                return file;
            }
        };
        run(task, "the view", file);
    }

    /** File > Open view...: asks for a view file and shows it. */
    public void openView() {
        dialogs.openFile(new DialogService.FileRequest("Open view", List.of(VIEW), null, folder)).ifPresent(file -> {
            folder = file.getParent();
            openView(file);
        });
    }

    /**
     * Shows a saved view: its map area, date window and mode, filters, map mode, colour-by, symbol size, basemap and
     * title (for the next export). An
     * online basemap is not switched on by a file: the status line says to choose it from the basemap menu.
     */
    public void openView(Path file) {
        SavedView view;
        try {
            view = SavedView.read(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot open the view file {}", file, e);
            status.accept("Cannot open the view " + file.getFileName() + "; the map was left as it was");
            dialogs.showError(Failure.of("Cannot open the view file " + file, e, "The map was left as it was. "
                    + "Choose a view saved by Incident Atlas (File > Save view), or save the view again."));
            return;
        }
        title = view.title();
        window.showMapArea(view.map());
        window.showTimeline(new AppPreferences.TimelineState((int) view.window().from().toEpochDay(),
                (int) view.window().to().toEpochDay(), view.window().mode()));
        window.showFilter(view.filters().toFilter());
        ViewStyle style = view.style();
        window.setColourBy(style.colours());
        window.incidentLayer().setSizeBy(style.symbolSize());
        window.setMapMode(style.mode(), style.areaMeasure(), style.classing());
        styleShown.accept(style);
        String note = "";
        if (view.basemap().kind() == BasemapKind.ONLINE) {
            note = "; it was drawn on online tiles: choose them from the basemap menu to use them";
        } else {
            window.chooseBasemap(BasemapChoice.of(view.basemap()));
        }
        status.accept("Opened view " + file.getFileName() + note);
    }

    /**
     * The view the window shows now: window, mode, filters, centre, zoom, basemap, size, map mode, colour-by and symbol
     * size, with a title.
     */
    public SavedView currentView(String viewTitle) {
        Viewport v = window.mapView();
        SavedView.MapArea area = centre(v);
        DateWindow s = window.timeline().selectionProperty().get();
        SavedView.Window w = new SavedView.Window(LocalDate.ofEpochDay(s.from()), LocalDate.ofEpochDay(s.to()), mode());
        SavedView.Basemap basemap = window.basemapChoice().saved(basemaps.darkOffline());
        // A view file's values are checked when it is read; what the window saves stays within those checks.
        double lat = Math.max(-WebMercator.MAX_LATITUDE, Math.min(WebMercator.MAX_LATITUDE, area.latitude()));
        double lon = ((area.longitude() + 180) % 360 + 360) % 360 - 180;
        double zoom = Math.max(MapFrame.MIN_ZOOM, Math.min(MapFrame.MAX_ZOOM, area.zoom()));
        ViewStyle style = ViewStyle.of(window.mapMode(), window.areaMeasure(), window.classing(), window.colourBy(),
                window.incidentLayer().sizeBy());
        return SavedView.of(viewTitle, w, window.filter(), new SavedView.MapArea(lat, lon, zoom), basemap,
                new PictureSize(Math.max(1, (int) v.width()), Math.max(1, (int) v.height())), style);
    }

    /**
     * The task that draws the window's map into a PNG file at {@code frame}'s size; reads the window's state now, on
     * the FX thread.
     */
    public Task<Path> pictureTask(String pictureTitle, MapFrame frame, Path out) {
        Shown shown = window.shown();
        IncidentFilter filter = window.filter();
        TileSource tiles = basemaps.chosen();
        SizeBy sizeBy = window.incidentLayer().sizeBy();
        ColourKey colours = window.incidentLayer().colours();
        AreaKey areas = window.incidentLayer().areas();
        String view = currentView(pictureTitle).toJson();
        String data = window.dataAttribution(shown);
        return new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Drawing " + out.getFileName());
                updateProgress(-1, 1);
                MapSnapshot snapshot = new MapSnapshot(basemaps.offlineBasemap(), tiles);
                snapshot.setSizeBy(sizeBy);
                snapshot.setColours(colours);
                snapshot.setAreas(areas);
                Captions captions = Captions.of(pictureTitle, shown.window(), filter, shown.totals(),
                        snapshot.basemapAttribution() + " · " + data);
                var picture = snapshot.render(shown, frame, captions);
                updateMessage("Writing " + out.getFileName());
                PngFile.write(out, picture, captions.pngText(software(), view));
                return out;
            }
        };
    }

    /** The days from the first window's first to the last one's last: an animation's credits cover them all. */
    private static DateWindow span(List<DateWindow> windows) {
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (DateWindow w : windows) {
            from = Math.min(from, w.from());
            to = Math.max(to, w.to());
        }
        return from > to ? new DateWindow(0, -1) : new DateWindow(from, to);
    }

    /** The task that plays the timeline into a GIF file or a folder of PNG files. */
    Task<Path> animationTask(ExportDialogs.AnimationRequest request, MapFrame frame, Path out) {
        Shown shown = window.shown();
        IncidentFilter filter = window.filter();
        TileSource tiles = basemaps.chosen();
        SizeBy sizeBy = window.incidentLayer().sizeBy();
        ColourKey colours = window.incidentLayer().colours();
        AreaKey areas = window.incidentLayer().areas();
        String data = window.dataAttribution(shown.in(span(request.playback().windows())));
        String pictureTitle = request.picture().title();
        return new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Drawing frames");
                MapSnapshot snapshot = new MapSnapshot(basemaps.offlineBasemap(), tiles);
                snapshot.setSizeBy(sizeBy);
                snapshot.setColours(colours);
                snapshot.setAreas(areas);
                String credits = snapshot.basemapAttribution() + " · " + data;
                try (FrameSink sink = request.gif()
                        ? new GifFile(out, request.fps(), Captions.filters(filter) + " · " + credits)
                        : new PngFrames(out, "frame", software())) {
                    Animator.write(snapshot, shown, frame, new Animator.Titles(pictureTitle, filter, credits),
                            request.playback(), sink, (done, total, message) -> {
                                updateProgress(done, total);
                                updateMessage(message);
                            });
                }
                return out;
            }
        };
    }

    // Helpers

    private WindowMode mode() {
        return window.timeline().modeProperty().get();
    }

    private static SavedView.MapArea centre(Viewport v) {
        MapFrame f = ExportSettings.SCREEN.frame(v);
        return new SavedView.MapArea(f.latitude(), f.longitude(), f.zoom());
    }

    private Optional<DialogService.ChosenFile> saveFile(String heading, String name, DialogService.FileType type) {
        return dialogs.saveFile(new DialogService.FileRequest(heading, List.of(type), name, folder));
    }

    /**
     * Runs an export in the background; {@code what} names what it writes ("the map picture") and {@code out} where.
     * A failure is logged and shown with both.
     */
    void run(Task<Path> task, String what, Path out) {
        task.setOnSucceeded(e -> status.accept("Saved " + task.getValue()));
        task.setOnCancelled(e -> status.accept("Export cancelled; no file was written"));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            LOG.warn("Export of {} to {} failed", what, out, error);
            status.accept("Export of " + what + " to " + out.getFileName() + " failed; no file was written");
            dialogs.showError(Failure.of("Cannot export " + what + " to " + out, error, CHECK_FOLDER));
        });
        running.add(task);
        task.stateProperty().addListener((obs, was, now) -> {
            if (TaskIndicator.finished(now)) {
                running.remove(task);
            }
        });
        indicator.track(task);
        executor.execute(task);
    }

    /**
     * Cancels every export not yet finished; for closing the window. Cancelling interrupts an export's thread, which
     * is safe: a data export reads the database on a thread of its own that is never interrupted ({@link DataExport}).
     */
    public void close() {
        List.copyOf(running).forEach(Task::cancel);
    }
}

package org.incidentatlas.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.incidentatlas.export.Animator;
import org.incidentatlas.export.Captions;
import org.incidentatlas.export.DataExport;
import org.incidentatlas.export.DataFormat;
import org.incidentatlas.export.FrameSink;
import org.incidentatlas.export.GifFile;
import org.incidentatlas.export.MapFrame;
import org.incidentatlas.export.MapSnapshot;
import org.incidentatlas.export.PngFile;
import org.incidentatlas.export.PngFrames;
import org.incidentatlas.export.SavedView;
import org.incidentatlas.export.Shown;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.map.AtlasTileRetriever;
import org.incidentatlas.map.BasemapChoice;
import org.incidentatlas.map.BasemapSwitch;
import org.incidentatlas.render.TileSource;
import org.incidentatlas.render.Viewport;

/**
 * Exporting from the window: the map as a PNG picture (File > Export map..., Ctrl+E), the timeline's playback as an
 * animated GIF or numbered PNG files, the data of the incidents shown (CSV, GeoJSON, KML), and saved views. Pictures
 * are drawn off screen in the background by the same renderers as the window, from what the window shows when the
 * export starts (its view, date window, filters and basemap); long exports show progress and can be cancelled, and
 * a failed or cancelled export leaves no file.
 */
public final class ExportFlow {
    public static final String DEFAULT_TITLE = "Political violence in Iraq";

    private final MainWindow window;
    private final AtlasData data;
    private final BasemapSwitch basemaps = AtlasTileRetriever.basemaps();
    private final TaskIndicator indicator;
    private final Executor executor;
    private final Consumer<String> status;
    private final Set<Task<Path>> running = new HashSet<>();
    private String title = DEFAULT_TITLE;
    private File folder;

    public ExportFlow(MainWindow window, AtlasData data, TaskIndicator indicator, Executor executor,
            Consumer<String> status) {
        this.window = window;
        this.data = data;
        this.indicator = indicator;
        this.executor = executor;
        this.status = status;
    }

    /** The software named in exported files. */
    static String software() {
        String v = ExportFlow.class.getPackage().getImplementationVersion();
        return "Incident Atlas " + (v == null ? "(development build)" : v);
    }

    // Commands

    /** File > Export map...: asks for title and size, then a file, then draws and writes the picture. */
    public void exportMap(Window owner) {
        Viewport view = window.mapView();
        ExportDialogs.mapPicture(owner, title, view).ifPresent(request -> {
            title = request.title();
            File file = saveChooser("Export map", "PNG picture", "*.png", "incident-atlas-map.png")
                    .showSaveDialog(owner);
            if (file != null) {
                folder = file.getParentFile();
                run(pictureTask(request.title(), request.size().frame(view), file.toPath()));
            }
        });
    }

    /** File > Export animation...: asks for the playback and format, then where, then draws every frame. */
    public void exportAnimation(Window owner) {
        Viewport view = window.mapView();
        DateWindow selection = window.timeline().selectionProperty().get();
        int first = window.shown().index().firstDay();
        int last = Math.max(selection.to(), window.shown().index().lastDay());
        int days = selection.to() - selection.from() + 1;
        // A window over most of the data would play as one frame: start from a month over the whole span instead.
        boolean wide = days * 4L > (long) last - first + 1;
        var defaults = new ExportDialogs.AnimationDefaults(LocalDate.ofEpochDay(wide ? first : selection.from()),
                LocalDate.ofEpochDay(last), wide ? 30 : days, mode(), window.timeline().stepUnitProperty().get());
        ExportDialogs.animation(owner, title, view, defaults).ifPresent(request -> {
            title = request.picture().title();
            Path out;
            if (request.gif()) {
                File file = saveChooser("Export animation", "Animated GIF", "*.gif", "incident-atlas.gif")
                        .showSaveDialog(owner);
                out = file == null ? null : file.toPath();
            } else {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle("Folder for the frames");
                if (folder != null && folder.isDirectory()) {
                    chooser.setInitialDirectory(folder);
                }
                File dir = chooser.showDialog(owner);
                out = dir == null ? null : dir.toPath();
            }
            if (out != null) {
                folder = out.toFile().getParentFile();
                run(animationTask(request, request.picture().size().frame(view), out));
            }
        });
    }

    /**
     * File > Export data...: the incidents the map shows now (the timeline's window under the filters) as CSV,
     * GeoJSON or KML, in the format of the file type chosen.
     */
    public void exportData(Window owner) {
        FileChooser chooser = saveChooser("Export data", DataFormat.CSV.label(), "*.csv", "incidents.csv");
        for (DataFormat f : new DataFormat[] {DataFormat.GEOJSON, DataFormat.KML}) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.label(), "*." + f.extension()));
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        folder = file.getParentFile();
        DataFormat format = formatOf(file.getName(), chooser.getSelectedExtensionFilter());
        Path out = withExtension(file.toPath(), format);
        run(dataTask(format, title, out));
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

    private static DataFormat formatOf(String name, FileChooser.ExtensionFilter chosen) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (DataFormat f : DataFormat.values()) {
            if (lower.endsWith("." + f.extension())) {
                return f;
            }
        }
        for (DataFormat f : DataFormat.values()) {
            if (chosen != null && chosen.getDescription().equals(f.label())) {
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
    public void saveView(Window owner) {
        File file = saveChooser("Save view", "Incident Atlas view", "*" + SavedView.EXTENSION,
                "view" + SavedView.EXTENSION).showSaveDialog(owner);
        if (file == null) {
            return;
        }
        folder = file.getParentFile();
        SavedView view = currentView(title);
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Saving view " + file.getName());
                view.write(file.toPath());
                return file.toPath();
            }
        };
        run(task);
    }

    /** File > Open view...: asks for a view file and shows it. */
    public void openView(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open view");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Incident Atlas view",
                "*" + SavedView.EXTENSION));
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            folder = file.getParentFile();
            openView(file.toPath());
        }
    }

    /**
     * Shows a saved view: its map area, date window and mode, filters, basemap and title (for the next export). An
     * online basemap is not switched on by a file: the status line says to choose it from the basemap menu.
     */
    public void openView(Path file) {
        SavedView view;
        try {
            view = SavedView.read(file);
        } catch (IOException e) {
            status.accept("Cannot open the view");
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK);
            alert.setHeaderText("Cannot open " + file.getFileName());
            alert.showAndWait();
            return;
        }
        title = view.title();
        window.showMapArea(new AppPreferences.MapArea(view.map().latitude(), view.map().longitude(),
                view.map().zoom()));
        window.showTimeline(new AppPreferences.TimelineState((int) view.window().from().toEpochDay(),
                (int) view.window().to().toEpochDay(), view.window().mode() == SavedView.WindowMode.CUMULATIVE
                        ? TimelineModel.Mode.CUMULATIVE : TimelineModel.Mode.MOVING));
        window.showFilter(view.filters().toFilter());
        String note = "";
        switch (view.basemap().kind()) {
            case "mbtiles" -> window.chooseBasemap(new BasemapChoice(BasemapChoice.Kind.MBTILES,
                    view.basemap().location()));
            case "online" -> note = "; it was drawn on online tiles: choose them from the basemap menu to use them";
            default -> window.chooseBasemap(BasemapChoice.OFFLINE);
        }
        status.accept("Opened view " + file.getFileName() + note);
    }

    /** The view the window shows now: window, mode, filters, centre, zoom, basemap, size, with a title. */
    public SavedView currentView(String viewTitle) {
        Viewport v = window.mapView();
        AppPreferences.MapArea area = centre(v);
        DateWindow s = window.timeline().selectionProperty().get();
        SavedView.Window w = new SavedView.Window(LocalDate.ofEpochDay(s.from()), LocalDate.ofEpochDay(s.to()), mode());
        BasemapChoice choice = window.basemapChoice();
        SavedView.Basemap basemap = switch (choice.kind()) {
            case OFFLINE -> new SavedView.Basemap("offline", "", basemaps.darkOffline());
            case MBTILES -> new SavedView.Basemap("mbtiles", choice.location(), false);
            case ONLINE -> new SavedView.Basemap("online", choice.location(), false);
        };
        return SavedView.of(viewTitle, w, window.filter(), new SavedView.MapArea(area.latitude(), area.longitude(),
                area.zoom()), basemap, new SavedView.Size(v.width(), v.height()));
    }

    /**
     * The task that draws the window's map into a PNG file at {@code frame}'s size; reads the window's state now, on
     * the FX thread.
     */
    public Task<Path> pictureTask(String pictureTitle, MapFrame frame, Path out) {
        Shown shown = window.shown();
        IncidentFilter filter = window.filter();
        TileSource tiles = basemaps.chosen();
        String view = currentView(pictureTitle).toJson();
        String data = window.dataAttribution(shown);
        return new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Drawing " + out.getFileName());
                updateProgress(-1, 1);
                MapSnapshot snapshot = new MapSnapshot(basemaps.offlineBasemap(), tiles);
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
        String data = window.dataAttribution(shown.in(span(request.playback().windows())));
        String pictureTitle = request.picture().title();
        return new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Drawing frames");
                MapSnapshot snapshot = new MapSnapshot(basemaps.offlineBasemap(), tiles);
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

    private SavedView.WindowMode mode() {
        return window.timeline().modeProperty().get() == TimelineModel.Mode.CUMULATIVE
                ? SavedView.WindowMode.CUMULATIVE : SavedView.WindowMode.MOVING;
    }

    private static AppPreferences.MapArea centre(Viewport v) {
        MapFrame f = ExportSettings.SCREEN.frame(v);
        return new AppPreferences.MapArea(f.latitude(), f.longitude(), f.zoom());
    }

    private FileChooser saveChooser(String heading, String kind, String pattern, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(heading);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        chooser.setInitialFileName(name);
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    private void run(Task<Path> task) {
        task.setOnSucceeded(e -> status.accept("Saved " + task.getValue()));
        task.setOnCancelled(e -> status.accept("Export cancelled; no file was written"));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            status.accept("Export failed; no file was written");
            Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage(), ButtonType.OK);
            alert.setHeaderText("Cannot export");
            alert.showAndWait();
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

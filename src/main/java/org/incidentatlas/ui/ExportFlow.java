package org.incidentatlas.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.incidentatlas.export.DataFormat;
import org.incidentatlas.export.SavedView;
import org.incidentatlas.export.ViewStyle;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.render.Viewport;

/**
 * Exporting from the window: the map as a PNG picture (File > Export map..., Ctrl+E), the timeline's playback as an
 * animated GIF or numbered PNG files, the data of the incidents shown (CSV, GeoJSON, KML), and saved views. The
 * commands ask for the choices (title, size, playback, format, file or folder) and remember the title and folder for
 * the next export; {@link ExportTasks} draws and writes from what the window shows when the export starts, and
 * {@link ExportRunner} runs it in the background with progress and Cancel, a failed or cancelled export leaving no
 * file. Every dialog goes through the {@link DialogService}; a failure is logged and shown with what failed, why and
 * what to do.
 */
public final class ExportFlow {
    public static final String DEFAULT_TITLE = "Political violence in Iraq";

    private static final DialogService.FileType PNG = DialogService.FileType.of("PNG picture", "*.png");
    private static final DialogService.FileType GIF = DialogService.FileType.of("Animated GIF", "*.gif");
    private static final DialogService.FileType VIEW = DialogService.FileType.of("Incident Atlas view",
            "*" + SavedView.EXTENSION);

    private final MainWindow window;
    private final DialogService dialogs;
    private final ExportTasks tasks;
    private final ExportRunner runner;
    private final SavedViews views;
    private String title = DEFAULT_TITLE;
    private Path folder;

    public ExportFlow(MainWindow window, AtlasData data, TrackedTasks work, Consumer<String> status,
            DialogService dialogs) {
        this.window = window;
        this.dialogs = dialogs;
        this.tasks = new ExportTasks(window, data);
        this.runner = new ExportRunner(work, status, dialogs);
        this.views = new SavedViews(window, status, dialogs);
    }

    /** Tells {@code shown} the map mode, colour-by and symbol size of each view opened (for the menus). */
    public void onStyleShown(Consumer<ViewStyle> shown) {
        views.onStyleShown(shown);
    }

    // Commands

    /** File > Export map...: asks for title and size, then a file, then draws and writes the picture. */
    public void exportMap() {
        Viewport view = window.mapView();
        dialogs.ask(ExportDialogs.mapPicture(title, view)).ifPresent(request -> {
            title = request.title();
            saveFile("Export map", "incident-atlas-map.png", PNG).ifPresent(file -> {
                folder = file.path().getParent();
                runner.run(tasks.pictureTask(views.current(request.title()), request.size().frame(view), file.path()),
                        "the map picture", file.path());
            });
        });
    }

    /** File > Export animation...: asks for the playback and format, then where, then draws every frame. */
    public void exportAnimation() {
        Viewport view = window.mapView();
        TimelineModel timeline = window.timeline();
        DateWindow selection = timeline.selectionProperty().get();
        int first = window.shown().index().firstDay();
        int last = Math.max(selection.to(), window.shown().index().lastDay());
        int days = selection.to() - selection.from() + 1;
        // A window over most of the data would play as one frame: start from a month over the whole span instead.
        boolean wide = days * 4L > (long) last - first + 1;
        var defaults = new ExportDialogs.AnimationDefaults(LocalDate.ofEpochDay(wide ? first : selection.from()),
                LocalDate.ofEpochDay(last), wide ? 30 : days, timeline.modeProperty().get(),
                timeline.stepUnitProperty().get());
        dialogs.ask(ExportDialogs.animation(dialogs, title, view, defaults)).ifPresent(request -> {
            title = request.picture().title();
            Optional<Path> out = request.gif()
                    ? saveFile("Export animation", "incident-atlas.gif", GIF).map(DialogService.ChosenFile::path)
                    : dialogs.chooseFolder("Folder for the frames", folder);
            out.ifPresent(path -> {
                folder = path.getParent();
                runner.run(tasks.animationTask(request, request.picture().size().frame(view), path),
                        request.gif() ? "the animation" : "the animation's frames", path);
            });
        });
    }

    /**
     * File > Export data...: the incidents the map shows now (the timeline's window under the filters) as CSV,
     * GeoJSON or KML, in the format of the file type chosen.
     */
    public void exportData() {
        List<DialogService.FileType> types = Arrays.stream(DataFormat.values())
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
        runner.run(tasks.dataTask(format, title, out), "the data", out);
    }

    private static DataFormat formatOf(String name, DialogService.FileType chosen) {
        String lower = name.toLowerCase(Locale.ROOT);
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
        return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension()) ? file
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
        SavedView view = views.current(title);
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Saving view " + file.getFileName());
                view.write(file);
                return file;
            }
        };
        runner.run(task, "the view", file);
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
     * title (for the next export). An online basemap is not switched on by a file: the status line says to choose it
     * from the basemap menu. A file that cannot be read is shown as an error and leaves the map as it was.
     */
    public void openView(Path file) {
        views.open(file).ifPresent(view -> title = view.title());
    }

    private Optional<DialogService.ChosenFile> saveFile(String heading, String name, DialogService.FileType type) {
        return dialogs.saveFile(new DialogService.FileRequest(heading, List.of(type), name, folder));
    }

    /**
     * Cancels every export not yet finished; for closing the window. Cancelling interrupts an export's thread, which
     * is safe: a data export reads the database on a thread of its own that is never interrupted.
     */
    public void close() {
        runner.cancelAll();
    }
}

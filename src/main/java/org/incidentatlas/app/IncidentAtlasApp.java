package org.incidentatlas.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.incidentatlas.export.SavedView;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.WindowMode;
import org.incidentatlas.map.AtlasTileRetriever;
import org.incidentatlas.render.AreaStyle;
import org.incidentatlas.render.Classing;
import org.incidentatlas.render.ColourBy;
import org.incidentatlas.render.MapMode;
import org.incidentatlas.render.SizeBy;
import org.incidentatlas.render.basemap.LabelLanguage;
import org.incidentatlas.map.BasemapChoice;
import org.incidentatlas.render.BasemapKind;
import org.incidentatlas.map.BasemapSettings;
import org.incidentatlas.store.DataHome;
import org.incidentatlas.ui.AppPreferences;
import org.incidentatlas.ui.AtlasMenuBar;
import org.incidentatlas.ui.AtlasViewModel;
import org.incidentatlas.ui.DatasetFlow;
import org.incidentatlas.ui.ExportFlow;
import org.incidentatlas.ui.BasemapPicker;
import org.incidentatlas.ui.DialogService;
import org.incidentatlas.ui.Failure;
import org.incidentatlas.ui.FxBackground;
import org.incidentatlas.ui.FxDialogs;
import org.incidentatlas.ui.HelpDialogs;
import org.incidentatlas.ui.EditorContext;
import org.incidentatlas.ui.EditorFlow;
import org.incidentatlas.ui.ImportFlow;
import org.incidentatlas.ui.MainWindow;
import org.incidentatlas.ui.MapContent;
import org.incidentatlas.ui.StartupPane;
import org.incidentatlas.ui.TaskIndicator;
import org.incidentatlas.ui.Theme;
import org.incidentatlas.ui.TimelineModel;
import org.incidentatlas.ui.TrackedTasks;
import org.incidentatlas.ui.UncaughtErrors;
import org.incidentatlas.ui.WorkThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window: opens the database off the FX thread (importing the bundled data on first start), then the map with its
 * menus. Remembers where the window, the map and the theme were.
 */
public final class IncidentAtlasApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(IncidentAtlasApp.class);
    /** When this class was loaded: the start, if the system cannot tell when the process began. */
    private static final long START_MILLIS = System.currentTimeMillis();
    private final FxBackground background = new FxBackground();
    /** How long closing waits for an import to roll back, or for the map data being loaded. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

    private final WorkThread tasks = new WorkThread("atlas-tasks");
    /** Set when the window closes: the first start's import of the bundled data stops at its next record. */
    private volatile boolean closing;
    private ImportFlow imports;
    private DatasetFlow datasetFlow;
    private EditorFlow editors;
    /** The open database as the window sees it; made by the task that opens it. */
    private volatile SessionData data;
    private ExportFlow exports;
    private final AppPreferences preferences = AppPreferences.forUser();
    private AtlasSession session;
    private MainWindow window;
    private AtlasMenuBar menus;
    private Stage stage;
    private Path logFile;
    private DialogService dialogs;
    private AtlasViewModel model;

    @Override
    public void start(Stage primary) {
        stage = primary;
        Path folder = DataHome.resolve(getParameters().getNamed().get("db"));
        logFile = LogFile.start(folder);
        LOG.info("Incident Atlas {} starting on {}", version(), folder);
        dialogs = new FxDialogs(() -> stage, logFile);
        new UncaughtErrors(dialogs, Platform::runLater).install();
        preferences.theme().apply();
        StartupPane startup = new StartupPane();
        BorderPane root = new BorderPane(startup);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("atlas.css").toExternalForm());
        stage.setTitle("Incident Atlas");
        stage.getIcons().addAll(icon(32), icon(64), icon(256));
        stage.setScene(scene);
        restorePlacement();
        stage.show();

        Task<MapContent> opening = new Task<>() {
            @Override
            protected MapContent call() throws Exception {
                session = AtlasSession.open(folder, (done, total, message) -> {
                    if (closing) {
                        throw new CancellationException("closed before the bundled data were imported");
                    }
                    Platform.runLater(() -> startup.progress(done, total, message));
                });
                Platform.runLater(() -> startup.progress(-1, -1, "Loading incidents…"));
                data = new SessionData(session);
                return data.loadContent();
            }
        };
        opening.setOnSucceeded(e -> showMap(root, opening.getValue(), folder));
        opening.setOnFailed(e -> {
            LOG.error("Incident Atlas cannot start on {}", folder, opening.getException());
            Failure failure = Failure.of("Incident Atlas cannot start on " + folder, opening.getException(),
                    "Check that this data folder may be written to and is not used by another Incident Atlas, or "
                            + "start with another folder (--db FOLDER).");
            startup.fail(failure.what() + ": " + failure.why() + ". " + failure.whatToDo() + " The details are in "
                    + logFile + ".");
        });
        tasks.execute(opening);
    }

    private void showMap(BorderPane root, MapContent content, Path folder) {
        model = new AtlasViewModel(data, background);
        BasemapPicker basemap = new BasemapPicker(AtlasTileRetriever.basemaps(), BasemapSettings.userPreferences(),
                background, dialogs);
        window = new MainWindow(model, content, Credits.UNKNOWN, url -> getHostServices().showDocument(url),
                basemap);
        window.incidentLayer().onFirstIncidentsDrawn(IncidentAtlasApp::ready);
        window.showMapArea(preferences.mapArea());
        AppPreferences.TimelineState timeline = preferences.timeline();
        if (timeline != null) {
            window.showTimeline(timeline);
        }
        TaskIndicator indicator = new TaskIndicator();
        window.addToStatusBar(indicator);
        TrackedTasks work = new TrackedTasks(indicator, tasks);
        imports = new ImportFlow(data, work, window::setContent, model::showStatus, dialogs);
        exports = new ExportFlow(window, data, work, model::showStatus, dialogs);
        datasetFlow = new DatasetFlow(imports, data, dialogs, model::showStatus);
        window.showCoding(session.editor(), background);
        // The boundaries the map was loaded with: read once, when the window opened.
        editors = new EditorFlow(new EditorContext(session.editor(), data, data.boundaries(), background),
                name -> session.datasets().create(name, null, true), dialogs,
                imports::reloadIndex);
        editors.setMapPicker(window::pickPoint);
        menus = new AtlasMenuBar(new MenuActions(), preferences.theme());
        menus.showLabels(preferences.labels());
        exports.onStyleShown(menus::showStyle);
        AtlasTileRetriever.basemaps().useLabels(preferences.labels());
        root.setTop(menus);
        root.setCenter(window);
        Scene scene = root.getScene();
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            e.setDropCompleted(e.getDragboard().hasFiles() && imports.dropped(e.getDragboard().getFiles()));
            e.consume();
        });
        stage.setTitle("Incident Atlas — " + folder);
        window.showFilter(preferences.filter());
        String open = getParameters().getNamed().get("open");
        if (open != null) {
            openFile(Path.of(open), model);
        }
    }

    /** The line that says the first map with incidents is on screen, and how long after the process began. */
    private static void ready(int drawn) {
        long started = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                .orElse(START_MILLIS);
        String line = "ready: " + drawn + " incidents drawn " + (System.currentTimeMillis() - started)
                + " ms after start";
        System.err.println(line);
        LOG.info(line);
    }

    /** A file the desktop passed (a double-click): a saved view is shown, an MBTiles file becomes the basemap. */
    private void openFile(Path file, AtlasViewModel model) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(SavedView.EXTENSION)) {
            exports.openView(file);
        } else if (name.endsWith(".mbtiles")) {
            window.chooseBasemap(new BasemapChoice(BasemapKind.MBTILES, file.toString()));
        } else {
            model.showStatus("Cannot open " + file.getFileName() + ": only view files (" + SavedView.EXTENSION
                    + ") and MBTiles basemaps open this way; import incident files with File > Import");
        }
    }

    private void restorePlacement() {
        AppPreferences.Placement p = preferences.placement();
        if (p == null) {
            return;
        }
        boolean visible = javafx.stage.Screen.getScreensForRectangle(p.x(), p.y(), p.width(), p.height()).size() > 0;
        if (visible) {
            stage.setX(p.x());
            stage.setY(p.y());
        }
        stage.setWidth(p.width());
        stage.setHeight(p.height());
        stage.setMaximized(p.maximized());
    }

    private static String version() {
        String version = IncidentAtlasApp.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    private static Image icon(int size) {
        return new Image(IncidentAtlasApp.class.getResourceAsStream("/icons/incident-atlas-" + size + ".png"));
    }

    @Override
    public void stop() {
        if (window != null) {
            if (!stage.isFullScreen()) {
                preferences.savePlacement(new AppPreferences.Placement(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight(), stage.isMaximized()));
            }
            preferences.saveMapArea(window.mapArea());
            preferences.saveTimeline(window.timelineState());
            preferences.saveFilter(window.filter());
        }
        // Long work is asked to stop, never interrupted: an interrupt while H2 reads or writes closes the database
        // at once, and an import cut off that way would only be undone at the next start. An import stops at its
        // next record and rolls back; then the database is closed cleanly.
        closing = true;
        if (imports != null) {
            imports.close();
            exports.close();
        }
        tasks.close(CLOSE_WAIT);
        background.close();
        if (session != null) {
            session.close();
        }
    }

    /** What the menus do. */
    private final class MenuActions implements AtlasMenuBar.Actions {
        @Override
        public void importFile() {
            imports.choose();
        }

        @Override
        public void removeDataset() {
            datasetFlow.removeDataset();
        }

        @Override
        public void exportDataset() {
            datasetFlow.exportDataset();
        }

        @Override
        public void newDataset() {
            editors.newDataset();
        }

        @Override
        public void newIncident() {
            editors.newIncident();
        }

        @Override
        public void editIncident() {
            editors.editIncident(() -> model.selectedProperty().get());
        }

        @Override
        public void exportMap() {
            exports.exportMap();
        }

        @Override
        public void exportAnimation() {
            exports.exportAnimation();
        }

        @Override
        public void exportData() {
            exports.exportData();
        }

        @Override
        public void openView() {
            exports.openView();
        }

        @Override
        public void saveView() {
            exports.saveView();
        }

        @Override
        public void quit() {
            Platform.exit();
        }

        @Override
        public void find() {
            window.focusSearch();
        }

        @Override
        public void toggleFullScreen() {
            stage.setFullScreen(!stage.isFullScreen());
        }

        @Override
        public void useTheme(Theme theme) {
            theme.apply();
            preferences.saveTheme(theme);
        }

        @Override
        public void colourSymbolsBy(ColourBy by) {
            window.setColourBy(by);
        }

        @Override
        public void useLabels(LabelLanguage language) {
            AtlasTileRetriever.basemaps().useLabels(language);
            preferences.saveLabels(language);
        }

        @Override
        public void showMapMode(MapMode mode, SizeBy measure, Classing classes) {
            window.setAreaStyle(new AreaStyle(mode, measure, classes));
        }

        @Override
        public void sizeSymbolsBy(SizeBy by) {
            window.incidentLayer().setSizeBy(by);
        }

        @Override
        public void resetPreferences() {
            var failure = preferences.reset();
            if (failure.isPresent()) {
                dialogs.showError(failure.get());
                return;
            }
            Theme.LIGHT.apply();
            menus.showTheme(Theme.LIGHT);
            AtlasTileRetriever.basemaps().useLabels(LabelLanguage.ENGLISH);
            menus.showLabels(LabelLanguage.ENGLISH);
            window.showMapArea(preferences.mapArea());
            // The window saves what it shows on exit: show what a first start would, or the reset is undone then.
            window.showFilter(IncidentFilter.NONE);
            TimelineModel timeline = window.timeline();
            timeline.modeProperty().set(WindowMode.MOVING);
            timeline.select(Integer.MIN_VALUE, Integer.MAX_VALUE);
            timeline.showAll();
        }

        @Override
        public void showShortcuts() {
            HelpDialogs.showShortcuts(dialogs);
        }

        @Override
        public void openLogFolder() {
            Path logs = logFile.getParent();
            LOG.info("Opening the log folder {}", logs);
            getHostServices().showDocument(logs.toUri().toString());
            model.showStatus("Log folder: " + logs);
        }

        @Override
        public void showAbout() {
            HelpDialogs.showAbout(dialogs, version(), window == null ? Credits.UNKNOWN : window.aboutCredits());
        }
    }
}

package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.export.DataFormat;
import org.incidentatlas.export.MapFrame;
import org.incidentatlas.export.PictureSize;
import org.incidentatlas.export.PngFile;
import org.incidentatlas.export.SavedView;
import org.incidentatlas.export.ViewStyle;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.WindowMode;
import org.incidentatlas.ingest.NativeJson;
import org.incidentatlas.render.Viewport;
import org.incidentatlas.store.IncidentRepository;
import org.incidentatlas.render.AreaStyle;
import org.incidentatlas.render.Classing;
import org.incidentatlas.render.ColourBy;
import org.incidentatlas.render.MapMode;
import org.incidentatlas.render.SizeBy;
import org.incidentatlas.domain.WebMercator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What File > Export map writes is what the window shows: the same view, window and filters, drawn off screen. */
@ExtendWith(ApplicationExtension.class)
class ExportFlowTest {
    private static final IncidentId WOHEILAT = IncidentId.parse("curated:2021-baghdad-woheilat-market");
    private static final IncidentId KIRKUK = IncidentId.parse("curated:2021-kirkuk-al-rashad-checkpoint");
    private static final IncidentId MOSUL = IncidentId.parse("curated:2021-nineveh-mosul-se-checkpoint");

    @TempDir
    static Path home;
    @TempDir
    Path out;

    private CuratedDatabase db;
    private IncidentRepository repository;
    private MainWindow window;
    private ExportFlow exports;
    private SavedViews views;
    private ExportTasks tasks;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) throws Exception {
        db = CuratedDatabase.open(home);
        repository = db.repository;
        window = db.plainWindow("test data credits");
        exports = new ExportFlow(window, null, new TrackedTasks(new TaskIndicator(), Runnable::run), s -> { }, dialogs);
        views = new SavedViews(window, s -> { }, dialogs);
        tasks = new ExportTasks(window, null);
        stage.setScene(new Scene(window, 1100, 750));
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void exportedMapHasTheWindowsViewAndShowsItsIncidentWhereTheWindowDrawsIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Incident woheilat = repository.find(WOHEILAT).orElseThrow();
        int day = (int) woheilat.dates().start().toEpochDay();
        robot.interact(() -> {
            window.showMapArea(new SavedView.MapArea(33.3, 44.35, 10.4));
            window.timeline().select(day, day);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Point2D at = window.incidentLayer().positionOf(WOHEILAT).orElseThrow();
        Viewport view = window.mapView();

        Path withDot = out.resolve("map.png");
        Path without = out.resolve("empty.png");
        AtomicReference<Task<Path>> task = new AtomicReference<>();
        robot.interact(() -> task.set(tasks.pictureTask(views.current("Woheilat"), ExportSettings.SCREEN.frame(view),
                withDot)));
        task.get().run();
        assertEquals(withDot, task.get().get());
        robot.interact(() -> {
            window.timeline().select(day + 1, day + 1);
            task.set(tasks.pictureTask(views.current(""), ExportSettings.SCREEN.frame(view), without));
        });
        task.get().run();
        task.get().get();

        BufferedImage picture = ImageIO.read(withDot.toFile());
        assertEquals(view.width(), picture.getWidth());
        assertEquals(view.height(), picture.getHeight());
        MapFrame frame = ExportSettings.SCREEN.frame(view);
        assertEquals(view.originX(), frame.screenView().originX(), 1e-9);
        assertEquals(view.originY(), frame.screenView().originY(), 1e-9);
        // The picture's map, in its frame beside the legend, is centred where the window's is, at its zoom.
        int[] xy = inPicture(picture, view, at.getX(), at.getY());
        assertNotEquals(ImageIO.read(without.toFile()).getRGB(xy[0], xy[1]), picture.getRGB(xy[0], xy[1]),
                "the incident's dot is where the window draws it");

        Map<String, String> text = PngFile.readText(withDot);
        assertTrue(text.get("Description").contains("1 incident, " + woheilat.casualties().deaths().best()
                + " deaths"), text.get("Description"));
        assertTrue(text.get("Copyright").endsWith("test data credits"), text.get("Copyright"));
        SavedView saved = SavedView.read(java.nio.file.Files.writeString(out.resolve("v.iaview"),
                text.get("Comment")));
        assertEquals(10.4, saved.map().zoom(), 1e-9);
        assertEquals(woheilat.dates().start(), saved.window().from());
    }

    @Test
    void theMapModeChosenInTheWindowIsTheOneItsExportsDraw(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.setContent(db.content());
            window.showMapArea(new SavedView.MapArea(33.3, 43.5, 6));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Viewport view = window.mapView();
        Path symbols = out.resolve("symbols.png");
        Path areas = out.resolve("areas.png");
        AtomicReference<Task<Path>> task = new AtomicReference<>();
        robot.interact(() -> task.set(tasks.pictureTask(views.current(""), ExportSettings.SCREEN.frame(view),
                symbols)));
        task.get().run();
        task.get().get();
        robot.interact(() -> {
            window.setAreaStyle(new AreaStyle(MapMode.GOVERNORATE, SizeBy.INCIDENTS, Classing.JENKS));
            task.set(tasks.pictureTask(views.current(""), ExportSettings.SCREEN.frame(view), areas));
        });
        assertEquals(MapMode.GOVERNORATE, window.incidentLayer().areas().mode());
        task.get().run();
        task.get().get();
        // Anbar holds none of the three incidents: the basemap in symbol mode, the grey of "none shown" here.
        BufferedImage symbolPicture = ImageIO.read(symbols.toFile());
        int[] xy = inPicture(symbolPicture, view, view.screenX(WebMercator.x(41.0)), view.screenY(WebMercator.y(32.8)));
        int plain = symbolPicture.getRGB(xy[0], xy[1]);
        int filled = ImageIO.read(areas.toFile()).getRGB(xy[0], xy[1]);
        assertNotEquals(plain, filled, "Anbar is filled in the choropleth export");
        int grey = org.incidentatlas.render.AreaClasses.NONE_COLOUR & 0xFF;
        assertTrue(Math.abs((filled & 0xFF) - grey) < 30 && Math.abs((filled >> 16 & 0xFF) - grey) < 30,
                Integer.toHexString(filled));
        robot.interact(() -> window.setAreaStyle(new AreaStyle(MapMode.SYMBOLS, SizeBy.INCIDENTS, Classing.JENKS)));
        assertEquals(null, window.incidentLayer().areas(), "back to symbols");
    }

    /**
     * Where a point of the window's map (screen pixels) is in a picture exported at the window's size: the picture's
     * map is the rectangle inside its frame line (from the top-left corner, along the top line), centred on the same
     * place at the same zoom.
     */
    private static int[] inPicture(BufferedImage picture, Viewport view, double x, double y) {
        int line = 0xFF606060;
        int corner = 0;
        while (picture.getRGB(corner, corner) != line) {
            corner++;
        }
        int right = corner;
        while (picture.getRGB(right + 1, corner) == line) {
            right++;
        }
        int bottom = corner;
        while (picture.getRGB(corner, bottom + 1) == line) {
            bottom++;
        }
        double width = right - corner - 1;
        double height = bottom - corner - 1;
        assertTrue(width > view.width() / 2.0 && width < view.width(), "a map frame beside the legend: " + width);
        return new int[] {(int) Math.round(corner + 1 + width / 2 + x - view.width() / 2.0),
            (int) Math.round(corner + 1 + height / 2 + y - view.height() / 2.0)};
    }

    @Test
    void exportedDataAreTheIncidentsTheWindowShowsUnderItsFilters(FxRobot robot) throws Exception {
        MainWindow filtered = WaitForAsyncUtils.asyncFx(() -> db.window("credits", url -> { })).get();
        ExportTasks flow = new ExportTasks(filtered, new RepositoryData(db.database));
        // The window spans all three curated incidents; the filter keeps the two state-based ones, in Kirkuk and
        // Ninewa, and leaves out the one-sided bombing in Baghdad.
        IncidentFilter stateBased = IncidentFilter.builder().types(java.util.Set.of(
                org.incidentatlas.domain.ViolenceType.STATE_BASED)).build();
        robot.interact(() -> {
            filtered.timeline().select((int) java.time.LocalDate.parse("2021-07-01").toEpochDay(),
                    (int) java.time.LocalDate.parse("2021-09-30").toEpochDay());
            filtered.showFilter(stateBased);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(stateBased.types(), filtered.filter().types());
        assertEquals(2, filtered.shown().totals().incidents(), "the window shows two of the three incidents");
        Path geojson = out.resolve("shown.geojson");
        AtomicReference<Task<Path>> task = new AtomicReference<>();
        robot.interact(() -> task.set(flow.dataTask(DataFormat.GEOJSON, "shown", geojson)));
        task.get().run();
        task.get().get();
        var features = NativeJson.mapper().readTree(geojson.toFile()).get("features");
        java.util.Set<String> ids = new java.util.TreeSet<>();
        features.forEach(f -> ids.add(f.get("id").asText()));
        java.util.Set<String> stateBasedIds = new java.util.TreeSet<>();
        for (IncidentId id : java.util.List.of(WOHEILAT, KIRKUK, MOSUL)) {
            if (repository.find(id).orElseThrow().type() == org.incidentatlas.domain.ViolenceType.STATE_BASED) {
                stateBasedIds.add(id.toString());
            }
        }
        assertEquals(java.util.Set.of(KIRKUK.toString(), MOSUL.toString()), stateBasedIds);
        assertEquals(stateBasedIds, ids, "exactly the incidents the filtered window shows");
    }

    @Test
    void aSavedViewOpensWithItsAreaWindowAndFiltersWhichSurviveNewContent(FxRobot robot) throws Exception {
        MainWindow filtered = WaitForAsyncUtils.asyncFx(() -> db.window("credits", url -> { })).get();
        ExportFlow flow = new ExportFlow(filtered, new RepositoryData(db.database),
                new TrackedTasks(new TaskIndicator(), Runnable::run), s -> { }, dialogs);
        IncidentFilter oneSided = IncidentFilter.builder().types(java.util.Set.of(
                org.incidentatlas.domain.ViolenceType.ONE_SIDED)).governorates(java.util.List.of("Baghdad")).build();
        SavedView view = SavedView.of("Baghdad", new SavedView.Window(java.time.LocalDate.parse("2021-07-25"),
                java.time.LocalDate.parse("2021-08-15"), WindowMode.CUMULATIVE), oneSided,
                new SavedView.MapArea(33.31, 44.36, 11), SavedView.Basemap.OFFLINE, new PictureSize(800, 500));
        Path file = out.resolve("baghdad" + SavedView.EXTENSION);
        view.write(file);
        robot.interact(() -> flow.openView(file));
        assertEquals(oneSided.types(), filtered.filter().types());
        assertEquals(java.util.List.of("IQG08"), filtered.filter().governorates(), "chosen by name, kept as p-code");
        assertEquals(11, filtered.mapArea().zoom(), 1e-9);
        assertEquals(WindowMode.CUMULATIVE, filtered.timeline().modeProperty().get());
        assertEquals((int) java.time.LocalDate.parse("2021-08-15").toEpochDay(),
                filtered.timeline().windowProperty().get().to());

        IncidentFilter before = filtered.filter();
        robot.interact(() -> filtered.setContent(new RepositoryData(db.database).loadContentWithCodes()));
        assertEquals(before, filtered.filter(), "new incidents (an import) keep the filters chosen");
        assertEquals(filtered.shown().index().size(), 3);
    }

    @Test
    void aSavedViewKeepsTheMapModeColourAndSizeAndAnOlderViewShowsSymbols(FxRobot robot) throws Exception {
        MainWindow shown = WaitForAsyncUtils.asyncFx(() -> db.window("credits", url -> { })).get();
        ExportFlow flow = new ExportFlow(shown, new RepositoryData(db.database),
                new TrackedTasks(new TaskIndicator(), Runnable::run), s -> { }, dialogs);
        AtomicReference<ViewStyle> menus = new AtomicReference<>();
        flow.onStyleShown(menus::set);
        ViewStyle style = ViewStyle.of(MapMode.DISTRICT, SizeBy.DEATHS, Classing.JENKS, ColourBy.DATASET,
                SizeBy.INCIDENTS);
        SavedView.Window days = new SavedView.Window(java.time.LocalDate.parse("2021-07-01"),
                java.time.LocalDate.parse("2021-08-31"), WindowMode.MOVING);
        SavedView.MapArea area = new SavedView.MapArea(33.31, 44.36, 8);
        Path file = out.resolve("districts" + SavedView.EXTENSION);
        SavedView.of("Districts", days, IncidentFilter.NONE, area, SavedView.Basemap.OFFLINE, null, style).write(file);
        robot.interact(() -> flow.openView(file));
        assertEquals(MapMode.DISTRICT, shown.areaStyle().mode());
        assertEquals(SizeBy.DEATHS, shown.areaStyle().measure());
        assertEquals(Classing.JENKS, shown.areaStyle().classing());
        assertEquals(ColourBy.DATASET, shown.colourBy());
        assertEquals(SizeBy.INCIDENTS, shown.incidentLayer().sizeBy());
        assertEquals(style, menus.get(), "the menus are told, so their marks follow the view");
        AtomicReference<SavedView> saved = new AtomicReference<>();
        robot.interact(() -> saved.set(new SavedViews(shown, s -> { }, dialogs).current("again")));
        assertEquals(style, saved.get().style(), "saving the window keeps what it shows");

        Path old = out.resolve("old" + SavedView.EXTENSION);
        java.nio.file.Files.writeString(old, "{\"format\":\"incident-atlas-view\",\"version\":1,"
                + "\"window\":{\"from\":\"2021-07-01\",\"to\":\"2021-08-31\"},"
                + "\"map\":{\"latitude\":33.3,\"longitude\":44.4,\"zoom\":8}}");
        robot.interact(() -> flow.openView(old));
        assertEquals(MapMode.SYMBOLS, shown.areaStyle().mode(), "a view saved before styles were kept shows symbols");
        assertEquals(ColourBy.TYPE, shown.colourBy());
        assertEquals(SizeBy.DEATHS, shown.incidentLayer().sizeBy());
    }

    @Test
    void customSizesKeepTheWindowsAreaAndRefuseSizesOverTheLimit() {
        Viewport view = new Viewport(100, 80, 64, 1000, 600);
        MapFrame print = ExportSettings.A4_300_DPI.frame(view);
        assertEquals(3508, print.pictureSize().width());
        assertEquals(2480, print.pictureSize().height());
        assertTrue(print.width() >= 1000 - 1e-9 && print.height() >= 600 - 1e-9, "the whole window's area is in it");
        assertEquals(2000, ExportSettings.DOUBLE.frame(view).pictureSize().width());
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ExportSettings(ExportSettings.Kind.CUSTOM, 12_000, 100).frame(view)).getMessage()
                .contains("10,000"));
    }

    @Test
    void aFailedExportIsLoggedAndShownWithItsFileAndAReasonEvenWhenTheErrorHasNoMessage(FxRobot robot) {
        Path target = out.resolve("map.png");
        Task<Path> failing = new Task<>() {
            @Override
            protected Path call() throws java.io.IOException {
                throw new java.io.IOException();
            }
        };
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(ExportRunner.class);
        var log = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        log.start();
        logger.addAppender(log);
        try {
            robot.interact(() -> {
                TrackedTasks work = new TrackedTasks(new TaskIndicator(), Runnable::run);
                new ExportRunner(work, s -> { }, dialogs).run(failing, "the map picture", target);
            });
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            logger.detachAppender(log);
        }
        assertEquals(1, dialogs.errors.size());
        Failure shown = dialogs.errors.get(0);
        assertEquals("Cannot export the map picture to " + target, shown.what());
        assertTrue(shown.why().contains("IOException"), shown.why());
        assertTrue(shown.whatToDo().startsWith("Nothing was written."), shown.whatToDo());
        assertEquals(1, log.list.size(), "the failure is logged");
        assertTrue(log.list.get(0).getFormattedMessage().contains(target.toString()));
        assertEquals("java.io.IOException", log.list.get(0).getThrowableProxy().getClassName(),
                "with the error and its trace");
    }

    @Test
    void aViewFileThatCannotBeReadIsShownAsAnErrorAndTheMapStaysAsItWas(FxRobot robot) throws Exception {
        Path file = java.nio.file.Files.writeString(out.resolve("broken" + SavedView.EXTENSION), "{\"title\": 3");
        SavedView.MapArea before = window.mapArea();
        robot.interact(() -> exports.openView(file));
        assertEquals(1, dialogs.errors.size());
        Failure shown = dialogs.errors.get(0);
        assertEquals("Cannot open the view file " + file, shown.what());
        assertTrue(shown.whatToDo().startsWith("The map was left as it was."), shown.whatToDo());
        assertEquals(before, window.mapArea());
    }
}

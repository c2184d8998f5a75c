package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.incidentatlas.ingest.ImportOptions;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.reliability.DatabaseDigest;
import org.incidentatlas.reliability.SyntheticGedRows;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Import from the window: the report, the choice to skip bad rows or import nothing, and the map updating. */
@ExtendWith(ApplicationExtension.class)
class ImportFlowTest {
    @TempDir
    static Path home;

    private final WorkThread executor = new WorkThread("import-flow-test");
    private Database database;
    private IncidentRepository repository;
    private PausingData data;
    private MainWindow window;
    private ImportFlow flow;

    @Start
    void start(Stage stage) {
        database = Database.open(home.resolve("db-" + System.nanoTime()));
        repository = new IncidentRepository(database);
        data = new PausingData(new RepositoryData(database));
        AtlasViewModel model = new AtlasViewModel(data, Background.direct());
        window = new MainWindow(model, data.loadContent().index(), "test attribution", url -> { });
        TaskIndicator indicator = new TaskIndicator();
        window.addToStatusBar(indicator);
        flow = new ImportFlow(data, new TrackedTasks(indicator, executor), window::setContent, model::showStatus,
                new FxDialogs(() -> stage, null));
        stage.setScene(new Scene(window, 1000, 700));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null || !(w instanceof Stage))
                .toList().forEach(javafx.stage.Window::hide));
        executor.close(Duration.ofSeconds(60));
        database.close();
    }

    @Test
    void badRowsAreReportedAndImportingTheGoodOnesUpdatesTheMap(FxRobot robot) throws Exception {
        Path file = gedFileWithOneBadRow();
        robot.interact(() -> flow.start(file, ImportOptions.NONE, false));

        TextArea report = waitForReport(robot, "2 records read, 0 imported, 1 rejected");
        assertTrue(report.getText().contains("line 3, latitude"), report.getText());
        assertEquals(0, repository.count(), "nothing is imported before the person chooses");

        robot.clickOn(button(robot, ImportFlow.IMPORT_GOOD.getText()));
        waitForReport(robot, "2 records read, 1 imported, 1 rejected");
        robot.clickOn(button(robot, "OK"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.incidentLayer().index().size() == 1);
        assertEquals(1, repository.count());
        assertEquals("1 incident", robot.lookup("#" + MainWindow.STATUS_ID).queryAs(Label.class).getText());
    }

    @Test
    void choosingImportNothingLeavesTheDatabaseAsItWas(FxRobot robot) throws Exception {
        Path file = gedFileWithOneBadRow();
        robot.interact(() -> flow.start(file, ImportOptions.NONE, false));
        waitForReport(robot, "0 imported, 1 rejected");
        robot.clickOn(button(robot, ImportFlow.IMPORT_NOTHING.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, repository.count());
        assertTrue(robot.lookup("#" + MainWindow.STATUS_ID).queryAs(Label.class).getText()
                .startsWith("Nothing was imported"));
    }

    @Test
    void cancellingAnImportKeepsNothingAndTheDatabaseGoesOnWorking(FxRobot robot) throws Exception {
        String before = databaseWithSomeIncidents();
        Path large = largeFile();
        data.pauseNextImport();
        robot.interact(() -> flow.start(large, ImportOptions.NONE, false));
        data.awaitPaused();
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#" + TaskIndicator.CANCEL_ID);
        data.resume();
        // The import's thread is done once work queued after it has run.
        CompletableFuture.runAsync(() -> { }, executor).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Import of " + large.getFileName() + " cancelled; nothing was imported",
                robot.lookup("#" + MainWindow.STATUS_ID).queryAs(Label.class).getText());
        assertEquals(before, DatabaseDigest.of(database), "the same connection still reads, and nothing was added");
        assertFalse(Files.exists(database.folder().resolve("import-in-progress")), "the import's copy is let go");
    }

    @Test
    void closingTheWindowMidImportRollsItBackAndClosesTheDatabaseCleanly(FxRobot robot) throws Exception {
        String before = databaseWithSomeIncidents();
        Path large = largeFile();
        data.pauseNextImport();
        robot.interact(() -> flow.start(large, ImportOptions.NONE, false));
        data.awaitPaused();

        // What the application does when its window closes, before it closes the database.
        flow.close();
        data.resume();
        assertTrue(executor.close(Duration.ofSeconds(60)), "the import ended without being interrupted");
        assertEquals(before, DatabaseDigest.of(database), "the connection still reads, and nothing was added");
        database.close();

        try (Database reopened = Database.open(database.folder())) {
            assertFalse(reopened.restoredAfterInterruptedImport(), "nothing needed to be undone at the next start");
            assertEquals(before, DatabaseDigest.of(reopened));
        }
        assertFalse(Files.exists(database.folder().resolve("import-in-progress")));
    }

    /** Imports 300 synthetic incidents and returns the digest of the database's content. */
    private String databaseWithSomeIncidents() throws Exception {
        Path small = home.resolve("small-" + System.nanoTime() + ".csv");
        SyntheticGedRows.write(small, 1, 300, 5);
        new Importer(repository).importFile(small, false, ProgressListener.NONE);
        assertEquals(300, repository.count());
        return DatabaseDigest.of(database);
    }

    /** 6,000 synthetic rows (about 2 MB): an import with a dozen progress reports, one to stop at part way. */
    private static Path largeFile() throws IOException {
        Path large = home.resolve("large-" + System.nanoTime() + ".csv");
        SyntheticGedRows.write(large, 100_000, 6_000, 6);
        return large;
    }

    /** The dialog button labelled {@code text}, once the dialog has laid it out. */
    private static Button button(FxRobot robot, String text) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findButton(robot, text).isPresent());
        return findButton(robot, text).orElseThrow();
    }

    private static Optional<Button> findButton(FxRobot robot, String text) {
        return robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText()) && b.getScene() != null && b.getScene().getWindow().isShowing())
                .findFirst();
    }

    /** Waits for the import report that says {@code text}. */
    private static TextArea waitForReport(FxRobot robot, String text) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> report(robot, text).isPresent());
        return report(robot, text).orElseThrow();
    }

    private static Optional<TextArea> report(FxRobot robot, String text) {
        return robot.lookup("#" + ImportFlow.REPORT_ID).queryAllAs(TextArea.class).stream()
                .filter(t -> t.getText().contains(text)).findFirst();
    }

    /** The header and two real rows of the bundled GED file; the second with a latitude off the globe. */
    private static Path gedFileWithOneBadRow() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("data", "ucdp_ged191_iraq.csv")).subList(0, 3));
        lines.set(2, lines.get(2).replace(",34.196632,43.873899,", ",134.196632,43.873899,"));
        Path file = Files.createTempFile(home, "ged", ".csv");
        Files.write(file, lines);
        return file;
    }
}

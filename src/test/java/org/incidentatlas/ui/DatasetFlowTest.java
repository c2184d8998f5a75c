package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.incidentatlas.domain.DatasetSummary;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.ingest.IncidentEditor;
import org.incidentatlas.ingest.NativeJson;
import org.incidentatlas.store.DatasetRegistry;
import org.incidentatlas.store.EditStore;
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

/**
 * Datasets from the window: a table in no known format imported through the column-mapping dialog, File > Remove
 * dataset with its confirmation, and File > Export dataset. The real dialogs are shown and clicked (a save-file
 * chooser, a platform window, answers with a path the test gives).
 */
@ExtendWith(ApplicationExtension.class)
class DatasetFlowTest {
    @TempDir
    static Path home;

    private final WorkThread executor = new WorkThread("dataset-flow-test");
    private Database database;
    private IncidentRepository repository;
    private RepositoryData data;
    private MainWindow window;
    private ImportFlow flow;
    private DatasetFlow datasets;
    private SaveToDialogs dialogs;

    @Start
    void start(Stage stage) {
        database = Database.open(home.resolve("db-" + System.nanoTime()));
        repository = new IncidentRepository(database);
        data = new RepositoryData(database);
        AtlasViewModel model = new AtlasViewModel(data, Background.direct());
        window = new MainWindow(model, data.loadContent().index(), "test attribution", url -> { });
        TaskIndicator indicator = new TaskIndicator();
        window.addToStatusBar(indicator);
        dialogs = new SaveToDialogs(new FxDialogs(() -> stage, null));
        flow = new ImportFlow(data, new TrackedTasks(indicator, executor), window::setContent, model::showStatus,
                dialogs);
        datasets = new DatasetFlow(flow, data, dialogs, model::showStatus);
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
    void aTableInNoKnownFormatIsImportedWithTheColumnsChosenInTheDialog(FxRobot robot) throws Exception {
        Path sheet = home.resolve("survey.csv");
        Files.writeString(sheet, """
                Ref,Day,North,East,Dead,Where
                S-1,13/03/2017,36.33,43.12,4,Mosul al-Jadida
                S-2,02/04/2017,36.35,43.15,1,Old City
                """);
        robot.interact(() -> flow.begin(sheet));

        TableView<?> preview = waitFor(robot, "#" + ColumnMappingDialog.PREVIEW_ID, TableView.class);
        assertEquals(2, preview.getItems().size(), "the first rows are shown");
        Label problem = robot.lookup("#" + ColumnMappingDialog.PROBLEM_ID).queryAs(Label.class);
        Button importButton = button(robot, ColumnMappingDialog.IMPORT.getText());
        assertTrue(importButton.isDisabled(), "North and East are not guessed as coordinates: " + problem.getText());
        assertTrue(problem.getText().contains("'latitude' must name a column"), problem.getText());

        choose(robot, "latitude", "North");
        choose(robot, "longitude", "East");
        assertEquals("", problem.getText());
        assertEquals("Dead", choice(robot, "deathsBest").getValue(), "guessed from the header");
        robot.clickOn(importButton);

        // The import is done when the map shows its incidents (the window reloads them after the commit).
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.incidentLayer().index().size() == 2);
        assertEquals(2, repository.count());
        List<DatasetSummary> datasets = data.datasets();
        assertEquals(List.of("survey"), datasets.stream().map(DatasetSummary::name).toList());
        assertEquals(5, datasets.get(0).deathsBest());
        assertEquals("2017-03-13", datasets.get(0).firstDate().toString(), "read day first, as the dialog chose");
    }

    @Test
    void removingADatasetAsksWhichAndConfirmsThenTakesAllOfItOut(FxRobot robot) throws Exception {
        new Importer(repository).importFile(Path.of("data", "curated", "iraq-2021.json"), false,
                ProgressListener.NONE);
        new Importer(repository).importFile(Path.of("src", "test", "resources", "ged", "sample.csv"), false,
                ProgressListener.NONE);
        long curated = data.datasets().stream().filter(d -> d.name().equals("curated")).findFirst().orElseThrow()
                .incidents();
        long all = repository.count();

        robot.interact(datasets::removeDataset);
        ListView<DatasetSummary> list = datasetList(robot);
        assertEquals(2, list.getItems().size());
        robot.interact(() -> list.getSelectionModel().select(named(list, "curated")));
        robot.clickOn(button(robot, DatasetChoice.REMOVE.getText()));
        robot.clickOn(button(robot, "Keep it"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, repository.count(), "keeping it removes nothing");

        robot.interact(datasets::removeDataset);
        ListView<DatasetSummary> again = datasetList(robot);
        robot.interact(() -> again.getSelectionModel().select(named(again, "curated")));
        robot.clickOn(button(robot, DatasetChoice.REMOVE.getText()));
        robot.clickOn(button(robot, "Remove"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> repository.count() == all - curated);
        assertEquals(List.of("ucdp-ged"), data.datasets().stream().map(DatasetSummary::name).toList());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.incidentLayer().index().size() == all - curated);
    }

    @Test
    void exportingADatasetOffersOnlyTheResearchersOwnAndWritesItWithItsHistory(FxRobot robot) throws Exception {
        new Importer(repository).importFile(Path.of("data", "curated", "iraq-2021.json"), false,
                ProgressListener.NONE);
        robot.interact(datasets::exportDataset);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertEquals("No dataset of your own to export", dialogs.errors.get(0).what());
        assertTrue(dialogs.saveRequests.isEmpty(), "nothing is asked of an imported dataset");

        new DatasetRegistry(database).create("mine", "Kirkuk coding, 2021", true);
        IncidentEditor editor = new IncidentEditor(new EditStore(database));
        Incident copied = editor.add("mine", List.of(repository.find(new IncidentId("curated",
                "2021-kirkuk-al-rashad-checkpoint")).orElseThrow()), "from the curated record").get(0);
        editor.set(copied.id(), Map.of("casualties.deaths.best", "14"), "a later toll");
        Path out = home.resolve("mine-" + System.nanoTime() + ".json");
        dialogs.saveTo(out);

        robot.interact(datasets::exportDataset);
        ListView<DatasetSummary> list = datasetList(robot);
        assertEquals(List.of("mine"), list.getItems().stream().map(DatasetSummary::name).toList(),
                "only the researcher's own dataset is offered");
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn(button(robot, DatasetChoice.EXPORT.getText()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(out));
        assertEquals("mine.json", dialogs.saveRequests.get(0).initialName());

        JsonNode written = NativeJson.mapper().readTree(out.toFile());
        JsonNode incidents = written.findValue("incidents");
        assertEquals(1, incidents.size(), written.toString());
        assertEquals(14, incidents.get(0).at("/casualties/deaths/best").asInt());
        assertEquals(2, written.findValue("history").size(), "the addition and the change");
        assertEquals(1, dialogs.errors.size(), "no failure shown for the export");
    }

    @SuppressWarnings("unchecked")
    private static ListView<DatasetSummary> datasetList(FxRobot robot) throws TimeoutException {
        return waitFor(robot, "#" + DatasetChoice.LIST_ID, ListView.class);
    }

    private static DatasetSummary named(ListView<DatasetSummary> list, String name) {
        return list.getItems().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private static void choose(FxRobot robot, String key, String column) {
        ComboBox<String> box = choice(robot, key);
        robot.interact(() -> box.setValue(column));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> choice(FxRobot robot, String key) {
        return robot.lookup("#" + ColumnMappingDialog.choiceId(key)).queryAs(ComboBox.class);
    }

    private static <T extends Node> T waitFor(FxRobot robot, String query, Class<T> type) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).queryAs(type);
    }

    private static Button button(FxRobot robot, String text) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findButton(robot, text).isPresent());
        return findButton(robot, text).orElseThrow();
    }

    private static Optional<Button> findButton(FxRobot robot, String text) {
        return robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText()) && b.getScene() != null && b.getScene().getWindow().isShowing())
                .findFirst();
    }
}

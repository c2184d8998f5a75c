package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.incidentatlas.domain.ClaimStatus;
import org.incidentatlas.domain.EditKind;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.ReportedFigures;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.ViolenceType;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.NamedPlace;
import org.incidentatlas.index.NamedPlaces;
import org.incidentatlas.ingest.IncidentEditor;
import org.incidentatlas.store.DatasetRegistry;
import org.incidentatlas.store.EditStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Coding an incident from its reports in the editor alone, headless. */
@ExtendWith(ApplicationExtension.class)
class IncidentEditorViewTest {
    private static final IncidentId CURATED = IncidentId.parse("curated:2021-kirkuk-al-rashad-checkpoint");
    private static final IncidentId MINE = IncidentId.parse("mine:2021-kirkuk-al-rashad-checkpoint");

    @TempDir
    static Path home;

    private static final AdminBoundaries BOUNDARIES = AdminBoundaries.bundled();
    private static final NamedPlaces PLACES = NamedPlaces.bundled(BOUNDARIES);

    private CuratedDatabase db;
    private IncidentEditorModel model;
    private FxBackground background;
    /** Where the last database call of the editor ran. */
    private final List<String> dbThreads = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        db = CuratedDatabase.open(home);
        new DatasetRegistry(db.database).create("mine", null, true);
        background = new FxBackground();
        IncidentLookup lookup = id -> {
            dbThreads.add(Thread.currentThread().getName());
            return db.repository.find(id);
        };
        EditorContext context = new EditorContext(new IncidentEditor(new EditStore(db.database)), lookup, BOUNDARIES,
                background);
        model = new IncidentEditorModel(context);
        // "Pick on the map" in this test: the main window's map is clicked at the Al-Rashad point.
        MapPicker map = onPicked -> onPicked.accept(34.93, 44.17);
        stage.setScene(new Scene(new IncidentEditorView(model, new EditorChoices(List.of("mine"),
                List.of("Government of Iraq", "IS"), PLACES), map), 1000, 740));
        stage.show();
    }

    @AfterEach
    void close() {
        background.close();
        db.close();
    }

    @Test
    void theAlRashadAttackCodedFromItsSixReportsEqualsTheCuratedRecordInEveryFigure(FxRobot robot) {
        type(robot, "editor-dataset", "mine");
        type(robot, "editor-id", "2021-kirkuk-al-rashad-checkpoint");
        report(robot, "AFP (via The Daily Observer, Bangladesh)", "2021-09-05", "13", "3", "");
        report(robot, "Rudaw", "2021-09-05", "13", "3", "");
        report(robot, "Associated Press (via The Globe and Mail)", "2021-09-05", "13", "5", "");
        report(robot, "Kurdistan 24", "2021-09-05", "at least 12", "3", "");
        report(robot, "Kayhan (Tehran)", "2021-09-05", "at least 16", "3", "1");
        // The sixth from a pasted passage (written for this test): the figures are read, then confirmed by adding.
        type(robot, "report-outlet", "Daily Express (reprinting wire copy)");
        type(robot, "report-published", "2021-09-05");
        type(robot, "report-language", "en");
        type(robot, "report-passage", "Thirteen police officers were killed and three were wounded near Al-Rashad; "
                + "another officer is still missing.");
        click(robot, "report-read");
        assertEquals("13", text(robot, "report-killed"));
        assertEquals("3", text(robot, "report-wounded"));
        assertEquals("1", text(robot, "report-missing"));
        click(robot, "report-add");

        type(robot, "editor-start", "2021-09-04");
        type(robot, "editor-end", "2021-09-05");
        type(robot, "editor-place", "Al-Rashad sub-district, south of Kirkuk city");
        click(robot, "editor-pick-map");
        assertEquals("34.93000", text(robot, "editor-lat"), "placed by a click on the map");
        assertEquals("44.17000", text(robot, "editor-lon"));
        assertEquals("Kirkuk", text(robot, "editor-adm1"), "governorate filled in from the point");
        assertEquals("Daquq", text(robot, "editor-adm2"), "district filled in from the point");
        choose(robot, "editor-location-precision", LocationPrecision.NEAR);
        type(robot, "editor-side-a", "Government of Iraq");
        type(robot, "editor-side-b", "IS");
        choose(robot, "editor-claim", ClaimStatus.SUSPECTED);
        choose(robot, "editor-type", ViolenceType.STATE_BASED);
        type(robot, "editor-method", "armed assault on checkpoint, then roadside bombs against reinforcements");
        assertEquals("12", text(robot, "editor-deaths-low"));
        assertEquals("13", text(robot, "editor-deaths-best"));
        assertEquals("16", text(robot, "editor-deaths-high"));
        type(robot, "editor-party-a", "13");
        assertEquals("", robot.lookup("#editor-problem").queryAs(Label.class).getText());
        click(robot, "editor-save");
        awaitSaved(robot);

        Incident saved = db.repository.find(MINE).orElseThrow(() -> new AssertionError(
                robot.lookup("#editor-status").queryAs(Label.class).getText()));
        Incident curated = db.repository.find(CURATED).orElseThrow();
        assertEquals(curated.casualties(), saved.casualties());
        assertEquals(figures(curated), figures(saved));
        assertEquals(curated.dates(), saved.dates());
        assertEquals(curated.place().latitude(), saved.place().latitude());
        assertEquals(curated.place().longitude(), saved.place().longitude());
        assertEquals(curated.place().precision(), saved.place().precision());
        assertEquals(curated.place().adm1(), saved.place().adm1());
        assertEquals(curated.place().adm2(), saved.place().adm2());
        assertEquals(curated.actors(), saved.actors());
        assertEquals(curated.type(), saved.type());
        assertEquals(curated.sourcing().reportedCount(), saved.sourcing().reportedCount());
        Source express = saved.sourcing().reports().get(5);
        assertEquals("en", express.language(), "the report's language is kept");
        assertTrue(express.passage().startsWith("Thirteen police officers were killed"), "the passage read is kept");
    }

    @Test
    void nothingIsSavedUntilValidAndCtrlZTakesBackASavedChange(FxRobot robot) {
        robot.interact(() -> model.load(db.repository.find(CURATED).orElseThrow()));
        awaitSaved(robot);
        type(robot, "editor-dataset", "mine");
        robot.interact(() -> model.dataset.set("mine"));
        assertFalse(robot.lookup("#editor-save").queryAs(Button.class).isDisabled(),
                robot.lookup("#editor-problem").queryAs(Label.class).getText());
        robot.interact(() -> model.place.latitude.set("134.93"));
        assertEquals("place.latitude must be between -90 and 90 (was 134.93)",
                robot.lookup("#editor-problem").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#editor-save").queryAs(Button.class).isDisabled());
        robot.interact(() -> model.place.latitude.set("34.93"));
        // A record of a read-only dataset is saved as a new one of the researcher's.
        robot.interact(() -> {
            model.load(db.repository.find(CURATED).orElseThrow());
            model.dataset.set("mine");
        });
        assertTrue(saveAsNew(robot), robot.lookup("#editor-status").queryAs(Label.class).getText());
        awaitSaved(robot);
        type(robot, "editor-method", "; IS later described it in al-Naba");
        click(robot, "editor-save");
        awaitSaved(robot);
        assertTrue(db.repository.find(MINE).orElseThrow().method().endsWith("al-Naba"));
        robot.clickOn("#editor-history").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        awaitSaved(robot);
        assertTrue(db.repository.find(MINE).orElseThrow().method().endsWith("reinforcements"));
        List<EditKind> kinds = model.history.stream().map(e -> e.kind()).toList();
        assertEquals(List.of(EditKind.CREATE, EditKind.EDIT, EditKind.UNDO), kinds);
        assertTrue(robot.lookup("#editor-method").queryAs(TextInputControl.class).getText().endsWith(
                "reinforcements"), "the window shows the incident as the undo left it");
        assertFalse(dbThreads.isEmpty());
        assertTrue(dbThreads.stream().allMatch("atlas-background"::equals), "no database call on the FX thread: "
                + dbThreads);
    }

    @Test
    void aNamedAreaPlacesTheIncidentInsideItWithItsPrecision(FxRobot robot) {
        type(robot, PlaceChooser.ID, "daquq");
        ComboBox<NamedPlace> box = robot.lookup("#" + PlaceChooser.ID).queryAs(ComboBox.class);
        NamedPlace district = box.getItems().stream().filter(p -> p.level() == NamedPlace.Level.DISTRICT).findFirst()
                .orElseThrow(() -> new AssertionError("no district Daquq in " + box.getItems()));
        assertEquals("Daquq (district, Kirkuk)", district.label());
        robot.interact(() -> box.getSelectionModel().select(district));
        assertEquals("Daquq", text(robot, "editor-place"));
        assertEquals("Kirkuk", text(robot, "editor-adm1"), "the point is inside the district");
        assertEquals("Daquq", text(robot, "editor-adm2"));
        assertEquals(LocationPrecision.DISTRICT, model.place.precision.get());
        type(robot, PlaceChooser.ID, "Kirkuk");
        NamedPlace town = box.getItems().stream().filter(p -> p.level() == NamedPlace.Level.TOWN).findFirst()
                .orElseThrow(() -> new AssertionError("no town Kirkuk in " + box.getItems()));
        robot.interact(() -> box.getSelectionModel().select(town));
        assertEquals(LocationPrecision.NEAR, model.place.precision.get());
        assertEquals("Kirkuk", text(robot, "editor-adm1"));
    }

    /**
     * Waits until every save, undo or history read the editor started in the background has run and its result has
     * been shown: the background runs its work in order on one thread and hands results over in order, so once a
     * last, empty piece of work has come back, all before it have.
     */
    private void awaitSaved(FxRobot robot) {
        CompletableFuture<Object> drained = new CompletableFuture<>();
        robot.interact(() -> background.run(() -> "done", drained::complete, drained::completeExceptionally));
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, drained);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the editor's background work did not end", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.busyProperty().get());
    }

    /** Saves the loaded curated record as a new record of "mine" (the editor treats it as new). */
    private boolean saveAsNew(FxRobot robot) {
        boolean[] ok = new boolean[1];
        robot.interact(() -> {
            model.loadAsNew();
            ok[0] = model.save();
        });
        assertTrue(model.busyProperty().get() || model.saved() != null, "the save runs in the background");
        return ok[0];
    }

    private static List<ReportedFigures> figures(Incident in) {
        return in.sourcing().reports().stream().map(Source::figures).filter(Objects::nonNull).toList();
    }

    private static void report(FxRobot robot, String outlet, String published, String killed, String wounded,
            String missing) {
        type(robot, "report-outlet", outlet);
        type(robot, "report-published", published);
        type(robot, "report-killed", killed);
        type(robot, "report-wounded", wounded);
        if (!missing.isEmpty()) {
            type(robot, "report-missing", missing);
        }
        click(robot, "report-add");
    }

    /**
     * Types into a field of the editor, as a person would after moving the focus there; long texts are pasted into
     * the field (typing them key by key would only make the test slower).
     */
    private static void type(FxRobot robot, String id, String text) {
        Node node = robot.lookup("#" + id).query();
        TextInputControl input = node instanceof ComboBox<?> box ? box.getEditor() : (TextInputControl) node;
        robot.interact(input::requestFocus);
        if (text.length() > 12) {
            robot.interact(() -> input.replaceText(0, input.getLength(), text));
        } else {
            robot.write(text);
        }
        if (node instanceof ComboBox<?>) {
            robot.type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextInputControl.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String id, T value) {
        ComboBox<T> box = robot.lookup("#" + id).queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select(value));
    }

    private static void click(FxRobot robot, String id) {
        Button b = robot.lookup("#" + id).queryAs(Button.class);
        robot.interact(b::fire);
    }
}

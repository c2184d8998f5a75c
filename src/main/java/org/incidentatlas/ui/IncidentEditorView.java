package org.incidentatlas.ui;

import static org.incidentatlas.ui.EditorControls.button;
import static org.incidentatlas.ui.EditorControls.choice;
import static org.incidentatlas.ui.EditorControls.field;
import static org.incidentatlas.ui.EditorControls.grid;
import static org.incidentatlas.ui.EditorControls.pick;
import static org.incidentatlas.ui.EditorControls.row;
import static org.incidentatlas.ui.EditorControls.section;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.incidentatlas.domain.Change;
import org.incidentatlas.domain.ClaimStatus;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Edit;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.ViolenceType;

/**
 * The incident editor: reports first (each with its own figures, a passage to read them from), then when, where and
 * who, the casualties (from the reports or by hand with a reason), the problem that keeps it from being saved, and its
 * history beside it. Ctrl+Z and Ctrl+Shift+Z undo and redo saved changes.
 */
public final class IncidentEditorView extends BorderPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(
            ZoneOffset.UTC);

    private final IncidentEditorModel model;
    private final PlaceChooser places;
    private final MapPicker picker;

    /**
     * @param choices the datasets, actors and places to pick from
     * @param picker  what "Pick on the map" asks for a click on the main window's map
     */
    public IncidentEditorView(IncidentEditorModel model, EditorChoices choices, MapPicker picker) {
        this.model = model;
        this.picker = picker;
        this.places = new PlaceChooser(choices.places(), model.place::pick);
        setId("incident-editor");
        VBox form = new VBox(8, identity(choices.datasets()), reports(), when(), where(), who(choices.actors()),
                casualties(), notes());
        form.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setRight(history());
        setBottom(actions());
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(e)) {
                model.redo();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                model.undo();
                e.consume();
            }
        });
    }

    private Node identity(List<String> datasets) {
        ComboBox<String> dataset = new ComboBox<>();
        dataset.getItems().setAll(datasets);
        dataset.setEditable(true);
        dataset.setId("editor-dataset");
        dataset.valueProperty().bindBidirectional(model.dataset);
        return section("Record", grid("Your dataset", dataset, "Record id", field("editor-id", model.originalId)));
    }

    private Node reports() {
        ListView<Source> list = new ListView<>(model.reports);
        list.setId("editor-reports");
        list.setPrefHeight(140);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Source s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : IncidentText.source(s).replace('\n', ' '));
            }
        });
        Button remove = button("Remove report", "report-remove", () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                model.reports.remove(i);
            }
        });
        ReportForm r = model.report;
        TextArea passage = new TextArea();
        passage.setId("report-passage");
        passage.setPromptText("Paste the passage of the report its figures come from: Read passage fills them in, and "
                + "the passage is kept with the report");
        passage.setPrefRowCount(3);
        passage.setWrapText(true);
        passage.textProperty().bindBidirectional(r.passage);
        GridPane g = grid("Outlet", field("report-outlet", r.outlet), "Published (YYYY-MM-DD)",
                field("report-published", r.published), "Title", field("report-title", r.title), "Address",
                field("report-url", r.url), "Language (en, ar, ku)", field("report-language", r.language), "Quoted",
                field("report-quoted", r.quoted), "Killed (13, at least 12, "
                        + "28 to 30)", field("report-killed", r.killed), "Wounded", field("report-wounded", r.wounded),
                "Missing", field("report-missing", r.missing));
        HBox buttons = new HBox(8, button("Read passage", "report-read", model::readPassage),
                button("Add report", "report-add", model::addReport), remove);
        return section("Reports, each with its own figures", new VBox(6, list, passage, g, buttons));
    }

    private Node when() {
        return section("When", grid("First day", field("editor-start", model.start), "Last day",
                field("editor-end", model.end), "Date known to", choice("editor-date-precision",
                        model.datePrecision, DatePrecision.values(), DatePrecision::words)));
    }

    private Node where() {
        PlaceForm p = model.place;
        return section("Where", grid("Named place or area", places.node(), "", pickOnMap(), "Place",
                field("editor-place", p.name), "Latitude", field("editor-lat", p.latitude), "Longitude",
                field("editor-lon", p.longitude), "Governorate (OCHA, from the point)", field("editor-adm1", p.adm1),
                "District (OCHA, from the point)", field("editor-adm2", p.adm2), "Location known to",
                choice("editor-location-precision", p.precision, LocationPrecision.values(),
                        LocationPrecision::words)));
    }

    /** "Pick on the map": the next click on the main window's map places the incident there. */
    private Node pickOnMap() {
        Button pick = button("Pick on the map", "editor-pick-map", () -> picker.pickPoint(
                (lat, lon) -> model.place.at(lat, lon)));
        pick.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label hint = new Label("then click the map (Esc cancels)");
        hint.getStyleClass().add("muted");
        HBox row = new HBox(8, pick, hint);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private Node who(List<String> actors) {
        return section("Who", grid("Side A (government or perpetrator)", pick("editor-side-a", model.sideA, actors),
                "Side B (opponent or target)", pick("editor-side-b", model.sideB, actors), "Claim",
                choice("editor-claim", model.claim, ClaimStatus.values(), ClaimStatus::words), "Type of violence",
                choice("editor-type", model.type, ViolenceType.values(), ViolenceType::words), "Method",
                field("editor-method", model.method)));
    }

    private Node casualties() {
        CasualtyForm c = model.casualties;
        CheckBox derived = new CheckBox("From the reports (low = lowest, high = highest, best chosen)");
        derived.setId("editor-derived");
        derived.selectedProperty().bindBidirectional(c.derived);
        TextField reason = field("editor-reason", c.reason);
        reason.setPromptText("Why the figures are set by hand");
        reason.disableProperty().bind(c.derived);
        GridPane g = grid("Killed low / best / high", row("editor-deaths", c.deathsLow, c.deathsBest, c.deathsHigh),
                "Killed by party: side A / side B / civilians / unknown", new HBox(4, field("editor-party-a", c.sideA),
                        field("editor-party-b", c.sideB), field("editor-party-civilians", c.civilians),
                        field("editor-party-unknown", c.unknown)),
                "Wounded low / best / high", row("editor-wounded", c.woundedLow, c.woundedBest, c.woundedHigh),
                "Missing low / best / high", row("editor-missing", c.missingLow, c.missingBest, c.missingHigh),
                "Reason (by hand)", reason);
        return section("Casualties", new VBox(6, derived, g));
    }

    private Node notes() {
        return section("Notes", grid("Record note", field("editor-record-note", model.recordNote),
                "Note on this change", field("editor-note", model.editNote)));
    }

    private Node history() {
        ListView<Edit> list = new ListView<>(model.history);
        list.setId("editor-history");
        list.setPrefWidth(300);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Edit e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : describe(e));
                setWrapText(true);
            }
        });
        VBox box = new VBox(4, new Label("History"), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private Node actions() {
        Label problem = new Label();
        problem.setId("editor-problem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(model.problemProperty());
        Label status = new Label();
        status.setId("editor-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Button save = button("Save", "editor-save", model::save);
        save.disableProperty().bind(model.problemProperty().isNotEmpty().or(model.busyProperty()));
        save.setDefaultButton(true);
        Button undo = button("Undo", "editor-undo", model::undo);
        Button redo = button("Redo", "editor-redo", model::redo);
        undo.disableProperty().bind(model.busyProperty());
        redo.disableProperty().bind(model.busyProperty());
        HBox buttons = new HBox(8, undo, redo, save);
        VBox box = new VBox(4, problem, status, buttons);
        box.setPadding(new Insets(8, 10, 10, 10));
        return box;
    }

    static String describe(Edit e) {
        StringBuilder b = new StringBuilder("#" + e.id() + " " + WHEN.format(e.at()) + " UTC, " + e.kind().words());
        if (e.undone()) {
            b.append(" (undone since)");
        }
        if (e.note() != null) {
            b.append(": ").append(e.note());
        }
        for (Change c : e.changes()) {
            b.append("\n  ").append("*".equals(c.field()) ? (c.before() == null ? "record created" : "record removed")
                    : c.field() + ": " + (c.before() == null ? "(none)" : c.before()) + " → "
                            + (c.after() == null ? "(none)" : c.after()));
        }
        return b.toString();
    }
}

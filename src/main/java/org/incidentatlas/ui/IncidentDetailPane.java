package org.incidentatlas.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.Edit;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.ViolenceType;
import org.incidentatlas.ingest.IncidentEditor;
import org.incidentatlas.domain.AttachedReport;

/**
 * The selected incident in full: when and where (with how exactly that is known, and the OCHA governorate and
 * district its coordinates fall in), who, how many by whose count (range, split by party, wounded and missing), every
 * report as its own row, how far the reports agree, provenance with a "copy citation" action, and the incidents close
 * by on overlapping days to step through. Every part is reachable by keyboard (Tab).
 */
public final class IncidentDetailPane extends ScrollPane {
    public static final String ID = "incident-detail";
    public static final String TITLE_ID = "incident-title";
    public static final String AGREEMENT_ID = "source-agreement";
    public static final String COPY_ID = "copy-citation";
    public static final String NEARBY_ID = "nearby-incidents";
    public static final String YOURS_ID = "your-report";

    private final VBox content = new VBox(5);
    private final AtlasViewModel model;
    private final Consumer<String> browser;
    private IncidentContext context;
    /** The researchers' reports and the history of changes, or null when not known (no editor wired). */
    private IncidentEditor coding;
    private Background background = Background.direct();

    public IncidentDetailPane(AtlasViewModel model, Consumer<String> browser, IncidentContext context) {
        this.model = model;
        this.browser = browser;
        this.context = context;
        setId(ID);
        content.setPadding(new Insets(12));
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(260);
        setPrefWidth(400);
        model.selectedProperty().addListener((obs, old, incident) -> show(incident));
        show(null);
    }

    /** Shows the researcher's own reports on each incident and its history of changes, read from {@code editor}. */
    public void setCoding(IncidentEditor editor, Background background) {
        this.coding = editor;
        this.background = background;
        show(model.selectedProperty().get());
    }

    /** What the pane may look up about other incidents (the nearby list); set again when the incidents change. */
    public void setContext(IncidentContext context) {
        this.context = context;
        show(model.selectedProperty().get());
    }

    private void show(Incident in) {
        content.getChildren().clear();
        setVvalue(0);
        if (in == null) {
            content.getChildren().add(DetailLabels.wrapped("Click an incident on the map to see its details."));
            return;
        }
        Label title = DetailLabels.wrapped(IncidentText.title(in));
        title.setId(TITLE_ID);
        title.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        content.getChildren().add(title);
        headline(in);
        casualties(in.casualties());
        for (String irregular : in.irregularities()) {
            Label flag = DetailLabels.wrapped("⚠ " + irregular);
            flag.setStyle("-fx-text-fill: #8a4b00;");
            content.getChildren().add(flag);
        }
        sourcing(in);
        VBox yoursAndHistory = new VBox(4);
        content.getChildren().add(yoursAndHistory);
        coding(in, yoursAndHistory);
        provenance(in);
        nearby(in);
    }

    private void headline(Incident in) {
        Place p = in.place();
        content.getChildren().addAll(
                DetailLabels.wrapped("When: " + IncidentText.date(in.dates())),
                DetailLabels.wrapped("Where: " + String.format(Locale.ROOT, "%.4f N, %.4f E", p.latitude(),
                        p.longitude()) + " (" + p.precision().words() + ")"));
        String assigned = context.assignedAreas(in.id());
        if (!assigned.isEmpty()) {
            content.getChildren().add(DetailLabels.wrapped("OCHA area: " + assigned));
        }
        if (p.adm1() != null || p.adm2() != null) {
            String named = (p.adm2() == null ? "" : p.adm2() + ", ") + (p.adm1() == null ? "" : p.adm1());
            content.getChildren().add(DetailLabels.wrapped("As the dataset names it: " + named));
        }
        boolean oneSided = in.type() == ViolenceType.ONE_SIDED;
        content.getChildren().addAll(
                DetailLabels.wrapped("Type: " + IncidentText.ownWords(in)
                        + (in.method() == null ? "" : "; " + in.method())),
                DetailLabels.wrapped("Category (all datasets): " + in.category().words()),
                DetailLabels.wrapped((oneSided ? "Perpetrator (side A): " : "Side A: ") + in.actors().sideA()),
                DetailLabels.wrapped((oneSided ? "Target (side B): " : "Side B: ")
                        + (in.actors().sideB() == null ? "not recorded" : in.actors().sideB())),
                DetailLabels.wrapped("Responsibility: " + in.actors().claim().words()));
    }

    private void casualties(Casualties c) {
        content.getChildren().addAll(new Separator(), DetailLabels.heading("Killed: " + IncidentText.range(c.deaths())),
                new CasualtyBar(c),
                DetailLabels.wrapped("Wounded: " + (c.wounded() == null ? "not recorded"
                        : IncidentText.range(c.wounded())) + "; missing: " + (c.missing() == null ? "not recorded"
                        : IncidentText.range(c.missing()))));
    }

    private void sourcing(Incident in) {
        List<Source> reports = in.sourcing().reports();
        content.getChildren().addAll(new Separator(), DetailLabels.heading("Sources (" + reports.size() + ")"));
        VBox agreement = new VBox(2);
        agreement.setId(AGREEMENT_ID);
        agreement.getStyleClass().add("agreement");
        agreement.setStyle("-fx-padding: 4 6;");
        for (String line : SourcingText.agreement(in)) {
            agreement.getChildren().add(DetailLabels.wrapped(line));
        }
        content.getChildren().add(agreement);
        if (in.sourcing().originalSources() != null) {
            content.getChildren().add(DetailLabels.wrapped("Original sources: " + in.sourcing().originalSources()));
        }
        for (Source s : reports) {
            content.getChildren().add(SourceRows.row(s, browser));
        }
        if (in.note() != null) {
            Label note = DetailLabels.wrapped("Note: " + in.note());
            note.setStyle("-fx-font-size: 0.92em;");
            content.getChildren().add(note);
        }
    }

    /** The researchers' reports on the incident and its history, read in the background into {@code box}. */
    private void coding(Incident in, VBox box) {
        if (coding == null) {
            return;
        }
        IncidentEditor editor = coding;
        background.run(() -> new Coding(editor.researcherReports(in.id()), editor.history(in.id())), found -> {
            if (in.equals(model.selectedProperty().get())) {
                showCoding(found, box);
            }
        }, e -> box.getChildren().setAll(DetailLabels.wrapped("Your reports and the history cannot be read: "
                + e.getMessage())));
    }

    /** What a researcher added to an incident: their reports on it and its history. */
    private record Coding(List<AttachedReport> yours, List<Edit> history) {
    }

    private void showCoding(Coding found, VBox box) {
        List<AttachedReport> yours = found.yours();
        if (!yours.isEmpty()) {
            box.getChildren().add(DetailLabels.heading("Your reports (" + yours.size() + ")"));
            for (AttachedReport r : yours) {
                Label whose = DetailLabels.wrapped("Yours, kept in your dataset " + r.dataset());
                whose.setId(YOURS_ID);
                whose.setStyle("-fx-font-style: italic;");
                box.getChildren().addAll(whose, SourceRows.row(r.report(), browser));
            }
        }
        List<Edit> history = found.history();
        if (!history.isEmpty()) {
            box.getChildren().addAll(new Separator(), DetailLabels.heading("History (" + history.size() + ")"));
            for (Edit e : history) {
                Label line = DetailLabels.wrapped(IncidentEditorView.describe(e));
                line.setStyle("-fx-font-size: 0.92em;");
                box.getChildren().add(line);
            }
        }
    }

    private void provenance(Incident in) {
        Button copy = new Button("Copy citation");
        copy.setId(COPY_ID);
        copy.setOnAction(e -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(Citation.of(in));
            Clipboard.getSystemClipboard().setContent(clip);
            model.showStatus("Citation of " + in.id() + " copied to the clipboard");
        });
        content.getChildren().addAll(new Separator(), DetailLabels.heading("Provenance"),
                DetailLabels.wrapped(IncidentText.provenance(in)), copy);
    }

    private void nearby(Incident in) {
        List<IncidentContext.NearbyIncident> others = context.overlapping(in.id());
        if (others.isEmpty()) {
            return;
        }
        ListView<IncidentContext.NearbyIncident> list = new ListView<>();
        list.setId(NEARBY_ID);
        list.getItems().setAll(others);
        list.setPrefHeight(Math.min(6, others.size()) * 26 + 4);
        list.setOnMouseClicked(e -> openChosen(list));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openChosen(list);
            }
        });
        content.getChildren().addAll(new Separator(),
                DetailLabels.heading("Close by on the same days (" + others.size() + ")"), list);
    }

    private void openChosen(ListView<IncidentContext.NearbyIncident> list) {
        IncidentContext.NearbyIncident chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            model.select(chosen.id());
        }
    }
}

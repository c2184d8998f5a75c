package org.incidentatlas.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.index.NamedPlaces;

/**
 * File > New dataset, New incident and Edit incident: asks for a dataset's name, and opens the incident editor on a new
 * incident or the selected one (a record of a read-only dataset opens as a new record of the researcher's). What the
 * editor offers to pick from is read in the background; after a save the map is loaded again.
 */
public final class EditorFlow {
    private final EditorContext context;
    /** Creates an empty, editable dataset of the name given; refuses a bad or taken name. */
    private final Consumer<String> createDataset;
    private final DialogService dialogs;
    private final Runnable reload;
    private MapPicker picker = MapPicker.NONE;
    /** The named places, read once when the first editor opens. */
    private NamedPlaces places;

    public EditorFlow(EditorContext context, Consumer<String> createDataset, DialogService dialogs, Runnable reload) {
        this.context = context;
        this.createDataset = createDataset;
        this.dialogs = dialogs;
        this.reload = reload;
    }

    /** What "Pick on the map" in the editor uses. */
    public void setMapPicker(MapPicker picker) {
        this.picker = picker;
    }

    /** Asks for a name and creates an empty, editable dataset (in the background). */
    public void newDataset() {
        TextInputDialog form = new TextInputDialog();
        form.setTitle("New dataset");
        form.setHeaderText("A dataset of your own, to code incidents in and keep your reports in.\n"
                + "Name: lower-case letters, digits and dashes, e.g. my-kirkuk-coding.");
        Optional<String> name = dialogs.ask(form);
        if (name.isEmpty() || name.get().isBlank()) {
            return;
        }
        String chosen = name.get().strip();
        context.background().run(() -> {
            createDataset.accept(chosen);
            return chosen;
        }, done -> {
        }, e -> dialogs.showError(Failure.of("Cannot create the dataset '" + chosen + "'", e,
                "Choose another name: lower-case letters, digits and dashes, not taken yet.")));
    }

    /** Opens the editor on a new incident. */
    public void newIncident() {
        open(null);
    }

    /** Opens the editor on the selected incident (or a new one when none is selected). */
    public void editIncident(Supplier<Incident> selected) {
        open(selected.get());
    }

    private void open(Incident incident) {
        context.background().run(this::choices, choices -> show(incident, choices),
                e -> dialogs.showError(Failure.of("Cannot open the incident editor", e,
                        "Check that the database can be read; the details are in the log.")));
    }

    /** Read off the FX thread: the researcher's datasets, the actors known, the named places. */
    private EditorChoices choices() {
        List<String> datasets = context.editor().editableDatasets();
        if (places == null) {
            places = NamedPlaces.bundled(context.boundaries());
        }
        return new EditorChoices(datasets, datasets.isEmpty() ? List.of() : context.editor().knownActors(), places);
    }

    private void show(Incident incident, EditorChoices choices) {
        if (choices.datasets().isEmpty()) {
            dialogs.showError(Failure.of("No dataset of your own to code incidents in",
                    new IllegalStateException("every dataset in the database is read-only"),
                    "Create one first with File > New dataset."));
            return;
        }
        IncidentEditorModel model = new IncidentEditorModel(context);
        if (incident != null) {
            model.load(incident);
            if (!choices.datasets().contains(incident.provenance().dataset())) {
                model.loadAsNew();
                model.dataset.set(choices.datasets().get(0));
            }
        } else {
            model.dataset.set(choices.datasets().get(0));
        }
        model.statusProperty().addListener((o, was, now) -> {
            if (now.startsWith("Saved") || now.equals("Undone") || now.equals("Redone")) {
                reload.run();
            }
        });
        Stage stage = new Stage();
        stage.setTitle(incident == null ? "New incident" : "Edit incident — " + incident.id());
        stage.setScene(new Scene(new IncidentEditorView(model, choices, picker), 1100, 760));
        stage.show();
    }
}

package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.incidentatlas.domain.ControlCharacters;
import org.incidentatlas.domain.DatasetSummary;
import org.incidentatlas.domain.Plural;
import org.incidentatlas.ingest.DatasetJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whole datasets from the window: File > Remove dataset (all or nothing, then the map reloads) and File > Export
 * dataset (one of the researcher's own, as native JSON with its history and reports, which File > Import restores in
 * another database). The database work runs on the import thread, never on the FX thread.
 */
public final class DatasetFlow {
    static final DialogService.FileType JSON = DialogService.FileType.of("Incident Atlas dataset (JSON)", "*.json");
    private static final Logger LOG = LoggerFactory.getLogger(DatasetFlow.class);

    private final ImportFlow imports;
    private final AtlasData data;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private Path folder;

    public DatasetFlow(ImportFlow imports, AtlasData data, DialogService dialogs, Consumer<String> status) {
        this.imports = imports;
        this.data = data;
        this.dialogs = dialogs;
        this.status = status;
    }

    /**
     * File > Remove dataset...: lists the datasets with their incidents, asks which one to remove and to confirm, then
     * removes it whole in the background (all or nothing) and reloads the map.
     */
    public void removeDataset() {
        withDatasets("Nothing was removed.", this::chooseToRemove);
    }

    /**
     * File > Export dataset...: lists the researcher's own datasets, asks which one and where, then writes it with
     * its history and its reports on other datasets' incidents.
     */
    public void exportDataset() {
        withDatasets("Nothing was written.", this::chooseToExport);
    }

    private void withDatasets(String nothingDone, Consumer<List<DatasetSummary>> then) {
        Task<List<DatasetSummary>> list = task("Reading the datasets", data::datasets);
        list.setOnSucceeded(e -> then.accept(list.getValue()));
        list.setOnFailed(e -> {
            LOG.warn("Cannot list the datasets", list.getException());
            dialogs.showError(Failure.of("Cannot list the datasets in the database", list.getException(),
                    nothingDone + " Restart Incident Atlas and try again; the log has the details."));
        });
        imports.runInBackground(list);
    }

    private void chooseToRemove(List<DatasetSummary> datasets) {
        if (datasets.isEmpty()) {
            status.accept("The database holds no dataset to remove");
            return;
        }
        Optional<DatasetSummary> chosen = dialogs.ask(DatasetChoice.create(datasets, DatasetChoice.REMOVING));
        if (chosen.isEmpty()) {
            return;
        }
        DatasetSummary d = chosen.get();
        String name = ControlCharacters.visible(d.name());
        if (!dialogs.confirm("Remove dataset", "Remove the dataset '" + name + "' with its "
                + Plural.of(d.incidents(), "incident") + " and their reports? This cannot be undone; import the file "
                + "again to bring them back.", "Remove", "Keep it")) {
            return;
        }
        Task<Long> remove = task("Removing " + name, () -> data.removeDataset(d.name()));
        remove.setOnSucceeded(e -> {
            status.accept("Removed " + name + ": " + Plural.of(remove.getValue(), "incident"));
            imports.reloadIndex();
        });
        remove.setOnFailed(e -> {
            LOG.warn("Removing dataset {} failed", d.name(), remove.getException());
            dialogs.showError(Failure.of("Cannot remove the dataset '" + name + "'", remove.getException(),
                    "Nothing was removed: the dataset is whole. Close other programs using the database and try "
                            + "again."));
        });
        imports.runInBackground(remove);
    }

    private void chooseToExport(List<DatasetSummary> datasets) {
        List<DatasetSummary> own = datasets.stream().filter(DatasetSummary::editable).toList();
        if (own.isEmpty()) {
            dialogs.showError(new Failure("No dataset of your own to export",
                    "Imported datasets are kept whole in their own files; only datasets you code in Incident Atlas "
                            + "are exported with their history.",
                    "Make one with File > New dataset…; write the incidents of any dataset with File > Export "
                            + "data…."));
            return;
        }
        Optional<DatasetSummary> chosen = dialogs.ask(DatasetChoice.create(own, DatasetChoice.EXPORTING));
        if (chosen.isEmpty()) {
            return;
        }
        String name = chosen.get().name();
        Optional<DialogService.ChosenFile> file = dialogs.saveFile(new DialogService.FileRequest("Export dataset",
                List.of(JSON), name + ".json", folder));
        if (file.isEmpty()) {
            return;
        }
        Path out = file.get().path();
        folder = out.getParent();
        Task<DatasetJson.DatasetFile> write = task("Writing " + ControlCharacters.visible(name),
                () -> data.exportDataset(name, out));
        write.setOnSucceeded(e -> status.accept("Saved " + out.getFileName() + ": " + describe(write.getValue())));
        write.setOnFailed(e -> {
            LOG.warn("Export of dataset {} to {} failed", name, out, write.getException());
            dialogs.showError(Failure.of("Cannot export the dataset '" + ControlCharacters.visible(name) + "' to "
                    + out, write.getException(), "Nothing was written. Check that the folder exists, that you may "
                    + "write to it and that the disk has room, then export again."));
        });
        imports.runInBackground(write);
    }

    /** What a written dataset holds, e.g. "dataset my-coding, 12 incidents, 30 changes in its history, 2 reports". */
    static String describe(DatasetJson.DatasetFile d) {
        return "dataset " + ControlCharacters.visible(d.name()) + ", " + Plural.of(d.incidents().size(), "incident")
                + ", " + Plural.of(d.history().size(), "change") + " in its history, "
                + Plural.of(d.reports().size(), "report") + " on other datasets' incidents";
    }

    private static <T> Task<T> task(String message, Callable<T> work) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(message);
                return work.call();
            }
        };
    }
}

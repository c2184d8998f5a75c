package org.incidentatlas.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.incidentatlas.domain.Plural;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.ingest.ImportOptions;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.TableMapping;
import org.incidentatlas.ingest.TablePreview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Importing from the window: pick or drop a file, import it in the background with progress and Cancel, then show the
 * report. When some records are bad nothing has been imported yet, and the person chooses: import the good records
 * and skip the bad ones, or import nothing. The map is reloaded when an import lands.
 */
public final class ImportFlow {
    public static final String REPORT_ID = "import-report";
    public static final ButtonType IMPORT_GOOD = new ButtonType("Import the good records",
            ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType IMPORT_NOTHING = new ButtonType("Import nothing", ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final Logger LOG = LoggerFactory.getLogger(ImportFlow.class);
    private static final DialogService.FileType IMPORTABLE = DialogService.FileType.of(
            "Tables (CSV, Excel) or Incident Atlas JSON", "*.csv", "*.xlsx", "*.xlsm", "*.json");
    private static final DialogService.FileType MAPPING = DialogService.FileType.of("Column mapping (JSON)", "*.json");
    /** How many rows of a table the mapping dialog shows. */
    static final int PREVIEW_ROWS = 10;
    private static final DialogService.FileType ANY = DialogService.FileType.of("All files", "*.*");

    private final AtlasData data;
    private final TrackedTasks tasks;
    private final Consumer<MapContent> onNewContent;
    private final Consumer<String> status;
    private final DialogService dialogs;
    private volatile boolean closed;

    public ImportFlow(AtlasData data, TrackedTasks tasks, Consumer<MapContent> onNewContent, Consumer<String> status,
            DialogService dialogs) {
        this.data = data;
        this.tasks = tasks;
        this.onNewContent = onNewContent;
        this.status = status;
        this.dialogs = dialogs;
    }

    /** File > Import...: asks for a file, then imports it. */
    public void choose() {
        dialogs.openFile(new DialogService.FileRequest("Import incidents", List.of(IMPORTABLE, ANY), null, null))
                .ifPresent(this::begin);
    }

    /** Files dropped on the window: the first one that looks importable is imported. */
    public boolean dropped(List<File> files) {
        for (File f : files) {
            String name = f.getName().toLowerCase(java.util.Locale.ROOT);
            if (f.isFile() && (TablePreview.looksLikeTable(f.toPath()) || name.endsWith(".json"))) {
                begin(f.toPath());
                return true;
            }
        }
        String names = files.stream().map(File::getName).collect(java.util.stream.Collectors.joining(", "));
        status.accept("Nothing imported: only .csv, .xlsx and .json files can be imported");
        dialogs.showError(new Failure("Cannot import " + names, "Incident Atlas imports tables (.csv or .xlsx: UCDP "
                + "GED, ACLED, GTD, or any other with its columns chosen) and its own .json files, and none of the "
                + "files dropped is one", "Nothing was imported. Drop a .csv, .xlsx or .json file, or choose "
                + "File > Import."));
        return false;
    }

    /**
     * Imports a file the person chose. A table is looked at first (its header and first rows, in the background): one
     * in a known format (UCDP GED, ACLED, GTD) is imported at once; for any other the column-mapping dialog asks which
     * column holds what, and the table is imported with that mapping.
     */
    public void begin(Path file) {
        if (!TablePreview.looksLikeTable(file)) {
            start(file, ImportOptions.NONE, false);
            return;
        }
        Task<TablePreview> look = new Task<>() {
            @Override
            protected TablePreview call() throws Exception {
                updateMessage("Reading the columns of " + file.getFileName());
                return data.previewTable(file, PREVIEW_ROWS);
            }
        };
        look.setOnSucceeded(e -> {
            TablePreview preview = look.getValue();
            if (preview.format() != null) {
                start(file, ImportOptions.NONE, false);
            } else {
                askMapping(preview).ifPresentOrElse(
                        m -> start(file, new ImportOptions("mapped", m, null), false),
                        () -> status.accept("Nothing was imported from " + file.getFileName()));
            }
        });
        look.setOnFailed(e -> failed(file, look.getException()));
        tasks.start(look);
    }

    private Optional<TableMapping> askMapping(TablePreview preview) {
        ColumnMappingModel model = new ColumnMappingModel(preview);
        return dialogs.ask(ColumnMappingDialog.create(model, this::saveMapping, this::openMapping));
    }

    private void saveMapping(TableMapping mapping) {
        dialogs.saveFile(new DialogService.FileRequest("Save the column mapping", List.of(MAPPING), "mapping.json",
                null)).ifPresent(chosen -> {
                    try {
                        mapping.write(chosen.path());
                        status.accept("Mapping saved to " + chosen.path().getFileName() + "; use it with import "
                                + "--mapping");
                    } catch (IOException e) {
                        LOG.warn("Cannot save the mapping to {}", chosen.path(), e);
                        dialogs.showError(Failure.of("Cannot save the mapping to " + chosen.path(), e,
                                "Choose a folder you can write to, and save it again."));
                    }
                });
    }

    private Optional<TableMapping> openMapping() {
        Optional<Path> file = dialogs.openFile(new DialogService.FileRequest("Open a column mapping", List.of(MAPPING,
                ANY), null, null));
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TableMapping.read(file.get()));
        } catch (ImportException | IOException e) {
            LOG.warn("Cannot read the mapping {}", file.get(), e);
            dialogs.showError(Failure.of("Cannot read the mapping " + file.get(), e,
                    "Choose a mapping saved by Incident Atlas, or correct the file where the message says."));
            return Optional.empty();
        }
    }

    /**
     * Imports {@code file} in the background. Cancel asks the import to stop at its next record: it is rolled back and
     * nothing is imported. The import's thread is never interrupted, since an interrupt while H2 reads or writes its
     * file closes the database for the rest of the session.
     */
    public void start(Path file, ImportOptions options, boolean skipBadRows) {
        AtomicBoolean stop = new AtomicBoolean();
        Task<ImportReport> task = new Task<>() {
            @Override
            protected ImportReport call() throws Exception {
                stopIfAsked(stop);
                updateMessage("Importing " + file.getFileName());
                return data.importFile(file, options, skipBadRows, (done, total, message) -> {
                    stopIfAsked(stop);
                    updateProgress(done, total > 0 ? total : -1);
                    updateMessage(message);
                });
            }
        };
        task.setOnSucceeded(e -> finished(file, options, task.getValue()));
        task.setOnFailed(e -> {
            if (task.getException() instanceof CancellationException) {
                status.accept("Import of " + file.getFileName() + " cancelled; nothing was imported");
            } else {
                failed(file, task.getException());
            }
        });
        tasks.start(task, () -> stop.set(true));
    }

    /**
     * Asks every running and waiting import to stop at its next record (each is rolled back); for closing the window.
     * The caller then waits for the work thread to finish.
     */
    public void close() {
        closed = true;
    }

    private void stopIfAsked(AtomicBoolean stop) {
        if (stop.get() || closed) {
            throw new CancellationException("import cancelled");
        }
    }

    private void finished(Path file, ImportOptions options, ImportReport report) {
        if (report.committed()) {
            status.accept(Plural.of(report.imported(), "incident") + " imported from " + file.getFileName()
                    + (report.rejected().isEmpty() ? ""
                            : ", " + Plural.of(report.rejected().size(), "bad record") + " skipped"));
            reloadIndex();
            showReport(report, "Import finished", ButtonType.OK);
            return;
        }
        if (report.rejected().isEmpty()) {
            status.accept("Nothing to import in " + file.getFileName());
            return;
        }
        ButtonType choice = showReport(report, Plural.of(report.rejected().size(), "bad record")
                + ": nothing imported yet",
                IMPORT_GOOD, IMPORT_NOTHING);
        if (choice == IMPORT_GOOD) {
            start(file, options, true);
        } else {
            status.accept("Nothing was imported from " + file.getFileName());
        }
    }

    /** Runs {@code task} on the import thread, its progress shown in the status bar. */
    void runInBackground(Task<?> task) {
        tasks.start(task);
    }

    /** Loads the map's incidents again in the background (after an import, or an edit saved). */
    public void reloadIndex() {
        if (closed) {
            return;
        }
        Task<MapContent> reload = new Task<>() {
            @Override
            protected MapContent call() {
                updateMessage("Loading incidents");
                return data.loadContent();
            }
        };
        reload.setOnSucceeded(e -> onNewContent.accept(reload.getValue()));
        reload.setOnFailed(e -> {
            LOG.warn("The map could not be reloaded after an import", reload.getException());
            status.accept("The import was saved, but the map could not be reloaded");
            dialogs.showError(Failure.of("The import was saved, but the map could not be reloaded",
                    reload.getException(), "Restart Incident Atlas to see the imported incidents."));
        });
        tasks.start(reload);
    }

    private void failed(Path file, Throwable error) {
        LOG.warn("Import of {} failed", file, error);
        status.accept("Import of " + file.getFileName() + " failed; nothing was imported");
        dialogs.showError(Failure.of("Cannot import " + file, error, "Nothing was imported. Check that the file "
                + "is a table (UCDP GED, ACLED, GTD, or another with its columns chosen) or an Incident Atlas JSON "
                + "file, correct it where the message says, then import it again."));
    }

    private ButtonType showReport(ImportReport report, String header, ButtonType... buttons) {
        return dialogs.showReport(new DialogService.Report("Import report", header, report.describe(),
                !report.rejected().isEmpty(), REPORT_ID), buttons);
    }
}

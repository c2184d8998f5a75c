package org.incidentatlas.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.incidentatlas.domain.Plural;
import org.incidentatlas.ingest.ImportReport;
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
            "UCDP GED CSV or Incident Atlas JSON", "*.csv", "*.json");
    private static final List<String> DROPPABLE = List.of(".csv", ".json", ".xlsx", ".xlsm");
    private static final DialogService.FileType ANY = DialogService.FileType.of("All files", "*.*");

    private final AtlasData data;
    private final TaskIndicator indicator;
    private final Executor executor;
    private final Consumer<MapContent> onNewContent;
    private final Consumer<String> status;
    private final DialogService dialogs;
    private volatile boolean closed;

    public ImportFlow(AtlasData data, TaskIndicator indicator, Executor executor, Consumer<MapContent> onNewContent,
            Consumer<String> status, DialogService dialogs) {
        this.data = data;
        this.indicator = indicator;
        this.executor = executor;
        this.onNewContent = onNewContent;
        this.status = status;
        this.dialogs = dialogs;
    }

    /** File > Import...: asks for a file, then imports it. */
    public void choose() {
        dialogs.openFile(new DialogService.FileRequest("Import incidents", List.of(IMPORTABLE, ANY), null, null))
                .ifPresent(file -> start(file, false));
    }

    /** Files dropped on the window: the first one that looks importable is imported. */
    public boolean dropped(List<File> files) {
        for (File f : files) {
            String name = f.getName().toLowerCase(java.util.Locale.ROOT);
            if (f.isFile() && DROPPABLE.stream().anyMatch(name::endsWith)) {
                start(f.toPath(), false);
                return true;
            }
        }
        String names = files.stream().map(File::getName).collect(java.util.stream.Collectors.joining(", "));
        status.accept("Nothing imported: only .csv, .xlsx and .json files can be imported");
        dialogs.showError(new Failure("Cannot import " + names, "Incident Atlas imports tables (.csv or .xlsx: UCDP "
                + "GED, ACLED, GTD) and its own .json files, and none of the files dropped is one",
                "Nothing was imported. Drop a .csv, .xlsx or .json file, or choose File > Import."));
        return false;
    }

    /**
     * Imports {@code file} in the background. Cancel asks the import to stop at its next record: it is rolled back and
     * nothing is imported. The import's thread is never interrupted, since an interrupt while H2 reads or writes its
     * file closes the database for the rest of the session.
     */
    public void start(Path file, boolean skipBadRows) {
        AtomicBoolean stop = new AtomicBoolean();
        Task<ImportReport> task = new Task<>() {
            @Override
            protected ImportReport call() throws Exception {
                stopIfAsked(stop);
                updateMessage("Importing " + file.getFileName());
                return data.importFile(file, skipBadRows, (done, total, message) -> {
                    stopIfAsked(stop);
                    updateProgress(done, total > 0 ? total : -1);
                    updateMessage(message);
                });
            }
        };
        task.setOnSucceeded(e -> finished(file, task.getValue()));
        task.setOnFailed(e -> {
            if (task.getException() instanceof CancellationException) {
                status.accept("Import of " + file.getFileName() + " cancelled; nothing was imported");
            } else {
                failed(file, task.getException());
            }
        });
        indicator.track(task, () -> stop.set(true));
        executor.execute(task);
    }

    /**
     * Asks every running and waiting import to stop at its next record (each is rolled back); for closing the window.
     * The caller then waits for the executor's thread to finish.
     */
    public void close() {
        closed = true;
    }

    private void stopIfAsked(AtomicBoolean stop) {
        if (stop.get() || closed) {
            throw new CancellationException("import cancelled");
        }
    }

    private void finished(Path file, ImportReport report) {
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
            start(file, true);
        } else {
            status.accept("Nothing was imported from " + file.getFileName());
        }
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
        indicator.track(reload);
        executor.execute(reload);
    }

    private void failed(Path file, Throwable error) {
        LOG.warn("Import of {} failed", file, error);
        status.accept("Import of " + file.getFileName() + " failed; nothing was imported");
        dialogs.showError(Failure.of("Cannot import " + file, error, "Nothing was imported. Check that the file "
                + "is a UCDP GED CSV or an Incident Atlas JSON file, correct it where the message says, then "
                + "import it again."));
    }

    private ButtonType showReport(ImportReport report, String header, ButtonType... buttons) {
        return dialogs.showReport(new DialogService.Report("Import report", header, report.describe(),
                !report.rejected().isEmpty(), REPORT_ID), buttons);
    }
}

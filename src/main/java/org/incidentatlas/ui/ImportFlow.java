package org.incidentatlas.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.incidentatlas.ingest.ImportReport;

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

    private final AtlasData data;
    private final TaskIndicator indicator;
    private final Executor executor;
    private final Consumer<MapContent> onNewContent;
    private final Consumer<String> status;
    private volatile boolean closed;

    public ImportFlow(AtlasData data, TaskIndicator indicator, Executor executor, Consumer<MapContent> onNewContent,
            Consumer<String> status) {
        this.data = data;
        this.indicator = indicator;
        this.executor = executor;
        this.onNewContent = onNewContent;
        this.status = status;
    }

    /** File > Import...: asks for a file, then imports it. */
    public void choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import incidents");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("UCDP GED CSV or Incident Atlas JSON", "*.csv", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            start(file.toPath(), false);
        }
    }

    /** Files dropped on the window: the first one that looks importable is imported. */
    public boolean dropped(List<File> files) {
        for (File f : files) {
            String name = f.getName().toLowerCase(java.util.Locale.ROOT);
            if (f.isFile() && (name.endsWith(".csv") || name.endsWith(".json"))) {
                start(f.toPath(), false);
                return true;
            }
        }
        status.accept("Only .csv (UCDP GED) and .json (Incident Atlas) files can be imported");
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
            status.accept(report.imported() + " incidents imported from " + file.getFileName()
                    + (report.rejected().isEmpty() ? "" : ", " + report.rejected().size() + " bad records skipped"));
            reloadIndex();
            showReport(report, "Import finished", ButtonType.OK);
            return;
        }
        if (report.rejected().isEmpty()) {
            status.accept("Nothing to import in " + file.getFileName());
            return;
        }
        ButtonType choice = showReport(report, report.rejected().size() + " bad records: nothing imported yet",
                IMPORT_GOOD, IMPORT_NOTHING);
        if (choice == IMPORT_GOOD) {
            start(file, true);
        } else {
            status.accept("Nothing was imported from " + file.getFileName());
        }
    }

    private void reloadIndex() {
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
        reload.setOnFailed(e -> status.accept("Could not reload the map: " + reload.getException().getMessage()));
        indicator.track(reload);
        executor.execute(reload);
    }

    private void failed(Path file, Throwable error) {
        status.accept("Import of " + file.getFileName() + " failed; nothing was imported");
        Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage(), ButtonType.OK);
        alert.setHeaderText("Cannot import " + file.getFileName());
        alert.showAndWait();
    }

    private static ButtonType showReport(ImportReport report, String header, ButtonType... buttons) {
        Alert alert = new Alert(report.rejected().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                "", buttons);
        alert.setTitle("Import report");
        alert.setHeaderText(header);
        TextArea text = new TextArea(report.describe());
        text.setId(REPORT_ID);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(16, 3 + report.rejected().size()));
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        return alert.showAndWait().orElse(ButtonType.CANCEL);
    }
}

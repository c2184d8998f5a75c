package org.incidentatlas.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The window's dialogs: JavaFX alerts and the platform's file choosers, each owned by the window. */
public final class FxDialogs implements DialogService {
    public static final String ERROR_ID = "error-dialog";

    private final Supplier<Window> owner;
    private final Path logFile;

    /**
     * @param owner   the window that owns the dialogs (may give null: the dialog then has no owner)
     * @param logFile the log file errors point to for details, or null when there is none
     */
    public FxDialogs(Supplier<Window> owner, Path logFile) {
        this.owner = owner;
        this.logFile = logFile;
    }

    @Override
    public void showError(Failure failure) {
        errorAlert(failure).showAndWait();
    }

    /** The alert {@link #showError} shows. */
    Alert errorAlert(Failure failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, errorText(failure), ButtonType.OK);
        own(alert);
        alert.setTitle("Incident Atlas: error");
        alert.setHeaderText(failure.what());
        alert.getDialogPane().setId(ERROR_ID);
        alert.getDialogPane().setMinWidth(520);
        alert.setResizable(true);
        return alert;
    }

    /** The body of an error: why, what to do, and where the details are. */
    String errorText(Failure failure) {
        String text = capitalised(failure.why()) + "\n\n" + failure.whatToDo();
        return logFile == null ? text : text + "\n\nThe details are in the log file " + logFile + ".";
    }

    @Override
    public boolean confirm(String title, String question, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yesButton, noButton);
        own(alert);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().orElse(noButton) == yesButton;
    }

    @Override
    public ButtonType showReport(Report report, ButtonType... buttons) {
        Alert alert = new Alert(report.warning() ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION, "",
                buttons);
        own(alert);
        alert.setTitle(report.title());
        alert.setHeaderText(report.header());
        TextArea text = new TextArea(report.text());
        text.setId(report.id());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount((int) Math.min(16, 3 + report.text().lines().count()));
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        return alert.showAndWait().orElse(ButtonType.CANCEL);
    }

    @Override
    public void showInformation(String title, String header, Node content) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        own(alert);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        alert.show();
    }

    @Override
    public Optional<Path> openFile(FileRequest request) {
        return Optional.ofNullable(chooser(request).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<ChosenFile> saveFile(FileRequest request) {
        FileChooser chooser = chooser(request);
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        FileChooser.ExtensionFilter selected = chooser.getSelectedExtensionFilter();
        FileType type = request.types().stream()
                .filter(t -> selected != null && t.label().equals(selected.getDescription()))
                .findFirst().orElse(request.types().isEmpty() ? null : request.types().get(0));
        return Optional.of(new ChosenFile(file.toPath(), type));
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public <T> Optional<T> ask(Dialog<T> form) {
        own(form);
        return form.showAndWait();
    }

    private FileChooser chooser(FileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        for (FileType t : request.types()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.label(), t.patterns()));
        }
        if (request.initialName() != null) {
            chooser.setInitialFileName(request.initialName());
        }
        if (request.initialFolder() != null && Files.isDirectory(request.initialFolder())) {
            chooser.setInitialDirectory(request.initialFolder().toFile());
        }
        return chooser;
    }

    private void own(Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null && dialog.getOwner() == null) {
            dialog.initOwner(window);
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

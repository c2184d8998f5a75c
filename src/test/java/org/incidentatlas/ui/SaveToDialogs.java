package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * The window's real dialogs, except that a save-file chooser (a platform window no robot can click) answers with a
 * path the test gives, and the failures shown are kept to be looked at.
 */
final class SaveToDialogs implements DialogService {
    final List<Failure> errors = new ArrayList<>();
    final List<FileRequest> saveRequests = new ArrayList<>();
    private final DialogService real;
    private volatile Path saveTo;

    SaveToDialogs(DialogService real) {
        this.real = real;
    }

    /** The next save-file chooser answers {@code file}. */
    void saveTo(Path file) {
        saveTo = file;
    }

    @Override
    public void showError(Failure failure) {
        errors.add(failure);
    }

    @Override
    public boolean confirm(String title, String question, String yes, String no) {
        return real.confirm(title, question, yes, no);
    }

    @Override
    public ButtonType showReport(Report report, ButtonType... buttons) {
        return real.showReport(report, buttons);
    }

    @Override
    public void showInformation(String title, String header, Node content) {
        real.showInformation(title, header, content);
    }

    @Override
    public Optional<Path> openFile(FileRequest request) {
        return real.openFile(request);
    }

    @Override
    public Optional<ChosenFile> saveFile(FileRequest request) {
        saveRequests.add(request);
        return Optional.ofNullable(saveTo).map(p -> new ChosenFile(p, request.types().get(0)));
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        return real.chooseFolder(title, initialFolder);
    }

    @Override
    public <T> Optional<T> ask(Dialog<T> form) {
        return real.ask(form);
    }
}

package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * A {@link DialogService} for tests: shows nothing, keeps what would have been shown, and answers from scripted
 * answers (queued with the {@code answer...} methods); with none queued, every question is cancelled.
 */
final class FakeDialogs implements DialogService {
    final List<Failure> errors = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();
    final List<String> information = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    final List<FileRequest> fileRequests = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();

    /** Queues the next answer: a {@link ButtonType}, {@link Path}, {@link ChosenFile}, Boolean or form result. */
    FakeDialogs answer(Object answer) {
        answers.add(answer);
        return this;
    }

    @Override
    public void showError(Failure failure) {
        errors.add(failure);
    }

    @Override
    public boolean confirm(String title, String question, String yes, String no) {
        questions.add(question);
        return next(Boolean.class).orElse(false);
    }

    @Override
    public ButtonType showReport(Report report, ButtonType... buttons) {
        reports.add(report);
        return next(ButtonType.class).orElse(ButtonType.CANCEL);
    }

    @Override
    public void showInformation(String title, String header, Node content) {
        information.add(title);
    }

    @Override
    public Optional<Path> openFile(FileRequest request) {
        fileRequests.add(request);
        return next(Path.class);
    }

    @Override
    public Optional<ChosenFile> saveFile(FileRequest request) {
        fileRequests.add(request);
        return next(ChosenFile.class);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        return next(Path.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> ask(Dialog<T> form) {
        return (Optional<T>) next(Object.class);
    }

    private <T> Optional<T> next(Class<T> type) {
        Object answer = answers.poll();
        if (answer != null && !type.isInstance(answer)) {
            throw new AssertionError("the next scripted answer is a " + answer.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return Optional.ofNullable(type.cast(answer));
    }
}

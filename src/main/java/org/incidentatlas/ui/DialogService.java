package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * Every dialog the window shows goes through here: errors, questions, reports, file choosers and the export forms.
 * Views never build an {@code Alert} or a chooser themselves, so tests replace the whole service with a fake that
 * records what was shown and answers as scripted. The window's service is {@link FxDialogs}.
 */
public interface DialogService {
    /** A kind of file a chooser offers, e.g. "PNG picture" with {@code *.png}. */
    record FileType(String label, List<String> patterns) {
        public FileType {
            patterns = List.copyOf(patterns);
        }

        public static FileType of(String label, String... patterns) {
            return new FileType(label, List.of(patterns));
        }
    }

    /**
     * What a file chooser asks: its title, the kinds of file offered (the first one chosen), a file name to start
     * with ({@code null} for none) and a folder to start in ({@code null} for the platform's default).
     */
    record FileRequest(String title, List<FileType> types, String initialName, Path initialFolder) {
        public FileRequest {
            types = List.copyOf(types);
        }
    }

    /** A file chosen, with the kind of file that was selected in the chooser when it was chosen. */
    record ChosenFile(Path path, FileType type) {
    }

    /** Shows a failure: what failed and on what, why, what to do, and where the log file with the details is. */
    void showError(Failure failure);

    /** Asks a question; true when the person answers {@code yes}, false for {@code no} or closing the dialog. */
    boolean confirm(String title, String question, String yes, String no);

    /**
     * Shows a long text that the person can read and copy (an import report), with the buttons given, and waits.
     *
     * @return the button pressed; {@link ButtonType#CANCEL} when the dialog was closed otherwise
     */
    ButtonType showReport(Report report, ButtonType... buttons);

    /**
     * A text to show with {@link #showReport}: title, heading, the text itself, whether it reports problems (a
     * warning) rather than plain information, and the id of the text area (for tests that look at it on screen).
     */
    record Report(String title, String header, String text, boolean warning, String id) {
    }

    /** Shows information (help, about) without waiting for it to be closed. */
    void showInformation(String title, String header, Node content);

    /** Asks for an existing file to open. */
    Optional<Path> openFile(FileRequest request);

    /** Asks where to save a file. */
    Optional<ChosenFile> saveFile(FileRequest request);

    /** Asks for a folder ({@code initialFolder} may be null). */
    Optional<Path> chooseFolder(String title, Path initialFolder);

    /** Shows a form (a dialog built by a view, such as the export settings) and waits for its result. */
    <T> Optional<T> ask(Dialog<T> form);
}

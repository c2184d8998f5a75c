package org.incidentatlas.ui;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.incidentatlas.domain.Source;

/**
 * One report as a row of the detail pane: outlet, date and language, headline, who was quoted, the passage read, its
 * figures, its address.
 */
final class SourceRows {
    static final String ROW_CLASS = "source-row";
    static final String LINK_CLASS = "source-link";
    static final String UNOPENED_CLASS = "source-address-text";
    static final String PASSAGE_CLASS = "source-passage";

    private SourceRows() {
    }

    static Node row(Source s, Consumer<String> browser) {
        VBox row = new VBox(2);
        row.getStyleClass().add(ROW_CLASS);
        row.setStyle("-fx-padding: 4 0 6 6; -fx-border-color: transparent transparent transparent #b0b0b0; "
                + "-fx-border-width: 0 0 0 3;");
        String head = (s.outlet() == null ? "Unnamed source" : s.outlet())
                + (s.published() == null ? "" : ", " + s.published())
                + (s.language() == null ? "" : " (in " + s.languageName() + ")");
        row.getChildren().add(DetailLabels.bold(head));
        if (s.title() != null) {
            row.getChildren().add(DetailLabels.wrapped("“" + s.title() + "”"));
        }
        if (s.quoted() != null) {
            row.getChildren().add(DetailLabels.wrapped("Quoted: " + s.quoted()));
        }
        if (s.passage() != null) {
            Label passage = DetailLabels.wrapped("“" + s.passage() + "”");
            if (s.passage().codePoints().anyMatch(SourceRows::rightToLeft)) {
                // Arabic script has no italics (the fonts at hand draw none): shown upright, right to left.
                passage.setNodeOrientation(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
            } else {
                passage.setStyle("-fx-font-style: italic;");
            }
            passage.getStyleClass().add(PASSAGE_CLASS);
            row.getChildren().add(passage);
        }
        String figures = IncidentText.figures(s.figures());
        row.getChildren().add(DetailLabels.wrapped("Figures: " + (figures.isEmpty() ? "not recorded" : figures)));
        if (s.note() != null) {
            Label note = DetailLabels.wrapped(s.note());
            note.setStyle("-fx-font-size: 0.92em;");
            note.getStyleClass().add("muted");
            row.getChildren().add(note);
        }
        if (s.url() != null) {
            row.getChildren().add(address(s.url(), browser));
        }
        return row;
    }

    private static boolean rightToLeft(int c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** A link for http and https addresses; any other address is plain, selectable-looking text that never opens. */
    static Node address(String url, Consumer<String> browser) {
        if (SafeLinks.openable(url)) {
            Hyperlink link = new Hyperlink(url);
            link.getStyleClass().add(LINK_CLASS);
            link.setWrapText(true);
            link.setTooltip(new Tooltip("Open in the system browser"));
            link.setOnAction(e -> SafeLinks.open(url, browser));
            return link;
        }
        Label text = DetailLabels.wrapped(url + " (not opened: only http and https addresses are)");
        text.getStyleClass().add(UNOPENED_CLASS);
        text.getStyleClass().add("muted");
        return text;
    }
}

package org.incidentatlas.ui;

import javafx.scene.control.Label;

/** Label factories shared by the detail pane's parts. */
final class DetailLabels {
    private DetailLabels() {
    }

    static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    static Label bold(String text) {
        Label label = wrapped(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    static Label heading(String text) {
        Label label = wrapped(text);
        label.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em; -fx-padding: 6 0 0 0;");
        return label;
    }
}

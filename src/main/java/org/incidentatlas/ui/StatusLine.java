package org.incidentatlas.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The line under the timeline: what the window last said on the left, background work added at the right end. */
final class StatusLine extends HBox {
    StatusLine(ObservableStringValue status) {
        Label said = new Label();
        said.setId(MainWindow.STATUS_ID);
        said.textProperty().bind(status);
        said.setPadding(new Insets(4, 8, 4, 8));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(said, spacer);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** Adds a node at the right end (e.g. background work). */
    void add(Node node) {
        getChildren().add(node);
    }
}

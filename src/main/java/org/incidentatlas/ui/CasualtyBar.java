package org.incidentatlas.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.incidentatlas.domain.Casualties;

/**
 * The best estimate's split by party as one bar, each party's share as wide as its deaths, with a key below that
 * wraps in a narrow pane.
 */
final class CasualtyBar extends VBox {
    static final String ID = "casualty-bar";
    private static final String[] COLOURS = {"#3b6ea5", "#c0504d", "#e3a21a", "#8c8c8c"};
    private static final String[] NAMES = {"side A", "side B", "civilians", "unknown"};

    CasualtyBar(Casualties c) {
        super(3);
        setId(ID);
        int[] parts = {c.deathsSideA(), c.deathsSideB(), c.deathsCivilians(), c.deathsUnknown()};
        int sum = c.partySum();
        HBox bar = new HBox();
        bar.setPrefHeight(14);
        bar.setMinHeight(14);
        bar.setStyle("-fx-background-color: #eeeeee;");
        // The key wraps onto more lines in a narrow pane rather than cutting a party's name short.
        FlowPane key = new FlowPane(8, 2);
        for (int k = 0; k < parts.length; k++) {
            if (parts[k] > 0) {
                Region segment = new Region();
                segment.setStyle("-fx-background-color: " + COLOURS[k] + ";");
                segment.setMinWidth(2);
                segment.prefWidthProperty().bind(bar.widthProperty().multiply((double) parts[k] / sum));
                HBox.setHgrow(segment, Priority.NEVER);
                Tooltip.install(segment, new Tooltip(NAMES[k] + ": " + parts[k]));
                bar.getChildren().add(segment);
            }
            Label swatch = new Label(NAMES[k] + " " + parts[k]);
            swatch.setStyle("-fx-border-color: transparent transparent transparent " + COLOURS[k]
                    + "; -fx-border-width: 0 0 0 8; -fx-padding: 0 0 0 3; -fx-font-size: 0.9em;");
            swatch.setMinWidth(Region.USE_PREF_SIZE);
            key.getChildren().add(swatch);
        }
        if (sum == 0) {
            bar.getChildren().add(DetailLabels.wrapped("no deaths by party recorded"));
        }
        getChildren().addAll(bar, key);
    }
}

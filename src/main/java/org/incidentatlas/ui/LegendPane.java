package org.incidentatlas.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.incidentatlas.render.DensityRamp;
import org.incidentatlas.render.IncidentStyle;

/** What the dots mean: colour is UCDP's type of violence, size grows with best deaths. */
public final class LegendPane extends VBox {
    public static final String ID = "legend";

    public LegendPane() {
        super(3);
        setId(ID);
        setPadding(new Insets(6, 8, 6, 8));
        getStyleClass().add("map-overlay");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMouseTransparent(true);
        Label title = new Label("Type of violence");
        title.setStyle("-fx-font-weight: bold;");
        getChildren().add(title);
        for (int type = 1; type <= 3; type++) {
            getChildren().add(entry(IncidentStyle.colour(type), 5, IncidentStyle.typeName(type)));
        }
        Label size = new Label("Deaths (best)");
        size.setStyle("-fx-font-weight: bold;");
        getChildren().add(size);
        int saturating = IncidentStyle.saturatingDeaths();
        getChildren().addAll(entry(0xFF9A9A9A, IncidentStyle.radius(0), "none recorded"),
                entry(0xFF9A9A9A, IncidentStyle.radius(1), "1 death"),
                entry(0xFF9A9A9A, IncidentStyle.radius(10), "10 deaths"),
                entry(0xFF9A9A9A, IncidentStyle.MAX_RADIUS, saturating + " or more deaths"));
        getChildren().add(densityEntry());
    }

    /** Where too many incidents are in view for dots, cells coloured by how many each holds. */
    private static Label densityEntry() {
        Stop[] stops = new Stop[5];
        for (int k = 0; k < stops.length; k++) {
            int rgb = DensityRamp.opaque(k / 4.0);
            stops[k] = new Stop(k / 4.0, Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF));
        }
        Rectangle ramp = new Rectangle(40, 10, new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        Label label = new Label("dense: few → many", ramp);
        label.setGraphicTextGap(8);
        return label;
    }

    private static Label entry(int argb, double radius, String text) {
        Circle dot = new Circle(radius, Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, 0.8));
        dot.setStroke(Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF).darker());
        Label label = new Label(text, dot);
        label.setGraphicTextGap(8);
        label.setMinHeight(2 * IncidentStyle.MAX_RADIUS + 2);
        return label;
    }
}

package org.incidentatlas.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.incidentatlas.index.DateWindow;

/**
 * The dates under the histogram, at round dates ({@link DateTicks}) and at the same x as the histogram's bars of those
 * days; redone when the span or the width changes.
 */
final class DateAxis extends Region {
    static final String ID = "timeline-axis";
    /** Room one label needs, in pixels. */
    private static final double LABEL_ROOM = 80;

    private final TimelineModel model;

    DateAxis(TimelineModel model) {
        this.model = model;
        setId(ID);
        setMinHeight(18);
        setPrefHeight(18);
        model.spanProperty().addListener((o, a, b) -> requestLayout());
        widthProperty().addListener((o, a, b) -> requestLayout());
    }

    /** The labels shown now, left to right. */
    List<String> texts() {
        return getChildren().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        double w = getWidth();
        DateWindow span = model.spanProperty().get();
        if (w <= 0 || span == null) {
            return;
        }
        double days = span.to() - span.from() + 1.0;
        for (DateTicks.Tick t : DateTicks.between(LocalDate.ofEpochDay(span.from()), LocalDate.ofEpochDay(span.to()),
                (int) (w / LABEL_ROOM))) {
            double x = (t.day().toEpochDay() - span.from()) * w / days;
            Line mark = new Line(x, 0, x, 4);
            mark.getStyleClass().add("axis-tick");
            Label label = new Label(t.text());
            label.getStyleClass().add("axis-label");
            getChildren().addAll(mark, label);
            double lw = label.prefWidth(-1);
            label.resizeRelocate(Math.max(0, Math.min(w - lw, x - lw / 2)), 3, lw, label.prefHeight(lw));
        }
    }
}

package org.incidentatlas.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.Histogram;

/**
 * Bars of a {@link Histogram} across the timeline's span, on one canvas; the bars inside the selected window are
 * drawn strong, the others pale. Scrolling zooms the span around the pointer.
 */
final class HistogramView extends Region {
    private static final Color BAR = Color.web("#0072B2");
    private static final Color BAR_OUTSIDE = Color.web("#0072B2", 0.3);
    private static final Color WINDOW = Color.web("#E69F00", 0.18);

    private final Canvas canvas = new Canvas();
    private final TimelineModel model;

    HistogramView(TimelineModel model) {
        this.model = model;
        getChildren().add(canvas);
        setPrefHeight(70);
        setMinHeight(40);
        model.histogramProperty().addListener((o, a, b) -> requestLayout());
        model.windowProperty().addListener((o, a, b) -> requestLayout());
        model.ofDeathsProperty().addListener((o, a, b) -> requestLayout());
        setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                model.zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, dayAt(e.getX()));
                e.consume();
            }
        });
    }

    /** The day under an x position. */
    int dayAt(double px) {
        DateWindow s = model.spanProperty().get();
        double w = Math.max(1, getWidth());
        return (int) Math.floor(s.from() + px / w * (s.to() - s.from() + 1));
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        Histogram hist = model.histogramProperty().get();
        DateWindow span = model.spanProperty().get();
        DateWindow win = model.windowProperty().get();
        if (hist == null || w <= 0) {
            return;
        }
        double days = span.to() - span.from() + 1;
        double perDay = w / days;
        int winFrom = win.cumulative() ? span.from() : Math.max(win.from(), span.from());
        int winTo = Math.min(win.to(), span.to());
        if (winTo >= winFrom) {
            g.setFill(WINDOW);
            g.fillRect((winFrom - span.from()) * perDay, 0, (winTo - winFrom + 1) * perDay, h);
        }
        boolean deaths = model.ofDeathsProperty().get();
        double max = Math.max(1, hist.max(deaths));
        for (int k = 0; k < hist.bins(); k++) {
            long v = deaths ? hist.deaths(k) : hist.incidents(k);
            if (v == 0) {
                continue;
            }
            double x0 = Math.max(0, (hist.binFrom(k) - span.from()) * perDay);
            double x1 = Math.min(w, (hist.binTo(k) + 1 - span.from()) * perDay);
            double bh = Math.max(1, v / max * (h - 2));
            boolean inside = win.overlaps(hist.binFrom(k), hist.binTo(k));
            g.setFill(inside ? BAR : BAR_OUTSIDE);
            g.fillRect(x0, h - bh, Math.max(1, x1 - x0 - (x1 - x0 > 3 ? 1 : 0)), bh);
        }
    }
}

package org.incidentatlas.ui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.incidentatlas.render.IncidentRenderer;
import org.incidentatlas.render.LegendPainter;

/**
 * What the symbols mean, for what the map shows now: the same legend as exported pictures carry, drawn by
 * {@link LegendPainter} (real symbol sizes at the current zoom, the ring of an imprecise place, the density ramp when
 * it is shown), redrawn only when one of those changes.
 */
public final class LegendPane extends StackPane {
    public static final String ID = "legend";

    private final ImageView image = new ImageView();
    private IncidentRenderer.Frame shown;
    private double shownScale;

    public LegendPane() {
        setId(ID);
        setPadding(Insets.EMPTY);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMouseTransparent(true);
        getChildren().add(image);
        show(IncidentRenderer.Frame.NONE, 1);
    }

    /** Shows the legend of a frame, drawn at {@code scale} device pixels per layout pixel. */
    public void show(IncidentRenderer.Frame frame, double scale) {
        if (shown != null && scale == shownScale && sameLegend(shown, frame)) {
            return;
        }
        shown = frame;
        shownScale = scale;
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D p = probe.createGraphics();
        double[] size = LegendPainter.paint(p, 0, 0, frame);
        p.dispose();
        int w = (int) Math.ceil(size[0] * scale);
        int h = (int) Math.ceil(size[1] * scale);
        BufferedImage picture = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        g.scale(scale, scale);
        LegendPainter.paint(g, 0, 0, frame);
        g.dispose();
        image.setImage(SwingFXUtils.toFXImage(picture, null));
        image.setFitWidth(size[0]);
        image.setFitHeight(size[1]);
    }

    /** Whether two frames have the same legend (zoom compared to a tenth, as symbol sizes barely change below). */
    static boolean sameLegend(IncidentRenderer.Frame a, IncidentRenderer.Frame b) {
        return a.sizeBy() == b.sizeBy() && a.colours() == b.colours() && a.aggregated() == b.aggregated()
                && LegendPainter.sizeSteps(a).equals(LegendPainter.sizeSteps(b))
                && Math.round(a.zoom() * 10) == Math.round(b.zoom() * 10);
    }
}

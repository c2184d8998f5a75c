package org.incidentatlas.bench;

import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.render.IncidentStyle;
import org.incidentatlas.render.SizeBy;
import org.incidentatlas.render.Viewport;

/**
 * The naive way to draw incidents in JavaFX, for comparison: one {@link Circle} per incident (same size and colours
 * as the dots), shown or hidden for the window, and the group rendered to pixels with a snapshot (the software
 * pipeline, headless through Monocle).
 */
final class NodePerIncident {
    private static boolean started;

    private final TimeIndex index;
    private final Circle[] circles;
    private final Group group = new Group();
    private final WritableImage image;
    private final SnapshotParameters params = new SnapshotParameters();

    private NodePerIncident(TimeIndex index, Viewport view) {
        this.index = index;
        circles = new Circle[index.size()];
        for (int i = 0; i < index.size(); i++) {
            int argb = IncidentStyle.colour(index.violenceType(i));
            Color c = Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF);
            Circle circle = new Circle(view.screenX(index.worldX(i)), view.screenY(index.worldY(i)),
                    IncidentStyle.radius(index.deathsBest(i), SizeBy.DEATHS, 6), c.deriveColor(0, 1, 1, 0.6));
            circle.setStroke(c.darker());
            circles[i] = circle;
        }
        group.getChildren().addAll(circles);
        image = new WritableImage(view.width(), view.height());
        params.setViewport(new Rectangle2D(0, 0, view.width(), view.height()));
        params.setFill(Color.TRANSPARENT);
    }

    static NodePerIncident start(TimeIndex index, Viewport view) throws Exception {
        synchronized (NodePerIncident.class) {
            if (!started) {
                Platform.startup(() -> { });
                started = true;
            }
        }
        FutureTask<NodePerIncident> made = new FutureTask<>(() -> new NodePerIncident(index, view));
        Platform.runLater(made);
        return made.get();
    }

    /** Shows the circles of the window and renders the group to pixels; returns how many are shown. */
    int step(DateWindow window) throws Exception {
        FutureTask<Integer> task = new FutureTask<>(() -> {
            int shown = 0;
            for (int i = 0; i < circles.length; i++) {
                boolean visible = window.overlaps(index.startDay(i), index.endDay(i));
                circles[i].setVisible(visible);
                shown += visible ? 1 : 0;
            }
            group.snapshot(params, image);
            return shown;
        });
        Platform.runLater(task);
        return task.get();
    }
}

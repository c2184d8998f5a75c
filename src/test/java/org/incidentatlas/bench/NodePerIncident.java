package org.incidentatlas.bench;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.render.IncidentStyle;
import org.incidentatlas.render.SizeBy;
import org.incidentatlas.render.Viewport;

/**
 * The naive way to draw incidents in JavaFX, for comparison: one {@link Circle} per incident (same place, size and
 * colours as the dots) in a group over the same map as the incident layer. A step does what the layer's step does,
 * with nodes: the timeline's new window and totals, each circle shown or hidden by the window and the filter mask,
 * and the group drawn to pixels as a pulse would draw it.
 */
final class NodePerIncident {
    private final FxMap fx;
    private final TimeIndex index;
    private final Circle[] circles;
    private final Group group = new Group();
    private IncidentMask mask = IncidentMask.ALL;

    private NodePerIncident(FxMap fx, TimeIndex index, Viewport view) {
        this.fx = fx;
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
        fx.addOverMap(group);
        fx.timeline.maskProperty().addListener((o, was, m) -> mask = m);
    }

    static NodePerIncident start(TimeIndex index, Viewport view) throws Exception {
        FxMap fx = FxMap.withoutLayer(index);
        return FxMap.onFx(() -> new NodePerIncident(fx, index, view));
    }

    /** One slider step with nodes (FX thread): returns the totals' count plus a pixel, so nothing is skipped. */
    int select(DateWindow window) {
        fx.timeline.select(window.from(), window.to());
        DateWindow w = fx.timeline.windowProperty().get();
        for (int i = 0; i < circles.length; i++) {
            circles[i].setVisible(index.visible(i, w, mask));
        }
        return fx.timeline.totalsProperty().get().incidents() + fx.draw(group);
    }
}

package org.incidentatlas.map;

import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Says once how many incidents the first frame that showed any held, when that frame has reached the screen: drawn
 * by a layer in a showing window, and the pulse that drew it over (the next pulse has begun). A layer can be laid out
 * and drawn before its window is shown, or while the pulse that would show it is still busy; neither is on screen.
 */
final class FirstFrame {
    private IntConsumer action;

    void onFirst(IntConsumer then) {
        action = then;
    }

    /** After each redraw of {@code layer}, which drew {@code incidents}. */
    void drawn(Node layer, int incidents) {
        if (action == null || incidents == 0 || !showing(layer)) {
            return;
        }
        IntConsumer then = action;
        action = null;
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                then.accept(incidents);
            }
        }.start();
    }

    private static boolean showing(Node node) {
        Scene scene = node.getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing() && node.isVisible();
    }
}

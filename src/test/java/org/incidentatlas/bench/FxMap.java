package org.incidentatlas.bench;

import com.gluonhq.maps.MapView;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.map.IncidentLayer;
import org.incidentatlas.render.Viewport;
import org.incidentatlas.ui.TimelineModel;

/**
 * The window's map as the slider and filter benchmarks drive it, on the JavaFX thread (headless through Monocle, the
 * software pipeline): a Gluon {@link MapView} of {@link BenchData#VIEW}'s size over Iraq at zoom 6 with the app's
 * {@link IncidentLayer}, and a {@link TimelineModel} wired to it as the main window wires them (its window and its
 * filter mask go to the layer). A step ends with the layer's pixels on their way to the screen: {@link #draw}
 * lays the layer out (the raster into the {@code PixelBuffer} and its update) and renders it to an image as a pulse
 * would render it (the buffer uploaded as a texture and drawn). The scene is in no window, so no pulse runs between
 * steps; each step is one hand-off to the FX thread and back.
 */
final class FxMap {
    private static boolean started;

    final TimelineModel timeline = new TimelineModel();
    final IncidentLayer layer = new IncidentLayer();
    private final MapView map = new MapView();
    private final WritableImage image;
    private final SnapshotParameters params = new SnapshotParameters();

    private FxMap(TimeIndex index, boolean withLayer) {
        Viewport view = BenchData.VIEW;
        map.setZoom(BenchData.ZOOM);
        map.setCenter(BenchData.LATITUDE, BenchData.LONGITUDE);
        map.setPrefSize(view.width(), view.height());
        // A scene in no window: nothing draws it but the steps themselves, so no pulse runs between them.
        new Scene(new StackPane(map), view.width(), view.height());
        if (withLayer) {
            map.addLayer(layer);
            timeline.windowProperty().addListener((o, was, w) -> layer.setWindow(w));
            timeline.maskProperty().addListener((o, was, m) -> layer.setMask(m));
            layer.setIndex(index);
        }
        timeline.setIndex(index);
        image = new WritableImage(view.width(), view.height());
        params.setViewport(new Rectangle2D(0, 0, view.width(), view.height()));
        params.setFill(Color.TRANSPARENT);
    }

    /** Starts JavaFX once per JVM and builds the map with the incident layer on its thread. */
    static FxMap start(TimeIndex index) throws Exception {
        startFx();
        return onFx(() -> new FxMap(index, true));
    }

    /** The same map and timeline without the incident layer, for nodes drawn over it instead. */
    static FxMap withoutLayer(TimeIndex index) throws Exception {
        startFx();
        return onFx(() -> new FxMap(index, false));
    }

    static void startFx() {
        synchronized (FxMap.class) {
            if (!started) {
                Platform.startup(() -> { });
                Platform.setImplicitExit(false);
                started = true;
            }
        }
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    /** A new date window, as the slider sets it: the timeline's window and totals, then the layer drawn (FX thread). */
    int select(DateWindow w) {
        timeline.select(w.from(), w.to());
        return timeline.totalsProperty().get().incidents() + draw(layer);
    }

    /** A new filter mask, as the filter panel sets it: totals and histogram, then the layer drawn (FX thread). */
    int filter(IncidentMask mask) {
        timeline.setMask(mask);
        return timeline.totalsProperty().get().incidents() + timeline.histogramProperty().get().bins()
                + draw(layer);
    }

    /**
     * Renders a node of the scene to pixels: lays it out first (for the incident layer: its raster into the
     * {@code PixelBuffer} and the buffer's update), then draws it as a pulse would (for the layer: the buffer uploaded
     * as a texture and drawn). Returns a pixel, so nothing of it can be skipped.
     */
    int draw(Node node) {
        node.snapshot(params, image);
        return image.getPixelReader().getArgb((int) image.getWidth() / 2, (int) image.getHeight() / 2);
    }

    /** A group of nodes in the same scene, over the map, for the one-node-per-incident way (FX thread). */
    void addOverMap(Group group) {
        ((StackPane) map.getParent()).getChildren().add(group);
        group.setManaged(false);
    }
}

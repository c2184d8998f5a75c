package org.incidentatlas.map;

import com.gluonhq.maps.MapLayer;
import java.nio.IntBuffer;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.export.Shown;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.domain.WebMercator;
import org.incidentatlas.render.IncidentRenderer;
import org.incidentatlas.render.AreaHit;
import org.incidentatlas.render.AreaKey;
import org.incidentatlas.render.ColourKey;
import org.incidentatlas.render.SizeBy;
import org.incidentatlas.render.Viewport;

/**
 * The incidents of the current date window as one image: the {@link IncidentRenderer} draws into an int buffer that
 * backs a JavaFX {@link PixelBuffer}, redrawn once per layout pulse after the map moved or the window changed (never
 * from a listener directly), not one node per incident. On a HiDPI screen the buffer has the screen's own pixels
 * (twice as many each way at a scale of 200 %) and is shown at the map's layout size, so dots are sharp; clicks and
 * hovers are still answered in layout coordinates, by {@link IncidentHits} on the last drawing.
 */
public final class IncidentLayer extends MapLayer {
    /** Screens scaled beyond this get the layer drawn at this ratio and scaled up. */
    private static final double MAX_PIXEL_RATIO = 4;

    private final ImageView view = new ImageView();
    private final IncidentRenderer renderer = new IncidentRenderer();
    private TimeIndex index = TimeIndex.empty();
    private DateWindow window = new DateWindow(Integer.MIN_VALUE, Integer.MAX_VALUE);
    private IncidentMask mask = IncidentMask.ALL;
    private final ReadOnlyObjectWrapper<IncidentRenderer.Frame> frame =
            new ReadOnlyObjectWrapper<>(IncidentRenderer.Frame.NONE);
    private PixelBuffer<IntBuffer> buffer;
    private int[] pixels = new int[0];
    private Viewport viewport;
    private double drawnRatio = 1;
    private Window shownIn;
    private final ChangeListener<Number> rescaled = (o, was, now) -> markDirty();
    private final ChangeListener<Window> windowChange = (o, was, now) -> follow(now);

    private final FirstFrame firstFrame = new FirstFrame();

    public IncidentLayer() {
        view.setMouseTransparent(true);
        getChildren().add(view);
        setMouseTransparent(true);
        // Redraw at the new resolution when the window moves to a screen of another scale.
        sceneProperty().addListener((o, was, scene) -> {
            if (was != null) {
                was.windowProperty().removeListener(windowChange);
            }
            if (scene != null) {
                scene.windowProperty().addListener(windowChange);
            }
            follow(scene == null ? null : scene.getWindow());
        });
    }

    private void follow(Window window) {
        if (shownIn != null) {
            shownIn.renderScaleXProperty().removeListener(rescaled);
        }
        shownIn = window;
        if (window != null) {
            window.renderScaleXProperty().addListener(rescaled);
        }
        markDirty();
    }

    /** Shows a new set of incidents (after start-up or an import), with no filter. Call on the FX thread. */
    public void setIndex(TimeIndex index) {
        this.index = index;
        this.mask = IncidentMask.ALL;
        markDirty();
    }

    public TimeIndex index() {
        return index;
    }

    /** Shows the incidents of another date window (redrawn on the next pulse). */
    public void setWindow(DateWindow window) {
        this.window = window;
        markDirty();
    }

    public DateWindow window() {
        return window;
    }

    /** Shows only the incidents a filter lets through; the mask must be built over the current index. */
    public void setMask(IncidentMask mask) {
        if (!mask.fits(index.size())) {
            throw new IllegalArgumentException("mask was built for another index");
        }
        this.mask = mask;
        markDirty();
    }

    /**
     * Calls {@code action} once, with the number of incidents drawn, when the first frame that drew any is on screen
     * (the app says then that it is ready).
     */
    public void onFirstIncidentsDrawn(java.util.function.IntConsumer action) {
        firstFrame.onFirst(action);
    }

    /** What the last redraw showed: incidents in view, and whether they were aggregated into a density grid. */
    public IncidentRenderer.Frame lastFrame() {
        return frame.get();
    }

    /** What each redraw showed (for the legend). */
    public ReadOnlyObjectProperty<IncidentRenderer.Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    @Override
    protected void layoutLayer() {
        Viewport v = currentViewport();
        if (v == null || v.width() == 0 || v.height() == 0) {
            return;
        }
        double ratio = renderScale();
        int w = (int) Math.ceil(v.width() * ratio);
        int h = (int) Math.ceil(v.height() * ratio);
        if (buffer == null || buffer.getWidth() != w || buffer.getHeight() != h) {
            pixels = new int[w * h];
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
        }
        viewport = v;
        drawnRatio = ratio;
        // On a HiDPI screen the buffer has the screen's own pixels: the same view drawn finer, shown at its size.
        Viewport device = new Viewport(v.originX(), v.originY(), v.scale() * ratio, w, h);
        frame.set(renderer.render(index, window, mask, device, ratio, pixels));
        buffer.updateBuffer(b -> null);
        view.setFitWidth(w / ratio);
        view.setFitHeight(h / ratio);
        view.relocate(0, 0);
        firstFrame.drawn(this, frame.get().incidents());
    }

    /**
     * Device pixels per layout pixel that the layer's window is rendered at (its render scale: the screen's output
     * scale unless the window was told otherwise), or 1 before it is shown.
     */
    private double renderScale() {
        Window w = getScene() == null ? null : getScene().getWindow();
        return ratioFor(w == null ? 1 : w.getRenderScaleX());
    }

    /** The pixel ratio the layer draws at on a window of this render scale: at least 1, at most 4. */
    static double ratioFor(double renderScale) {
        return renderScale >= 1 ? Math.min(renderScale, MAX_PIXEL_RATIO) : 1;
    }

    /** Device pixels per layout pixel of the last drawing: 2 on a screen scaled 200 %. */
    public double pixelRatio() {
        return drawnRatio;
    }

    /** The size in device pixels of the last drawing's image (shown at the map's size in layout pixels). */
    public Dimension2D pixelSize() {
        return buffer == null ? new Dimension2D(0, 0) : new Dimension2D(buffer.getWidth(), buffer.getHeight());
    }

    /** The view the layer last drew (screen pixels), or null before the first drawing. */
    public Viewport viewport() {
        return viewport;
    }

    /** What symbol areas stand for (summed deaths or the number of incidents); redraws. */
    public void setSizeBy(SizeBy by) {
        renderer.setSizeBy(by);
        markDirty();
    }

    public SizeBy sizeBy() {
        return renderer.sizeBy();
    }

    /** What symbol colours say (a key made for the index shown); redraws. */
    public void setColours(ColourKey key) {
        renderer.setColours(key);
        markDirty();
    }

    public ColourKey colours() {
        return renderer.colours();
    }

    /** A choropleth of this key (made for the index shown) instead of symbols, or symbols for null; redraws. */
    public void setAreas(AreaKey key) {
        renderer.setAreas(key);
        markDirty();
    }

    public AreaKey areas() {
        return renderer.areas();
    }

    /**
     * The incident drawn under a point in this layer's coordinates, if any: of the topmost symbol or the area there,
     * the largest toll; over the density grid, the nearest within a few pixels.
     */
    public Optional<IncidentId> incidentAt(double x, double y) {
        return hits().incidentAt(x, y);
    }

    /**
     * Positions in the index of every incident of the symbol under a point in this layer's coordinates (the topmost
     * one), largest toll first; empty when there is none.
     */
    public int[] positionsAt(double x, double y) {
        return hits().positionsAt(x, y);
    }

    /**
     * In choropleth mode, the area under a point in this layer's coordinates with the incidents shown in it (what a
     * hover says and a click lists); null in symbol mode or outside every area.
     */
    public AreaHit areaAt(double x, double y) {
        return hits().areaAt(x, y);
    }

    /**
     * Every incident shown now (in the date window and through the filters) whose drawn dot, widened by the click
     * slop, covers a point in this layer's coordinates: what a click on a crowded spot offers to choose from.
     */
    public List<IncidentId> incidentsAt(double x, double y) {
        return hits().incidentsAt(x, y);
    }

    /** Where an incident is drawn, in this layer's coordinates, or empty when it is not in the index. */
    public Optional<Point2D> positionOf(IncidentId id) {
        return hits().positionOf(id);
    }

    /** Hit-testing on what the layer shows now and last drew. */
    private IncidentHits hits() {
        return new IncidentHits(renderer, new Shown(index, mask, window), viewport, drawnRatio);
    }

    /**
     * The map's current viewport, derived from two reference points that Gluon projects for us (Web Mercator is
     * linear in world units), so it follows the map's own pan and zoom exactly.
     */
    private Viewport currentViewport() {
        if (!(getParent() instanceof Region map)) {
            return null;
        }
        Point2D p0 = getMapPoint(0, 0);
        Point2D p1 = getMapPoint(0, 90);
        if (p0 == null || p1 == null) {
            return null;
        }
        double scale = (p1.getX() - p0.getX()) / (WebMercator.x(90) - WebMercator.x(0));
        if (!(scale > 0)) {
            return null;
        }
        double originX = WebMercator.x(0) - p0.getX() / scale;
        double originY = WebMercator.y(0) - p0.getY() / scale;
        return new Viewport(originX, originY, scale, (int) Math.ceil(map.getWidth()),
                (int) Math.ceil(map.getHeight()));
    }
}

package org.incidentatlas.map;

import com.gluonhq.maps.MapLayer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.index.PointIndex;
import org.incidentatlas.index.WebMercator;
import org.incidentatlas.render.IncidentRenderer;
import org.incidentatlas.render.IncidentStyle;
import org.incidentatlas.render.Viewport;

/**
 * All incidents as one image: the {@link IncidentRenderer} draws into an int buffer that backs a JavaFX
 * {@link PixelBuffer}, redrawn once per layout pulse after the map moved (never from a listener directly), not one
 * node per incident.
 */
public final class IncidentLayer extends MapLayer {
    /** Extra screen pixels around a dot that still count as a click on it. */
    private static final double CLICK_SLOP_PX = 4;
    /** A radius so negative that the hit test never picks a hidden incident. */
    private static final double HIDDEN_RADIUS = -1e9;

    private final ImageView view = new ImageView();
    private PointIndex index = PointIndex.of(java.util.List.of());
    private PixelBuffer<IntBuffer> buffer;
    private int[] pixels = new int[0];
    private Viewport viewport;
    /** Positions in the index that the filters let through; {@code null} shows all. */
    private BitSet visible;

    public IncidentLayer() {
        view.setMouseTransparent(true);
        getChildren().add(view);
        setMouseTransparent(true);
    }

    /** Shows a new set of incidents (after start-up or an import). Call on the FX thread. */
    public void setIndex(PointIndex index) {
        this.index = index;
        markDirty();
    }

    public PointIndex index() {
        return index;
    }

    /**
     * Shows only the incidents whose position in {@link #index()} is set ({@code null} shows all); hidden incidents
     * are neither drawn nor clickable. Call on the FX thread.
     */
    public void setVisible(BitSet visible) {
        this.visible = visible;
        markDirty();
    }

    private boolean shown(int i) {
        return visible == null || visible.get(i);
    }

    /** Every shown incident whose drawn dot (widened by the click slop) covers a point in this layer's coordinates. */
    public List<IncidentId> incidentsAt(double x, double y) {
        Viewport v = viewport;
        List<IncidentId> found = new ArrayList<>();
        if (v == null) {
            return found;
        }
        for (int i = 0; i < index.size(); i++) {
            double dx = v.screenX(index.worldX(i)) - x;
            double dy = v.screenY(index.worldY(i)) - y;
            double reach = IncidentStyle.radius(index.deathsBest(i)) + CLICK_SLOP_PX;
            if (shown(i) && dx * dx + dy * dy <= reach * reach) {
                found.add(index.id(i));
            }
        }
        return found;
    }

    @Override
    protected void layoutLayer() {
        Viewport v = currentViewport();
        if (v == null || v.width() == 0 || v.height() == 0) {
            return;
        }
        if (buffer == null || buffer.getWidth() != v.width() || buffer.getHeight() != v.height()) {
            pixels = new int[v.width() * v.height()];
            buffer = new PixelBuffer<>(v.width(), v.height(), IntBuffer.wrap(pixels),
                    PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
        }
        viewport = v;
        IncidentRenderer.render(index, v, pixels, visible);
        buffer.updateBuffer(b -> null);
        view.relocate(0, 0);
    }

    /** The incident drawn under a point in this layer's coordinates, if any. */
    public Optional<IncidentId> incidentAt(double x, double y) {
        Viewport v = viewport;
        if (v == null) {
            return Optional.empty();
        }
        int i = index.nearest(v.worldX(x), v.worldY(y), v.scale(), CLICK_SLOP_PX, IncidentStyle.MAX_RADIUS,
                k -> shown(k) ? IncidentStyle.radius(index.deathsBest(k)) : HIDDEN_RADIUS);
        return i < 0 ? Optional.empty() : Optional.of(index.id(i));
    }

    /** Where an incident is drawn, in this layer's coordinates, or empty when it is not in the index. */
    public Optional<Point2D> positionOf(IncidentId id) {
        int i = index.indexOf(id);
        Viewport v = viewport;
        if (i < 0 || v == null) {
            return Optional.empty();
        }
        return Optional.of(new Point2D(v.screenX(index.worldX(i)), v.screenY(index.worldY(i))));
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

package org.incidentatlas.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.export.Shown;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.render.AreaClasses;
import org.incidentatlas.render.AreaHit;
import org.incidentatlas.render.AreaKey;
import org.incidentatlas.render.IncidentRenderer;
import org.incidentatlas.render.Viewport;

/**
 * What of the incident layer's drawing lies under a point in layout pixels (what a click selects and a hover tells):
 * the incident of the topmost symbol there, every incident of that symbol (a stack), or in choropleth mode the area
 * with the incidents shown in it; and where an incident is drawn. Answered from the renderer's last frame at the pixel
 * ratio it was drawn at, so a stack hit is the stack drawn; over the density grid, the nearest incident shown within a
 * few pixels. Pure logic on what the layer shows and last drew: no scene or stage needed.
 */
final class IncidentHits {
    /** Extra screen pixels around a dot that still count as a click on it. */
    static final double CLICK_SLOP_PX = 4;

    private final IncidentRenderer renderer;
    private final Shown shown;
    private final Viewport view;
    private final double ratio;

    /**
     * @param renderer what drew the layer last (its frame and symbols)
     * @param shown    the incidents the layer shows: index, filter mask and date window
     * @param view     the view the layer last drew, in layout pixels, or null before it drew
     * @param ratio    device pixels per layout pixel of that drawing
     */
    IncidentHits(IncidentRenderer renderer, Shown shown, Viewport view, double ratio) {
        this.renderer = renderer;
        this.shown = shown;
        this.view = view;
        this.ratio = ratio;
    }

    /** The incident drawn under a point, if any. */
    Optional<IncidentId> incidentAt(double x, double y) {
        int i = positionAt(x, y);
        return i < 0 ? Optional.empty() : Optional.of(shown.index().id(i));
    }

    /**
     * Position in the index of the shown incident under a point: the largest toll of the topmost symbol or of the
     * area there, or over the density grid the nearest within a few pixels (found through the index's spatial grid);
     * -1 for none.
     */
    int positionAt(double x, double y) {
        if (view == null) {
            return -1;
        }
        AreaHit area = areaAt(x, y);
        if (area != null || renderer.lastFrame().areas() != null) {
            return area == null || area.incidents() == 0 ? -1 : area.positions()[0];
        }
        int[] symbol = symbolAt(x, y);
        if (symbol != null) {
            return symbol.length == 0 ? -1 : symbol[0];
        }
        return shown.index().nearest(view.worldX(x), view.worldY(y), view.scale(), CLICK_SLOP_PX, CLICK_SLOP_PX,
                k -> 0, shown.window(), shown.mask());
    }

    /**
     * Positions in the index of every incident of the symbol under a point (the topmost one), or of the area there,
     * largest toll first; empty when there is none.
     */
    int[] positionsAt(double x, double y) {
        if (view == null) {
            return new int[0];
        }
        AreaHit area = areaAt(x, y);
        if (area != null) {
            return area.positions();
        }
        int[] symbol = symbolAt(x, y);
        if (symbol != null) {
            return symbol;
        }
        int i = positionAt(x, y);
        return i < 0 ? new int[0] : new int[] {i};
    }

    /**
     * In choropleth mode, the area under a point with the incidents shown in it; null in symbol mode, before the
     * first choropleth frame, for a key made for another index, or outside every area.
     */
    AreaHit areaAt(double x, double y) {
        AreaKey key = renderer.areas();
        AreaClasses classes = renderer.lastFrame().areas();
        TimeIndex index = shown.index();
        return key == null || classes == null || view == null || !key.fits(index) ? null
                : key.hit(view.worldX(x), view.worldY(y), shown.window(), shown.mask(), classes);
    }

    /** The ids of {@link #positionsAt}: what a click on a crowded spot offers to choose from. */
    List<IncidentId> incidentsAt(double x, double y) {
        List<IncidentId> found = new ArrayList<>();
        for (int i : positionsAt(x, y)) {
            found.add(shown.index().id(i));
        }
        return found;
    }

    /** Where an incident is drawn, or empty when it is not in the index or nothing was drawn yet. */
    Optional<Point2D> positionOf(IncidentId id) {
        TimeIndex index = shown.index();
        int i = index.indexOf(id);
        if (i < 0 || view == null) {
            return Optional.empty();
        }
        return Optional.of(new Point2D(view.screenX(index.worldX(i)), view.screenY(index.worldY(i))));
    }

    /** The incidents of the topmost symbol under a point, null when the last frame drew no symbols. */
    private int[] symbolAt(double x, double y) {
        return renderer.incidentsAt(x * ratio, y * ratio, CLICK_SLOP_PX * ratio);
    }
}

package org.incidentatlas.render;

import java.util.Arrays;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;

/**
 * Draws the incidents of a date window into one premultiplied ARGB pixel buffer (row-major), the same pixels for the
 * window and for exported images; no JavaFX, no per-incident objects. Incidents on the same spot at the current zoom
 * (the same {@link #SPOT_PX}-pixel cell of the screen) are drawn as one symbol at their mean position, whose area
 * stands for their summed best deaths or their number ({@link SizeBy}), coloured ({@link ColourKey}) as most of them
 * are (by type of violence, common category or dataset),
 * labelled with how many they are when more than one; a symbol most of whose incidents are placed only roughly (GED
 * {@code where_prec} 2 or more: near a town, a district's or a wider area's centroid) is drawn as a ring. Larger
 * symbols are drawn first so smaller ones stay visible on top. When the view holds more symbols than it can show
 * (more than one per {@link #PIXELS_PER_DOT} pixels), the incidents are
 * aggregated into a density grid of {@link #CELL_PX}-pixel cells instead. Keeps scratch buffers between frames and
 * the last frame's symbols for hit-testing: one renderer per view, used from one thread. In choropleth mode
 * ({@link #setAreas}) it fills the areas of an administrative level by class instead ({@link AreaKey}).
 */
public final class IncidentRenderer {
    /** Above one symbol per this many pixels of view, draw the density grid instead. */
    public static final int PIXELS_PER_DOT = 40;
    /** Side of a density cell in screen pixels. */
    public static final int CELL_PX = 4;
    /** Incidents within the same cell of this many screen pixels are one symbol. */
    public static final int SPOT_PX = 3;
    /** Screen pixels beyond the view's edges whose incidents are still gathered: a large symbol there reaches in. */
    private static final int REACH_PX = 256;

    private int[] visible = new int[0];
    private int[] screen = new int[0];
    private int[] groupOf = new int[0];
    private long[] order = new long[0];
    private long[] labelOrder = new long[0];
    private double[] symbolRadius = new double[0];
    private final SymbolGroups groups = new SymbolGroups();
    private final SymbolPainter painter = new SymbolPainter();
    private final DensityGrid density = new DensityGrid();
    private SizeBy sizeBy = SizeBy.DEATHS;
    private ColourKey colours = ColourKey.TYPES;
    private AreaKey areas;
    private Frame last = Frame.NONE;
    private int lastInView;
    private TimeIndex lastIndex = TimeIndex.empty();

    /**
     * What a frame showed: incidents in view, whether they were aggregated into the density grid, how many symbols
     * reach into the view, the largest value one of them stood for, whether any of them was a ring (an imprecise
     * place), what sizes meant, and the map zoom.
     */
    public record Frame(int incidents, boolean aggregated, int symbols, long largest, boolean imprecise,
            SizeBy sizeBy, double zoom, ColourKey colours, AreaClasses areas) {
        /** Nothing drawn yet. */
        public static final Frame NONE = new Frame(0, false, 0, 0, false, SizeBy.DEATHS, 6, ColourKey.TYPES);

        /** A frame of symbols (no choropleth). */
        public Frame(int incidents, boolean aggregated, int symbols, long largest, boolean imprecise, SizeBy sizeBy,
                double zoom, ColourKey colours) {
            this(incidents, aggregated, symbols, largest, imprecise, sizeBy, zoom, colours, null);
        }

        /** A frame coloured by type of violence. */
        public Frame(int incidents, boolean aggregated, int symbols, long largest, boolean imprecise, SizeBy sizeBy,
                double zoom) {
            this(incidents, aggregated, symbols, largest, imprecise, sizeBy, zoom, ColourKey.TYPES);
        }
    }

    /**
     * What symbol colours say from the next frame on; a key made for another index than the one drawn is not used
     * (the type of violence is drawn instead).
     */
    public void setColours(ColourKey key) {
        colours = key;
    }

    public ColourKey colours() {
        return colours;
    }

    /**
     * From the next frame on, a choropleth of this key instead of symbols, or symbols again for null; a key made for
     * another index than the one drawn is not used (symbols are drawn).
     */
    public void setAreas(AreaKey key) {
        areas = key;
    }

    public AreaKey areas() {
        return areas;
    }

    /** What symbol areas stand for from the next frame on. */
    public void setSizeBy(SizeBy by) {
        sizeBy = by;
    }

    public SizeBy sizeBy() {
        return sizeBy;
    }

    /**
     * Clears {@code pixels} and draws every incident of {@code index} shown in {@code window} under {@code mask}
     * that falls in the viewport.
     */
    public Frame render(TimeIndex index, DateWindow window, IncidentMask mask, Viewport view, int[] pixels) {
        return render(index, window, mask, view, 1, pixels);
    }

    /**
     * The same picture at {@code pixelRatio} device pixels per screen pixel (a HiDPI screen, or an export at print
     * size): {@code view} is in device pixels; symbols, rims, labels and density cells grow by the ratio, and spots,
     * symbol sizes and the choice between symbols and the density grid are made in screen pixels, so they are the
     * same at every ratio.
     */
    public Frame render(TimeIndex index, DateWindow window, IncidentMask mask, Viewport view, double pixelRatio,
            int[] pixels) {
        if (!(pixelRatio >= 1)) {
            throw new IllegalArgumentException("pixel ratio must be at least 1 (was " + pixelRatio + ")");
        }
        int w = view.width();
        int h = view.height();
        if (pixels.length < w * h) {
            throw new IllegalArgumentException("pixel buffer holds " + pixels.length + " pixels, needs " + w * h);
        }
        Arrays.fill(pixels, 0, w * h, 0);
        if (visible.length < index.size()) {
            visible = new int[index.size()];
            screen = new int[index.size()];
            groupOf = new int[index.size()];
        }
        double zoom = IncidentStyle.zoomOf(view, pixelRatio);
        ColourKey key = colours.fits(index) ? colours : ColourKey.TYPES;
        if (areas != null && areas.fits(index)) {
            AreaClasses classes = areas.paint(window, mask, view, pixelRatio, pixels, visible);
            lastInView = 0;
            last = new Frame(index.visible(window, mask, visible), false, 0, 0, false, sizeBy, zoom, key, classes);
            return last;
        }
        int n = index.visible(window, mask, visible);
        int margin = (int) Math.ceil(REACH_PX * pixelRatio);
        int inView = 0;
        groups.clear(Math.min(n, 1 << 20));
        double spot = SPOT_PX * pixelRatio;
        for (int k = 0; k < n; k++) {
            int i = visible[k];
            double sx = view.screenX(index.worldX(i));
            double sy = view.screenY(index.worldY(i));
            if (sx >= -margin && sy >= -margin && sx < w + margin && sy < h + margin) {
                visible[inView] = i;
                screen[inView] = (int) Math.floor(sx) + margin << 16 | (int) Math.floor(sy) + margin;
                int spotKey = (int) ((sx + margin) / spot) << 16 | (int) ((sy + margin) / spot);
                groupOf[inView] = groups.add(spotKey, sx, sy, index.deathsBest(i), key.slot(index, i),
                        index.imprecise(i));
                inView++;
            }
        }
        lastInView = inView;
        lastIndex = index;
        boolean dense = groups.size * PIXELS_PER_DOT * pixelRatio * pixelRatio > (double) w * h;
        if (dense) {
            density.paint(screen, inView, w, h, margin, Math.max(1, (int) Math.round(CELL_PX * pixelRatio)), pixels);
            last = new Frame(inView, true, 0, 0, false, sizeBy, zoom, key);
            return last;
        }
        last = drawSymbols(inView, w, h, pixelRatio, zoom, pixels, key);
        return last;
    }

    private Frame drawSymbols(int inView, int w, int h, double ratio, double zoom, int[] pixels, ColourKey key) {
        int count = groups.size;
        if (order.length < count) {
            order = new long[Math.max(count, order.length * 2)];
            labelOrder = new long[order.length];
            symbolRadius = new double[order.length];
        }
        long largest = 0;
        int drawn = 0;
        boolean rings = false;
        for (int g = 0; g < count; g++) {
            symbolRadius[g] = IncidentStyle.radius(groups.value(g, sizeBy), sizeBy, zoom) * ratio;
            // Largest first, so smaller symbols are drawn over them.
            order[g] = (long) (Integer.MAX_VALUE - Math.min(Integer.MAX_VALUE - 1, symbolRadius[g] * 64)) << 32 | g;
        }
        Arrays.sort(order, 0, count);
        double spriteLimit = IncidentStyle.MAX_RADIUS * Math.min(ratio, DotSprites.MAX_PIXEL_RATIO);
        painter.begin(pixels, w, h, ratio);
        try {
            for (int k = 0; k < count; k++) {
                int g = (int) order[k];
                double cx = groups.sumX[g] / groups.count[g];
                double cy = groups.sumY[g] / groups.count[g];
                double r = symbolRadius[g];
                if (cx + r < 0 || cy + r < 0 || cx - r >= w || cy - r >= h) {
                    continue;
                }
                // What the legend keys: only symbols that reach into the picture.
                boolean ring = groups.ring(g);
                rings |= ring;
                largest = Math.max(largest, groups.value(g, sizeBy));
                drawn++;
                if (r <= spriteLimit) {
                    DotSprites.stamp(pixels, w, h, (int) Math.floor(cx), (int) Math.floor(cy),
                            DotSprites.sprite(groups.type(g), ring, r, ratio));
                } else {
                    painter.symbol(cx, cy, r, groups.type(g), ring);
                }
            }
            counts(count);
        } finally {
            painter.end();
        }
        return new Frame(inView, false, drawn, largest, rings, sizeBy, zoom, key);
    }

    /** The count labels of the stacks, those of the largest first: where two would collide, the larger is kept. */
    private void counts(int count) {
        int stacks = 0;
        for (int g = 0; g < count; g++) {
            if (groups.count[g] > 1) {
                labelOrder[stacks++] = (long) (Integer.MAX_VALUE - groups.count[g]) << 32 | g;
            }
        }
        Arrays.sort(labelOrder, 0, stacks);
        for (int k = 0; k < stacks; k++) {
            int g = (int) labelOrder[k];
            painter.count(groups.sumX[g] / groups.count[g], groups.sumY[g] / groups.count[g], symbolRadius[g],
                    groups.count[g]);
        }
    }

    /**
     * Draws the count labels of the last frame's stacks again, alone, into {@code pixels} (cleared, {@code w} by
     * {@code h}, the last frame's size and ratio): an exported picture lays them over the basemap's names it draws
     * over the symbols, so neither hides the other. Nothing for a density grid or a choropleth.
     */
    public void paintCounts(int[] pixels, int w, int h, double pixelRatio) {
        if (last.aggregated() || last.areas() != null) {
            return;
        }
        painter.begin(pixels, w, h, pixelRatio);
        try {
            counts(groups.size);
        } finally {
            painter.end();
        }
    }

    /** What the last frame showed. */
    public Frame lastFrame() {
        return last;
    }

    /**
     * The incidents of the topmost symbol of the last frame that covers device pixel (x, y), widened by
     * {@code slop} device pixels, largest toll first; an empty array when none does, null when the last frame was
     * the density grid or a choropleth (no symbols to hit).
     */
    public int[] incidentsAt(double x, double y, double slop) {
        if (last.aggregated() || last.areas() != null) {
            return null;
        }
        int hit = -1;
        for (int k = 0; k < groups.size; k++) {
            int g = (int) order[k];
            double dx = groups.sumX[g] / groups.count[g] - x;
            double dy = groups.sumY[g] / groups.count[g] - y;
            double reach = symbolRadius[g] + slop;
            if (dx * dx + dy * dy <= reach * reach) {
                hit = g;
            }
        }
        if (hit < 0) {
            return new int[0];
        }
        long[] members = new long[groups.count[hit]];
        int m = 0;
        for (int k = 0; k < lastInView; k++) {
            if (groupOf[k] == hit) {
                members[m++] = (long) (Integer.MAX_VALUE - lastIndex.deathsBest(visible[k])) << 32 | visible[k];
            }
        }
        Arrays.sort(members, 0, m);
        int[] out = new int[m];
        for (int k = 0; k < m; k++) {
            out[k] = (int) members[k];
        }
        return out;
    }
}

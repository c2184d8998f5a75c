package org.incidentatlas.render.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.incidentatlas.render.TileSource;

/**
 * The default basemap, drawn here from the bundled vector data with no network: land and sea, Iraq's governorates and
 * districts, international borders, coast, rivers and lakes, and names that appear by zoom and never collide. Pure
 * Java2D into a {@link BufferedImage}, so it runs headless. Recently drawn tiles are kept in memory.
 */
public final class OfflineBasemap implements TileSource {
    public static final String ATTRIBUTION = "Basemap: Natural Earth; boundaries OCHA / Iraq CSO COD-AB (CC BY-IGO)";
    /** Zooms above this are drawn as this zoom's data, larger. */
    private static final int MAX_ZOOM = 22;
    /** Tiles kept in memory, in pixels: 384 plain tiles or 96 sharp ones at twice the pixels (96 MB). */
    private static final long CACHE_PIXELS = 384L * TILE_SIZE * TILE_SIZE;
    /** How far outside a tile strokes and labels are looked for, in pixels. */
    private static final double MARGIN_PX = 4;
    /** From this zoom the 1:50m layers replace the 1:110m ones around Iraq. */
    private static final int WIDE_ZOOM = 3;
    /** From this zoom the 1:10m layers replace the 1:50m ones in the region box. */
    private static final int REGION_ZOOM = 7;
    /** From this zoom urban areas are drawn. */
    private static final int URBAN_ZOOM = 5;

    private final BasemapData data;
    private final BasemapStyle style;
    private final AtomicReferenceArray<List<LabelLayout.Placed>> labels = new AtomicReferenceArray<>(MAX_ZOOM + 1);
    private final TileCache cache = new TileCache(CACHE_PIXELS);

    public OfflineBasemap(BasemapData data, BasemapStyle style) {
        this.data = data;
        this.style = style;
    }

    /** The colour of the sea, which fills everything no land covers. */
    public Color background() {
        return style.water();
    }

    @Override
    public String attribution() {
        return ATTRIBUTION;
    }

    @Override
    public BufferedImage tile(int zoom, long x, long y) {
        return tile(zoom, x, y, 1);
    }

    /**
     * A tile drawn with {@code ratio} x {@code ratio} pixels per tile pixel (a HiDPI screen), so lines and names stay
     * sharp there; kept in the same cache as the plain tiles, weighed by its pixels.
     */
    public BufferedImage tile(int zoom, long x, long y, int ratio) {
        int r = Math.max(1, ratio);
        return cache.get(new TileCache.Key(zoom, x, y, r), () -> render(zoom, x, y, r));
    }

    /** Draws one tile (no cache). */
    public BufferedImage render(int zoom, long x, long y) {
        return render(zoom, x, y, 1);
    }

    private BufferedImage render(int zoom, long x, long y, int ratio) {
        BufferedImage image = new BufferedImage(TILE_SIZE * ratio, TILE_SIZE * ratio, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(ratio, ratio);
            draw(g, TileFrame.of(Math.max(0, Math.min(MAX_ZOOM, zoom)), x, y, MARGIN_PX), Layers.ALL);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Draws the basemap of a whole view in one pass: the area of {@code width} x {@code height} pixels at
     * {@code zoom} whose top-left corner is at world point ({@code originX}, {@code originY}), into {@code g} from
     * (0, 0). The pixels are the same as the tiles of that zoom laid side by side; scale {@code g} to draw the view
     * larger (a fractional zoom, or more pixels per screen pixel for print).
     */
    public void draw(Graphics2D g, int zoom, double originX, double originY, double width, double height) {
        draw(g, zoom, originX, originY, width, height, Layers.ALL);
    }

    /** Which parts of the map a drawing holds: all of it, all but the names, or only the names (with their dots). */
    public enum Layers { ALL, WITHOUT_NAMES, NAMES }

    /**
     * The same view as {@link #draw(Graphics2D, int, double, double, double, double)}, of some parts only: an exported
     * picture draws the names over its incident symbols, so no symbol hides a place's name.
     */
    public void draw(Graphics2D g, int zoom, double originX, double originY, double width, double height,
            Layers layers) {
        int z = Math.max(0, Math.min(MAX_ZOOM, zoom));
        double scale = Math.pow(2, zoom - z);
        Graphics2D v = (Graphics2D) g.create();
        try {
            v.scale(scale, scale);
            draw(v, TileFrame.area(z, originX, originY, width / scale, height / scale, MARGIN_PX), layers);
        } finally {
            v.dispose();
        }
    }

    private void draw(Graphics2D g, TileFrame frame, Layers layers) {
        if (layers == Layers.NAMES) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            drawLabels(g, frame);
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(style.water());
        g.fill(new Rectangle2D.Double(0, 0, frame.width(), frame.height()));
        int z = frame.zoom();
        List<BasemapTier> tiers = z < WIDE_ZOOM ? List.of(data.world)
                : z < REGION_ZOOM ? List.of(data.world, data.wide) : List.of(data.world, data.wide, data.regional);
        for (int t = 0; t < tiers.size(); t++) {
            BasemapTier tier = tiers.get(t);
            if (!tier.intersects(frame)) {
                continue;
            }
            Graphics2D c = (Graphics2D) g.create();
            try {
                if (t > 0) {
                    // A finer tier replaces the coarser one inside its box, a pixel in from the box's edge, where
                    // its data (clipped at the edge) still covers whole pixels: no seam, no straight box edge.
                    double[] b = tier.box();
                    c.clip(new Rectangle2D.Double((b[0] - frame.originX()) * frame.scale() + 1,
                            (b[1] - frame.originY()) * frame.scale() + 1, (b[2] - b[0]) * frame.scale() - 2,
                            (b[3] - b[1]) * frame.scale() - 2));
                    c.setColor(style.water());
                    c.fill(new Rectangle2D.Double(0, 0, frame.width(), frame.height()));
                }
                drawTier(c, frame, tier, t == tiers.size() - 1);
            } finally {
                c.dispose();
            }
        }
        if (layers == Layers.ALL) {
            drawLabels(g, frame);
        }
    }

    /** Land, towns, (Iraq and its areas, in the finest tier), water and borders of one tier. */
    private void drawTier(Graphics2D g, TileFrame f, BasemapTier tier, boolean finest) {
        int z = f.zoom();
        fill(g, f, tier.land(), style.neighbourLand());
        if (z >= URBAN_ZOOM) {
            fill(g, f, tier.urban(), urban());
        }
        if (finest) {
            fill(g, f, data.governorates, style.iraqLand());
            if (z >= URBAN_ZOOM) {
                fill(g, f, tier.urban(), urbanInIraq());
            }
        }
        fill(g, f, tier.lakes(), style.water());
        stroke(g, f, tier.lakes(), style.coast(), width(z, 0.5, 0.9));
        stroke(g, f, tier.coast(), style.coast(), width(z, 0.6, 1.0));
        drawRivers(g, f, tier.rivers());
        if (finest) {
            if (z >= BasemapData.SUBDISTRICT_ZOOM - 1) {
                stroke(g, f, data.subdistricts, style.subdistrict(), width(z, 0.4, 0.7));
            }
            if (z >= 8) {
                stroke(g, f, data.districts, style.district(), width(z, 0.5, 0.9));
            }
            if (z >= 5) {
                stroke(g, f, data.governorates, style.governorate(), width(z, 0.7, 1.4));
            }
        }
        stroke(g, f, tier.borders(), style.borderHalo(), width(z, 2.5, 5));
        stroke(g, f, tier.borders(), style.border(), width(z, 0.9, 1.6));
    }

    /** Urban areas: the land colour a little darker. */
    private Color urban() {
        return mix(style.neighbourLand(), style.placeText(), 0.08);
    }

    Color urbanInIraq() {
        return mix(style.iraqLand(), style.placeText(), 0.08);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    private void drawRivers(Graphics2D g, TileFrame f, List<Feature> rivers) {
        int z = f.zoom();
        int maxRank = z <= 4 ? 4 : z <= 5 ? 7 : 10;
        for (int tier = 0; tier < 2; tier++) {
            boolean major = tier == 1;
            Path2D.Float path = new Path2D.Float();
            for (Feature river : rivers) {
                int rank = (int) river.number("scalerank", 10);
                if (rank <= maxRank && (rank <= 4) == major && river.intersects(f)) {
                    river.appendTo(path, Outline.level(z), f);
                }
            }
            float w = major ? width(z, 0.9, 2.6) : width(z, 0.6, 1.6);
            g.setColor(style.river());
            g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
        }
    }

    /** A stroke width growing with zoom from {@code low} at zoom 4 to {@code high} at zoom 12 and above. */
    private static float width(int zoom, double low, double high) {
        double t = Math.max(0, Math.min(1, (zoom - 4) / 8.0));
        return (float) (low + (high - low) * t);
    }

    private static void fill(Graphics2D g, TileFrame f, List<Feature> layer, Color colour) {
        Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD);
        int level = Outline.level(f.zoom());
        for (Feature feature : layer) {
            if (feature.intersects(f)) {
                feature.appendTo(path, level, f);
            }
        }
        g.setColor(colour);
        g.fill(path);
    }

    private static void stroke(Graphics2D g, TileFrame f, List<Feature> layer, Color colour, float width) {
        Path2D.Float path = new Path2D.Float();
        int level = Outline.level(f.zoom());
        for (Feature feature : layer) {
            if (feature.intersects(f)) {
                feature.appendTo(path, level, f);
            }
        }
        g.setColor(colour);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    private void drawLabels(Graphics2D g, TileFrame f) {
        List<LabelLayout.Placed> placed = labels.get(f.zoom());
        if (placed == null) {
            placed = LabelLayout.place(data.labels, f.zoom());
            labels.compareAndSet(f.zoom(), null, placed);
        }
        double left = f.originX() * f.scale();
        double top = f.originY() * f.scale();
        Rectangle2D tile = new Rectangle2D.Double(left - MARGIN_PX, top - MARGIN_PX, f.width() + 2 * MARGIN_PX,
                f.height() + 2 * MARGIN_PX);
        double dot = LabelLayout.DOT_RADIUS;
        for (LabelLayout.Placed p : placed) {
            Label label = p.label();
            double ax = label.x() * f.scale() - left;
            double ay = label.y() * f.scale() - top;
            if (label.point() && ax > -dot - MARGIN_PX && ay > -dot - MARGIN_PX && ax < f.width() + dot + MARGIN_PX
                    && ay < f.height() + dot + MARGIN_PX) {
                g.setColor(style.halo());
                g.fill(new Ellipse2D.Double(ax - dot - 1, ay - dot - 1, 2 * dot + 2, 2 * dot + 2));
                g.setColor(style.placeDot());
                g.fill(new Ellipse2D.Double(ax - dot, ay - dot, 2 * dot, 2 * dot));
            }
            if (!p.box().intersects(tile)) {
                continue;
            }
            Graphics2D t = (Graphics2D) g.create();
            t.translate(p.ox() - left, p.oy() - top);
            t.setColor(style.halo());
            t.fill(label.halo());
            t.setColor(style.text(label.kind()));
            t.fill(label.glyphs());
            t.dispose();
        }
    }
}

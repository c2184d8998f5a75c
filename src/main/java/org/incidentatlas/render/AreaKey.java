package org.incidentatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import org.incidentatlas.domain.WebMercator;
import org.incidentatlas.index.AdminAreas;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;

/**
 * A choropleth of one administrative level for the incidents of one index: the level's polygons in world units and
 * the area of every incident (from the filter codes, which assigned them by point in polygon when the index was
 * built, as the {@code --by} data exports do). Draws the areas filled by the class colour of their incidents or
 * deaths among those shown (date window and filter), classes cut over every area with any, so they do not change
 * when the map is panned. Immutable: the window and an export drawing in the background may share one key.
 */
public final class AreaKey {
    private static final double FILL_ALPHA = 0.78;

    private final AreaStyle style;
    private final TimeIndex points;
    /** Per incident of {@code points}, the index of its area in the level, or -1 outside every area. */
    private final short[] areaOf;
    /** Per area, its rings as interleaved world x, y. */
    private final double[][][] rings;
    private final AdminAreas areas;

    /** The areas of one level, and each one's rings as interleaved world x, y (projected once). */
    private record Level(AdminAreas areas, double[][][] rings) {
        static Level of(AdminAreas areas) {
            double[][][] rings = new double[areas.size()][][];
            for (int a = 0; a < rings.length; a++) {
                rings[a] = areas.rings(a);
                for (double[] ring : rings[a]) {
                    for (int k = 0; k < ring.length; k += 2) {
                        ring[k] = WebMercator.x(ring[k]);
                        ring[k + 1] = WebMercator.y(ring[k + 1]);
                    }
                }
            }
            return new Level(areas, rings);
        }
    }

    private AreaKey(AreaStyle style, TimeIndex points, short[] areaOf, Level level) {
        this.style = style;
        this.points = points;
        this.areaOf = areaOf;
        this.rings = level.rings();
        this.areas = level.areas();
    }

    /**
     * The key of a choropleth drawn as {@code style} says for {@code points}, whose filter codes {@code codes} (built
     * with them, in the same order) say each incident's area.
     */
    public static AreaKey of(AreaStyle style, TimeIndex points, FilterCodes codes) {
        MapMode mode = style.mode();
        if (!style.fillsAreas()) {
            throw new IllegalArgumentException("symbols are no choropleth");
        }
        if (codes == null) {
            throw new IllegalArgumentException("a choropleth needs the filter codes of the incidents drawn");
        }
        AdminAreas areas = switch (mode) {
            case GOVERNORATE -> codes.boundaries().governorates();
            case DISTRICT -> codes.boundaries().districts();
            default -> codes.boundaries().subdistricts();
        };
        short[] areaOf = new short[points.size()];
        boolean aligned = codes.sameOrderAs(points);
        for (int i = 0; i < areaOf.length; i++) {
            int at = aligned ? i : codes.indexOf(points.id(i));
            areaOf[i] = (short) (at < 0 ? -1 : codes.areaIndex(mode.level(), at));
        }
        return new AreaKey(style, points, areaOf, Level.of(areas));
    }

    /**
     * The area under a world point (Web Mercator world units) with the incidents shown in it, largest toll first,
     * their deaths, and the range of its class among {@code classes} (those the map was drawn with); null where no
     * area of the level is.
     */
    public AreaHit hit(double worldX, double worldY, DateWindow window, IncidentMask mask, AreaClasses classes) {
        int a = areas.locate(WebMercator.latitude(worldY), WebMercator.longitude(worldX));
        if (a < 0) {
            return null;
        }
        int[] visible = new int[points.size()];
        int n = points.visible(window, mask, visible);
        long[] members = new long[n];
        int m = 0;
        long deaths = 0;
        for (int k = 0; k < n; k++) {
            int i = visible[k];
            if (areaOf[i] == a) {
                members[m++] = (long) (Integer.MAX_VALUE - points.deathsBest(i)) << 32 | i;
                deaths += points.deathsBest(i);
            }
        }
        java.util.Arrays.sort(members, 0, m);
        int[] positions = new int[m];
        for (int k = 0; k < m; k++) {
            positions[k] = (int) members[k];
        }
        long value = measure() == SizeBy.DEATHS ? deaths : m;
        String range = value == 0 || classes == null ? "none shown" : classes.ranges().get(classes.classOf(value));
        return new AreaHit(style, areas.area(a), positions, deaths, range);
    }

    /** The level, measure and classing this key draws. */
    public AreaStyle style() {
        return style;
    }

    public MapMode mode() {
        return style.mode();
    }

    public SizeBy measure() {
        return style.measure();
    }

    public Classing classing() {
        return style.classing();
    }

    /** Whether this key was made for {@code index}. */
    public boolean fits(TimeIndex index) {
        return index == points;
    }

    /**
     * Per area of the level, its incidents or deaths among those shown (gathered in {@code visible}); the last slot
     * counts the unplaced.
     */
    long[] values(DateWindow window, IncidentMask mask, int[] visible) {
        int n = points.visible(window, mask, visible);
        long[] values = new long[rings.length + 1];
        boolean byDeaths = measure() == SizeBy.DEATHS;
        for (int k = 0; k < n; k++) {
            int i = visible[k];
            int a = areaOf[i];
            if (a < 0) {
                values[rings.length]++;
            } else {
                values[a] += byDeaths ? points.deathsBest(i) : 1;
            }
        }
        return values;
    }

    /** The classes of the incidents shown, cut over every area with any. */
    public AreaClasses classes(DateWindow window, IncidentMask mask) {
        return classes(values(window, mask, new int[points.size()]));
    }

    private AreaClasses classes(long[] values) {
        int areas = rings.length;
        long[] positive = new long[areas];
        int m = 0;
        long lowest = Long.MAX_VALUE;
        for (int a = 0; a < areas; a++) {
            if (values[a] > 0) {
                positive[m++] = values[a];
                lowest = Math.min(lowest, values[a]);
            }
        }
        long[] some = java.util.Arrays.copyOf(positive, m);
        return new AreaClasses(style, classing().upperBounds(some, AreaClasses.CLASSES),
                m == 0 ? 0 : lowest, values[areas]);
    }

    /**
     * Draws the areas into {@code pixels} (premultiplied ARGB, the view's size, already cleared), filled by class
     * with thin white borders so neighbours of one class stay apart; returns the classes. {@code scratch} holds at
     * least as many positions as the index has incidents.
     */
    AreaClasses paint(DateWindow window, IncidentMask mask, Viewport view, double pixelRatio, int[] pixels,
            int[] scratch) {
        long[] values = values(window, mask, scratch);
        AreaClasses classes = classes(values);
        int w = view.width();
        int h = view.height();
        Graphics2D g = wrap(pixels, w, h).createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setStroke(new BasicStroke((float) (0.8 * pixelRatio)));
            for (int a = 0; a < rings.length; a++) {
                Path2D.Double shape = shape(a, view, w, h);
                if (shape == null) {
                    continue;
                }
                int rgb = classes.colour(classes.classOf(values[a]));
                g.setColor(new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF,
                        (int) Math.round(255 * FILL_ALPHA)));
                g.fill(shape);
                g.setColor(new Color(255, 255, 255, 200));
                g.draw(shape);
            }
        } finally {
            g.dispose();
        }
        return classes;
    }

    /** Area {@code a} on screen (even-odd, so holes stay open), or null when it lies outside the view. */
    private Path2D.Double shape(int a, Viewport view, int w, int h) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] ring : rings[a]) {
            for (int k = 0; k < ring.length; k += 2) {
                double x = view.screenX(ring[k]);
                double y = view.screenY(ring[k + 1]);
                if (k == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
                minX = Math.min(minX, x);
                minY = Math.min(minY, y);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
            }
            path.closePath();
        }
        return maxX < 0 || maxY < 0 || minX > w || minY > h ? null : path;
    }

    private static BufferedImage wrap(int[] pixels, int w, int h) {
        DirectColorModel cm = new DirectColorModel(java.awt.color.ColorSpace.getInstance(
                java.awt.color.ColorSpace.CS_sRGB), 32, 0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000, true,
                DataBuffer.TYPE_INT);
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(pixels, w * h), w, h, w,
                new int[] {0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000}, null);
        return new BufferedImage(cm, raster, true, null);
    }
}

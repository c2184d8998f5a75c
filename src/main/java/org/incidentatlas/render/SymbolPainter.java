package org.incidentatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import java.util.Locale;

/**
 * Draws what pre-drawn sprites cannot into the same premultiplied ARGB buffer through Java2D: symbols larger than the
 * sprites and the count labels of stacked symbols (in the bundled font, with a light halo, never on top of another
 * label). One instance per renderer, used from one thread.
 */
final class SymbolPainter {
    private static final float LABEL_PT = 10.5f;
    private static final int GRID_PX = 4;
    private static final Color INK = new Color(0x1E, 0x1E, 0x1E);
    private static final Color HALO = new Color(255, 255, 255, 225);

    private int[] wrapped;
    private BufferedImage image;
    private Graphics2D g;
    private double ratio;
    private int width;
    private int height;
    private boolean[] taken = new boolean[0];
    private int gridW;

    /** Starts drawing into {@code pixels} ({@code w} x {@code h}), {@code pixelRatio} device pixels a screen pixel. */
    void begin(int[] pixels, int w, int h, double pixelRatio) {
        if (pixels != wrapped || image.getWidth() != w || image.getHeight() != h) {
            DirectColorModel cm = new DirectColorModel(java.awt.color.ColorSpace.getInstance(
                    java.awt.color.ColorSpace.CS_sRGB), 32, 0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000, true,
                    DataBuffer.TYPE_INT);
            WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(pixels, w * h), w, h, w,
                    new int[] {0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000}, null);
            image = new BufferedImage(cm, raster, true, null);
            wrapped = pixels;
        }
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        ratio = pixelRatio;
        width = w;
        height = h;
        gridW = w / GRID_PX + 1;
        int cells = gridW * (h / GRID_PX + 1);
        if (taken.length < cells) {
            taken = new boolean[cells];
        }
        Arrays.fill(taken, 0, cells, false);
    }

    void end() {
        if (g != null) {
            g.dispose();
            g = null;
        }
    }

    /** A disc (or, for an imprecise place, a ring) of radius {@code r} device pixels centred on (cx, cy). */
    void symbol(double cx, double cy, double r, int slot, boolean ring) {
        int argb = IncidentStyle.slotColour(slot);
        Ellipse2D shape = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        double rim = (ring ? DotSprites.RING_RIM : 1.0) * Math.min(ratio, DotSprites.MAX_PIXEL_RATIO);
        g.setColor(colour(argb, ring ? DotSprites.RING_FILL_ALPHA : DotSprites.FILL_ALPHA));
        g.fill(shape);
        g.setColor(colour(ring ? argb : DotSprites.darker(argb), ring ? DotSprites.RING_RIM_ALPHA
                : DotSprites.RIM_ALPHA));
        g.setStroke(new BasicStroke((float) rim));
        g.draw(new Ellipse2D.Double(cx - r + rim / 2, cy - r + rim / 2, 2 * r - rim, 2 * r - rim));
    }

    /**
     * The number of incidents a symbol holds, centred in it when it fits there, else beside its upper right; skipped
     * when it would cover a label already drawn. Returns whether it was drawn.
     */
    boolean count(double cx, double cy, double r, int incidents) {
        String text = String.format(Locale.ROOT, "%,d", incidents);
        Font font = MapFonts.latin((float) (LABEL_PT * ratio), true);
        GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
        Rectangle2D box = glyphs.getVisualBounds();
        double pad = 2 * ratio;
        double x;
        double y;
        if (box.getWidth() + 2 * pad < 2 * r && box.getHeight() + 2 * pad < 2 * r) {
            x = cx - box.getCenterX();
            y = cy - box.getCenterY();
        } else {
            x = cx + r * 0.7 + ratio - box.getX();
            y = cy - r * 0.7 - ratio - box.getMaxY();
        }
        double left = x + box.getX() - pad;
        double top = y + box.getY() - pad;
        double right = left + box.getWidth() + 2 * pad;
        double bottom = top + box.getHeight() + 2 * pad;
        if (!claim(left, top, right, bottom)) {
            return false;
        }
        Shape outline = glyphs.getOutline((float) x, (float) y);
        g.setColor(HALO);
        g.setStroke(new BasicStroke((float) (3 * ratio), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(INK);
        g.fill(outline);
        return true;
    }

    /** Marks the grid cells of a label's box as used; false (nothing marked) when one already was. */
    private boolean claim(double left, double top, double right, double bottom) {
        int x0 = (int) Math.max(0, Math.floor(left / GRID_PX));
        int y0 = (int) Math.max(0, Math.floor(top / GRID_PX));
        int x1 = (int) Math.min(gridW - 1, Math.floor(right / GRID_PX));
        int y1 = (int) Math.min(height / GRID_PX, Math.floor(bottom / GRID_PX));
        if (right < 0 || bottom < 0 || left >= width || top >= height) {
            return true;
        }
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (taken[y * gridW + x]) {
                    return false;
                }
            }
        }
        for (int y = y0; y <= y1; y++) {
            Arrays.fill(taken, y * gridW + x0, y * gridW + x1 + 1, true);
        }
        return true;
    }

    private static Color colour(int argb, double alpha) {
        return new Color(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, (int) Math.round(alpha * 255));
    }
}

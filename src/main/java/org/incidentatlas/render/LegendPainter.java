package org.incidentatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The map legend, for the window and for exported pictures alike, drawn for what a frame showed: the colours (type of
 * violence, common category or dataset, as the frame's {@link ColourKey} says), nested circles at the real sizes of
 * symbols at the frame's zoom up to the largest symbol drawn ({@link SizeKey}), what a number on a symbol means, the
 * ring of an imprecise place, and, when the frame showed the density grid, its colour ramp; for a choropleth, its
 * classes ({@link AreaLegend}). In the bundled fonts. The parts are {@link LegendBlock}s: the window stacks them on one
 * panel ({@link #paint}), an exported picture places them in its margin ({@link #blocks}).
 */
public final class LegendPainter {
    static final int GREY = 0xFF9A9A9A;
    static final Color INK = new Color(0x20, 0x20, 0x20);
    private static final double PAD = 8;
    private static final double GAP = 8;
    private static final double BLOCK_GAP = 6;
    private static final double SAMPLE_R = 8;
    private static final double SYMBOL = Math.max(2 * SAMPLE_R + 2, 24);
    private static final String STACK = "12 incidents on one spot";
    private static final String RING = "ring: place known only roughly";
    private static final String RING_MORE = "(town, district, governorate)";
    private static final String RAMP = "Incidents per cell";
    private static final String RAMP_WORDS = "few → many";

    private LegendPainter() {
    }

    /** The values of the nested size circles (see {@link SizeKey#steps}). */
    public static List<Long> sizeSteps(IncidentRenderer.Frame frame) {
        return SizeKey.steps(frame);
    }

    /** The texts of the legend, top to bottom (so tests can check what a legend says). */
    public static List<String> lines(IncidentRenderer.Frame frame) {
        if (frame.areas() != null) {
            return AreaLegend.lines(frame.areas());
        }
        List<String> out = new ArrayList<>();
        out.add(frame.colours().heading());
        out.addAll(frame.colours().names());
        out.addAll(SizeKey.lines(frame));
        out.add(STACK);
        out.add(RING);
        out.add(RING_MORE);
        if (frame.aggregated()) {
            out.add(RAMP);
            out.add(RAMP_WORDS);
        }
        return out;
    }

    /**
     * The parts of the legend of a frame, measured with {@code g}'s fonts; none wider than {@code maxWidth} screen
     * pixels where it can be helped (the size key leaves out circles that would be wider and says the largest value).
     */
    public static List<LegendBlock> blocks(Graphics2D g, IncidentRenderer.Frame frame, double maxWidth) {
        Graphics2D s = hinted(g);
        try {
            if (frame.areas() != null) {
                return List.of(new AreaLegend(s, frame.areas()));
            }
            List<LegendBlock> out = new ArrayList<>();
            out.add(colourKey(s, frame.colours()));
            out.add(new SizeKey(s, frame, maxWidth));
            out.add(symbolKey(s));
            if (frame.aggregated()) {
                out.add(ramp(s));
            }
            return out;
        } finally {
            s.dispose();
        }
    }

    /**
     * Paints the whole legend on a light panel with its top-left corner at ({@code x}, {@code y}), in screen pixels
     * ({@code g} scaled for larger pictures); returns its size as {width, height}.
     */
    public static double[] paint(Graphics2D g, double x, double y, IncidentRenderer.Frame frame) {
        List<LegendBlock> blocks = blocks(g, frame, Double.MAX_VALUE);
        double width = 0;
        double height = 0;
        for (LegendBlock b : blocks) {
            width = Math.max(width, b.width());
            height += b.height();
        }
        width += 2 * PAD;
        height += 2 * PAD + BLOCK_GAP * (blocks.size() - 1);
        Graphics2D s = hinted(g);
        try {
            s.setColor(new Color(255, 255, 255, 215));
            s.fill(new RoundRectangle2D.Double(x, y, width, height, 8, 8));
            double top = y + PAD;
            for (LegendBlock b : blocks) {
                b.paint(s, x + PAD, top);
                top += b.height() + BLOCK_GAP;
            }
        } finally {
            s.dispose();
        }
        return new double[] {width, height};
    }

    /** A copy of {@code g} that draws text and shapes smoothly, with the fractional metrics blocks are measured in. */
    public static Graphics2D hinted(Graphics2D g) {
        Graphics2D s = (Graphics2D) g.create();
        s.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        s.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        s.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return s;
    }

    private static LegendBlock colourKey(Graphics2D g, ColourKey key) {
        Font plain = MapFonts.latin(12f, false);
        Font bold = MapFonts.latin(12f, true);
        FontMetrics pm = g.getFontMetrics(plain);
        FontMetrics bm = g.getFontMetrics(bold);
        double line = line(pm);
        double width = bm.stringWidth(key.heading());
        for (String name : key.names()) {
            width = Math.max(width, SYMBOL + GAP + pm.stringWidth(name));
        }
        int entries = key.names().size();
        return LegendBlock.of(width, bm.getHeight() + 2 + entries * line, (s, x, y) -> {
            double top = heading(s, bold, bm, key.heading(), x, y);
            for (int k = 0; k < entries; k++) {
                swatch(s, x + SYMBOL / 2, top + line / 2, key.colour(k));
                text(s, plain, pm, key.names().get(k), x + SYMBOL + GAP, top + line / 2);
                top += line;
            }
        });
    }

    private static LegendBlock symbolKey(Graphics2D g) {
        Font plain = MapFonts.latin(12f, false);
        FontMetrics pm = g.getFontMetrics(plain);
        double line = line(pm);
        double width = SYMBOL + GAP + Math.max(pm.stringWidth(STACK), Math.max(pm.stringWidth(RING),
                pm.stringWidth(RING_MORE)));
        return LegendBlock.of(width, 3 * line, (s, x, y) -> {
            double top = y;
            disc(s, x + SYMBOL / 2, top + line / 2, SAMPLE_R, GREY, false);
            text(s, plain, pm, STACK, x + SYMBOL + GAP, top + line / 2);
            s.setFont(MapFonts.latin(8f, true));
            s.setColor(INK);
            FontMetrics nm = s.getFontMetrics();
            s.drawString("12", (float) (x + SYMBOL / 2 - nm.stringWidth("12") / 2.0),
                    (float) (top + line / 2 + nm.getAscent() * 0.36));
            top += line;
            disc(s, x + SYMBOL / 2, top + line / 2, SAMPLE_R, GREY, true);
            text(s, plain, pm, RING, x + SYMBOL + GAP, top + line / 2);
            top += line;
            text(s, plain, pm, RING_MORE, x + SYMBOL + GAP, top + line / 2);
        });
    }

    private static LegendBlock ramp(Graphics2D g) {
        Font plain = MapFonts.latin(12f, false);
        Font bold = MapFonts.latin(12f, true);
        FontMetrics pm = g.getFontMetrics(plain);
        FontMetrics bm = g.getFontMetrics(bold);
        double line = line(pm);
        double width = Math.max(bm.stringWidth(RAMP), SYMBOL + GAP + pm.stringWidth(RAMP_WORDS));
        return LegendBlock.of(width, bm.getHeight() + 2 + line, (s, x, y) -> {
            double top = heading(s, bold, bm, RAMP, x, y);
            paintRamp(s, x, top + line / 2 - 5, SYMBOL, 10);
            text(s, plain, pm, RAMP_WORDS, x + SYMBOL + GAP, top + line / 2);
        });
    }

    private static double line(FontMetrics pm) {
        return Math.max(2 * SAMPLE_R + 2, pm.getHeight());
    }

    private static double heading(Graphics2D s, Font bold, FontMetrics bm, String text, double left, double top) {
        s.setFont(bold);
        s.setColor(INK);
        s.drawString(text, (float) left, (float) (top + bm.getAscent()));
        return top + bm.getHeight() + 2;
    }

    /** Text vertically centred on {@code mid}. */
    static void text(Graphics2D s, Font plain, FontMetrics pm, String text, double left, double mid) {
        s.setFont(plain);
        s.setColor(INK);
        s.drawString(text, (float) left, (float) (mid - pm.getHeight() / 2.0 + pm.getAscent()));
    }

    /** A type colour, stronger than on the map so it reads at legend size. */
    private static void swatch(Graphics2D g, double cx, double cy, int argb) {
        Ellipse2D dot = new Ellipse2D.Double(cx - 5, cy - 5, 10, 10);
        g.setColor(new Color(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, 204));
        g.fill(dot);
        g.setColor(new Color(DotSprites.darker(argb)));
        g.setStroke(new BasicStroke(1f));
        g.draw(dot);
    }

    static void disc(Graphics2D g, double cx, double cy, double r, int argb, boolean ring) {
        Ellipse2D dot = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        g.setColor(new Color(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF,
                (int) Math.round(255 * (ring ? DotSprites.RING_FILL_ALPHA : DotSprites.FILL_ALPHA))));
        g.fill(dot);
        g.setColor(ring ? new Color(argb) : new Color(DotSprites.darker(argb)));
        g.setStroke(new BasicStroke(ring ? (float) DotSprites.RING_RIM : 1f));
        g.draw(dot);
    }

    private static void paintRamp(Graphics2D g, double x, double y, double w, double h) {
        int steps = 4;
        for (int k = 0; k < steps; k++) {
            Color a = new Color(DensityRamp.opaque(k / (double) steps));
            Color b = new Color(DensityRamp.opaque((k + 1) / (double) steps));
            g.setPaint(new GradientPaint((float) (x + w * k / steps), 0, a, (float) (x + w * (k + 1) / steps), 0, b));
            g.fill(new Rectangle2D.Double(x + w * k / steps, y, w / steps + 0.5, h));
        }
    }
}

package org.incidentatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The size key: nested circles at the real sizes of symbols at the frame's zoom, for 1, 10, 100 ... deaths or
 * incidents below the largest symbol drawn, and for that largest value itself, so the key never holds a circle larger
 * than anything on the map. Where the circles would be wider than the room given, the largest ones are left out and the
 * largest value is said in words.
 */
final class SizeKey implements LegendBlock {
    private static final double GAP = 8;
    private static final Color LEADER = new Color(0x70, 0x70, 0x70);

    private final IncidentRenderer.Frame frame;
    private final Font plain;
    private final Font bold;
    private final FontMetrics pm;
    private final FontMetrics bm;
    private final List<Long> steps;
    private final boolean largestInWords;
    private final double rMax;
    private final double width;
    private final double height;

    SizeKey(Graphics2D g, IncidentRenderer.Frame frame, double maxWidth) {
        this.frame = frame;
        plain = MapFonts.latin(12f, false);
        bold = MapFonts.latin(12f, true);
        pm = g.getFontMetrics(plain);
        bm = g.getFontMetrics(bold);
        List<Long> all = steps(frame);
        List<Long> kept = new ArrayList<>(all);
        while (kept.size() > 1 && circlesWidth(kept) > maxWidth) {
            kept.remove(kept.size() - 1);
        }
        steps = List.copyOf(kept);
        largestInWords = kept.size() < all.size();
        rMax = radius(steps.get(steps.size() - 1));
        double w = Math.max(bm.stringWidth(heading(frame.sizeBy())), circlesWidth(steps));
        if (largestInWords) {
            w = Math.max(w, pm.stringWidth(largestWords(frame)));
        }
        width = w;
        height = bm.getHeight() + 2 + pm.getHeight() / 2.0 + nestedHeight() + (largestInWords ? pm.getHeight() : 0);
    }

    /**
     * The values of the nested circles: with no symbol drawn, 1, 10 and 100; otherwise the powers of ten up to half the
     * largest value one symbol stands for, then that largest value (a symbol of 8,213 deaths is read against circles of
     * 1, 10, 100, 1,000 and 8,213, not against a 10,000 one larger than anything drawn).
     */
    static List<Long> steps(IncidentRenderer.Frame frame) {
        if (frame.symbols() == 0) {
            return List.of(1L, 10L, 100L);
        }
        long largest = Math.max(1, frame.largest());
        List<Long> out = new ArrayList<>();
        for (long v = 1; v * 2 <= largest; v *= 10) {
            out.add(v);
        }
        out.add(largest);
        return out;
    }

    /** The texts of the key, top to bottom. */
    static List<String> lines(IncidentRenderer.Frame frame) {
        List<String> out = new ArrayList<>();
        out.add(heading(frame.sizeBy()));
        for (long v : steps(frame)) {
            out.add(label(frame, v));
        }
        return out;
    }

    static String heading(SizeBy by) {
        return by == SizeBy.DEATHS ? "Deaths (best) per spot" : "Incidents per spot";
    }

    private static String label(IncidentRenderer.Frame frame, long v) {
        String text = valueText(v, frame.sizeBy());
        return frame.symbols() > 0 && v == Math.max(1, frame.largest()) ? text + " (largest)" : text;
    }

    private static String largestWords(IncidentRenderer.Frame frame) {
        return "largest: " + valueText(frame.largest(), frame.sizeBy());
    }

    static String valueText(long v, SizeBy by) {
        String unit = by == SizeBy.DEATHS ? (v == 1 ? " death" : " deaths") : (v == 1 ? " incident" : " incidents");
        return String.format(Locale.ROOT, "%,d", v) + unit;
    }

    private double radius(long v) {
        return IncidentStyle.radius(v, frame.sizeBy(), frame.zoom());
    }

    private double circlesWidth(List<Long> values) {
        double r = radius(values.get(values.size() - 1));
        double labels = 0;
        for (long v : values) {
            labels = Math.max(labels, pm.stringWidth(label(frame, v)));
        }
        return Math.max(12, r) + r + GAP + labels;
    }

    private double nestedHeight() {
        return Math.max(2 * rMax, (steps.size() + 0.5) * pm.getHeight()) + 4;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void paint(Graphics2D g, double x, double y) {
        g.setFont(bold);
        g.setColor(LegendPainter.INK);
        g.drawString(heading(frame.sizeBy()), (float) x, (float) (y + bm.getAscent()));
        // Half a line below the heading: the top circle's value is written level with its top, centred on it.
        double top = y + bm.getHeight() + 2 + pm.getHeight() / 2.0;
        double cx = x + Math.max(12, rMax);
        double bottom = top + nestedHeight() - 2;
        double labelX = cx + rMax + GAP;
        for (int k = steps.size() - 1; k >= 0; k--) {
            double r = radius(steps.get(k));
            LegendPainter.disc(g, cx, bottom - r, r, LegendPainter.GREY, false);
        }
        // From the smallest up: each value level with its circle's top, or a line above the one below it.
        double next = bottom + pm.getHeight() / 2.0;
        for (long v : steps) {
            double r = radius(v);
            double at = Math.min(bottom - 2 * r, next - pm.getHeight());
            g.setColor(LEADER);
            g.setStroke(new BasicStroke(0.8f));
            g.draw(new Line2D.Double(cx, bottom - 2 * r, labelX - 3, at));
            LegendPainter.text(g, plain, pm, label(frame, v), labelX, at);
            next = at;
        }
        if (largestInWords) {
            LegendPainter.text(g, plain, pm, largestWords(frame), x, bottom + 2 + pm.getHeight() / 2.0);
        }
    }
}

package org.incidentatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The map legend, for the window and for exported pictures alike, drawn for what a frame showed: the colours (type of
 * violence, common category or dataset, as the frame's {@link ColourKey} says), nested circles at the real sizes
 * of 1, 10, 100, 1,000 ... deaths or incidents at the frame's zoom (up to
 * the largest symbol drawn, never capped), what a number on a symbol means, the ring of an imprecise place, and, when
 * the frame showed the density grid, its colour ramp; for a choropleth, its classes ({@link AreaLegend}). In the
 * bundled fonts.
 */
public final class LegendPainter {
    private static final double PAD = 8;
    private static final double GAP = 8;
    private static final int GREY = 0xFF9A9A9A;
    private static final Color INK = new Color(0x20, 0x20, 0x20);
    private static final double SAMPLE_R = 8;

    private LegendPainter() {
    }

    /**
     * The values of the nested size circles: powers of ten from 1 to at least 1,000, up to the power of ten nearest
     * (on a log scale) to the largest symbol shown. A symbol of 12,000 deaths is read against a 10,000 circle rather
     * than a 100,000 one that would be ten times its area and cover the map.
     */
    public static List<Long> sizeSteps(IncidentRenderer.Frame frame) {
        List<Long> out = new ArrayList<>();
        for (long v = 1;; v *= 10) {
            out.add(v);
            if (v >= 1000 && v * Math.sqrt(10) >= frame.largest()) {
                break;
            }
        }
        return out;
    }

    /** The texts of the legend, top to bottom (so tests can check what a legend says). */
    public static List<String> lines(IncidentRenderer.Frame frame) {
        if (frame.areas() != null) {
            return AreaLegend.lines(frame.areas());
        }
        List<String> out = new ArrayList<>();
        out.add(frame.colours().heading());
        out.addAll(frame.colours().names());
        out.add(sizeHeading(frame.sizeBy()));
        for (long v : sizeSteps(frame)) {
            out.add(valueText(v, frame.sizeBy()));
        }
        out.add("12 incidents on one spot");
        out.add("ring: place known only roughly");
        out.add("(town, district, governorate)");
        if (frame.aggregated()) {
            out.add("Incidents per cell");
            out.add("few → many");
        }
        return out;
    }

    private static String sizeHeading(SizeBy by) {
        return by == SizeBy.DEATHS ? "Deaths (best) per spot" : "Incidents per spot";
    }

    private static String valueText(long v, SizeBy by) {
        String unit = by == SizeBy.DEATHS ? (v == 1 ? " death" : " deaths") : (v == 1 ? " incident" : " incidents");
        return String.format(Locale.ROOT, "%,d", v) + unit;
    }

    /**
     * Paints the legend on a light panel with its top-left corner at ({@code x}, {@code y}), in screen pixels
     * ({@code g} scaled for larger pictures); returns its size as {width, height}.
     */
    public static double[] paint(Graphics2D g, double x, double y, IncidentRenderer.Frame frame) {
        Graphics2D s = (Graphics2D) g.create();
        try {
            s.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            s.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            s.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            if (frame.areas() != null) {
                return AreaLegend.paint(s, x, y, frame.areas());
            }
            Font plain = MapFonts.latin(12f, false);
            Font bold = MapFonts.latin(12f, true);
            FontMetrics pm = s.getFontMetrics(plain);
            FontMetrics bm = s.getFontMetrics(bold);
            List<String> texts = lines(frame);
            List<Long> steps = sizeSteps(frame);
            double[] radii = steps.stream().mapToDouble(v -> IncidentStyle.radius(v, frame.sizeBy(), frame.zoom()))
                    .toArray();
            double rMax = radii[radii.length - 1];
            double line = Math.max(2 * SAMPLE_R + 2, pm.getHeight());
            double textWidth = 0;
            for (String t : texts) {
                textWidth = Math.max(textWidth, pm.stringWidth(t));
            }
            double symbol = Math.max(2 * SAMPLE_R + 2, 24);
            double nestedHeight = Math.max(2 * rMax, (steps.size() + 0.5) * pm.getHeight()) + 4;
            double width = Math.max(Math.max(bm.stringWidth(sizeHeading(frame.sizeBy())),
                    bm.stringWidth(frame.colours().heading())),
                    Math.max(symbol, 2 * rMax) + GAP + textWidth) + 2 * PAD;
            ColourKey key = frame.colours();
            int entries = key.names().size();
            double height = 2 * PAD + 2 * (bm.getHeight() + 2) + entries * line + nestedHeight + 3 * line + 4
                    + (frame.aggregated() ? bm.getHeight() + 2 + line : 0);
            s.setColor(new Color(255, 255, 255, 215));
            s.fill(new RoundRectangle2D.Double(x, y, width, height, 8, 8));
            double left = x + PAD;
            double top = y + PAD;
            top = heading(s, bold, bm, texts.get(0), left, top);
            for (int k = 0; k < entries; k++) {
                swatch(s, left + symbol / 2, top + line / 2, key.colour(k));
                text(s, plain, pm, key.names().get(k), left + symbol + GAP, top + line / 2);
                top += line;
            }
            top = heading(s, bold, bm, sizeHeading(frame.sizeBy()), left, top);
            nested(s, pm, frame, left, top, nestedHeight);
            top += nestedHeight;
            disc(s, left + symbol / 2, top + line / 2, SAMPLE_R, GREY, false);
            text(s, plain, pm, "12 incidents on one spot", left + symbol + GAP, top + line / 2);
            s.setFont(MapFonts.latin(8f, true));
            s.setColor(INK);
            FontMetrics nm = s.getFontMetrics();
            s.drawString("12", (float) (left + symbol / 2 - nm.stringWidth("12") / 2.0),
                    (float) (top + line / 2 + nm.getAscent() * 0.36));
            top += line;
            disc(s, left + symbol / 2, top + line / 2, SAMPLE_R, GREY, true);
            text(s, plain, pm, "ring: place known only roughly", left + symbol + GAP, top + line / 2);
            top += line;
            text(s, plain, pm, "(town, district, governorate)", left + symbol + GAP, top + line / 2);
            top += line + 4;
            if (frame.aggregated()) {
                top = heading(s, bold, bm, "Incidents per cell", left, top);
                paintRamp(s, left, top + line / 2 - 5, symbol, 10);
                text(s, plain, pm, "few → many", left + symbol + GAP, top + line / 2);
            }
            return new double[] {width, height};
        } finally {
            s.dispose();
        }
    }

    /** Nested circles sharing their lowest point, each value written level with its circle's top. */
    private static void nested(Graphics2D s, FontMetrics pm, IncidentRenderer.Frame frame, double left, double top,
            double height) {
        Font plain = pm.getFont();
        SizeBy by = frame.sizeBy();
        List<Long> steps = sizeSteps(frame);
        double[] radii = steps.stream().mapToDouble(v -> IncidentStyle.radius(v, by, frame.zoom())).toArray();
        double rMax = radii[radii.length - 1];
        double cx = left + Math.max(12, rMax);
        double bottom = top + height - 2;
        double labelX = cx + rMax + GAP;
        double next = bottom + pm.getHeight() / 2.0;
        for (int k = radii.length - 1; k >= 0; k--) {
            double r = radii[k];
            disc(s, cx, bottom - r, r, GREY, false);
        }
        // From the smallest up: each value level with its circle's top, or a line above the one below it.
        for (int k = 0; k < radii.length; k++) {
            double r = radii[k];
            double at = Math.min(bottom - 2 * r, next - pm.getHeight());
            s.setColor(new Color(0x70, 0x70, 0x70));
            s.setStroke(new BasicStroke(0.8f));
            s.draw(new Line2D.Double(cx, bottom - 2 * r, labelX - 3, at));
            text(s, plain, pm, valueText(steps.get(k), by), labelX, at);
            next = at;
        }
    }

    private static double heading(Graphics2D s, Font bold, FontMetrics bm, String text, double left, double top) {
        s.setFont(bold);
        s.setColor(INK);
        s.drawString(text, (float) left, (float) (top + bm.getAscent()));
        return top + bm.getHeight() + 2;
    }

    /** Text vertically centred on {@code mid}. */
    private static void text(Graphics2D s, Font plain, FontMetrics pm, String text, double left, double mid) {
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

    private static void disc(Graphics2D g, double cx, double cy, double r, int argb, boolean ring) {
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

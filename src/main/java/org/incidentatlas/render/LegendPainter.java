package org.incidentatlas.render;

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
 * The map legend for pictures (exports): the same entries as the window's legend, what a dot's colour (UCDP type of
 * violence) and size (best deaths) mean, and, when the picture shows the density grid, its colour ramp.
 */
public final class LegendPainter {
    private static final double PAD = 8;
    private static final double GAP = 8;
    private static final int GREY = 0xFF9A9A9A;

    private LegendPainter() {
    }

    /** One line of the legend: a heading, a dot, or the density ramp. */
    private record Entry(String text, int argb, double radius, boolean heading, boolean ramp) {
    }

    /** The entries, top to bottom (names so tests can check what a legend says). */
    public static List<String> lines(boolean density) {
        return entries(density).stream().map(Entry::text).toList();
    }

    private static List<Entry> entries(boolean density) {
        List<Entry> out = new ArrayList<>();
        out.add(new Entry("Type of violence", 0, 0, true, false));
        for (int type = 1; type <= 3; type++) {
            out.add(new Entry(IncidentStyle.typeName(type), IncidentStyle.colour(type), 5, false, false));
        }
        out.add(new Entry("Deaths (best)", 0, 0, true, false));
        out.add(new Entry("none recorded", GREY, IncidentStyle.radius(0), false, false));
        out.add(new Entry("1 death", GREY, IncidentStyle.radius(1), false, false));
        out.add(new Entry("10 deaths", GREY, IncidentStyle.radius(10), false, false));
        out.add(new Entry(IncidentStyle.saturatingDeaths() + " or more deaths", GREY, IncidentStyle.MAX_RADIUS, false,
                false));
        if (density) {
            out.add(new Entry("Incidents per cell", 0, 0, true, false));
            out.add(new Entry("few → many", 0, 0, false, true));
        }
        return out;
    }

    /**
     * Paints the legend on a light panel with its top-left corner at ({@code x}, {@code y}), in screen pixels
     * ({@code g} scaled for larger pictures); returns its size as {width, height}.
     */
    public static double[] paint(Graphics2D g, double x, double y, boolean density) {
        Graphics2D s = (Graphics2D) g.create();
        try {
            s.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            s.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font plain = MapFonts.latin(12f, false);
            Font bold = MapFonts.latin(12f, true);
            FontMetrics pm = s.getFontMetrics(plain);
            FontMetrics bm = s.getFontMetrics(bold);
            double symbol = 2 * IncidentStyle.MAX_RADIUS + 2;
            double rampWidth = 40;
            List<Entry> entries = entries(density);
            double width = 0;
            double height = 0;
            for (Entry e : entries) {
                width = Math.max(width, e.heading() ? bm.stringWidth(e.text())
                        : (e.ramp() ? rampWidth : symbol) + GAP + pm.stringWidth(e.text()));
                height += e.heading() ? bm.getHeight() + 2 : Math.max(symbol, pm.getHeight()) + 1;
            }
            width += 2 * PAD;
            height += 2 * PAD;
            s.setColor(new Color(255, 255, 255, 215));
            s.fill(new RoundRectangle2D.Double(x, y, width, height, 8, 8));
            double top = y + PAD;
            for (Entry e : entries) {
                if (e.heading()) {
                    s.setFont(bold);
                    s.setColor(new Color(0x20, 0x20, 0x20));
                    s.drawString(e.text(), (float) (x + PAD), (float) (top + bm.getAscent()));
                    top += bm.getHeight() + 2;
                    continue;
                }
                double line = Math.max(symbol, pm.getHeight());
                double mid = top + line / 2;
                double textX = x + PAD + (e.ramp() ? rampWidth : symbol) + GAP;
                if (e.ramp()) {
                    paintRamp(s, x + PAD, mid - 5, rampWidth, 10);
                } else {
                    paintDot(s, x + PAD + symbol / 2, mid, e.radius(), e.argb());
                }
                s.setFont(plain);
                s.setColor(new Color(0x20, 0x20, 0x20));
                s.drawString(e.text(), (float) textX, (float) (mid - pm.getHeight() / 2.0 + pm.getAscent()));
                top += line + 1;
            }
            return new double[] {width, height};
        } finally {
            s.dispose();
        }
    }

    private static void paintDot(Graphics2D g, double cx, double cy, double r, int argb) {
        Color fill = new Color(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, 204);
        g.setColor(fill);
        Ellipse2D dot = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        g.fill(dot);
        g.setColor(new Color(argb).darker());
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

package org.incidentatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The legend of a choropleth frame: what is counted per area, a swatch and the range of each class, the grey of areas
 * with nothing shown, how the classes were cut, and how many incidents lay outside every area of the level.
 */
final class AreaLegend {
    private static final double PAD = 8;
    private static final double GAP = 8;
    private static final double SWATCH = 18;
    private static final Color INK = new Color(0x20, 0x20, 0x20);

    private AreaLegend() {
    }

    static List<String> lines(AreaClasses c) {
        List<String> out = new ArrayList<>();
        out.add(c.heading());
        out.addAll(c.ranges());
        out.add("none shown");
        out.add(c.method());
        out.add(c.unplacedText());
        return out;
    }

    static double[] paint(Graphics2D s, double x, double y, AreaClasses c) {
        Font plain = MapFonts.latin(12f, false);
        Font bold = MapFonts.latin(12f, true);
        FontMetrics pm = s.getFontMetrics(plain);
        FontMetrics bm = s.getFontMetrics(bold);
        List<String> texts = lines(c);
        List<String> ranges = c.ranges();
        double line = Math.max(SWATCH - 4, pm.getHeight());
        double width = bm.stringWidth(texts.get(0));
        for (String r : ranges) {
            width = Math.max(width, SWATCH + GAP + pm.stringWidth(r));
        }
        width = Math.max(width, SWATCH + GAP + pm.stringWidth("none shown"));
        width = Math.max(width, Math.max(pm.stringWidth(c.method()), pm.stringWidth(c.unplacedText())));
        width += 2 * PAD;
        double height = 2 * PAD + bm.getHeight() + 2 + (ranges.size() + 1) * line + 2 * pm.getHeight() + 4;
        s.setColor(new Color(255, 255, 255, 215));
        s.fill(new RoundRectangle2D.Double(x, y, width, height, 8, 8));
        double left = x + PAD;
        double top = y + PAD;
        s.setFont(bold);
        s.setColor(INK);
        s.drawString(texts.get(0), (float) left, (float) (top + bm.getAscent()));
        top += bm.getHeight() + 2;
        // Largest values on top, as on most choropleth legends.
        for (int k = ranges.size() - 1; k >= 0; k--) {
            swatch(s, left, top, line, c.colour(k));
            text(s, plain, pm, ranges.get(k), left + SWATCH + GAP, top + line / 2);
            top += line;
        }
        swatch(s, left, top, line, AreaClasses.NONE_COLOUR);
        text(s, plain, pm, "none shown", left + SWATCH + GAP, top + line / 2);
        top += line + 4;
        text(s, plain, pm, c.method(), left, top + pm.getHeight() / 2.0);
        top += pm.getHeight();
        text(s, plain, pm, c.unplacedText(), left, top + pm.getHeight() / 2.0);
        return new double[] {width, height};
    }

    private static void swatch(Graphics2D s, double left, double top, double line, int rgb) {
        Rectangle2D box = new Rectangle2D.Double(left, top + (line - 12) / 2, SWATCH, 12);
        s.setColor(new Color(rgb));
        s.fill(box);
        s.setColor(new Color(0x80, 0x80, 0x80));
        s.setStroke(new BasicStroke(0.8f));
        s.draw(box);
    }

    private static void text(Graphics2D s, Font plain, FontMetrics pm, String text, double left, double mid) {
        s.setFont(plain);
        s.setColor(INK);
        s.drawString(text, (float) left, (float) (mid - pm.getHeight() / 2.0 + pm.getAscent()));
    }
}

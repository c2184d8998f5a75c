package org.incidentatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The legend of a choropleth frame: what is counted per area, a swatch and the range of each class, the grey of areas
 * with nothing shown, how the classes were cut, and how many incidents lay outside every area of the level.
 */
final class AreaLegend implements LegendBlock {
    private static final double GAP = 8;
    private static final double SWATCH = 18;
    private static final String NONE = "none shown";

    private final AreaClasses classes;
    private final Font plain = MapFonts.latin(12f, false);
    private final Font bold = MapFonts.latin(12f, true);
    private final FontMetrics pm;
    private final FontMetrics bm;
    private final double line;
    private final double width;
    private final double height;

    AreaLegend(Graphics2D g, AreaClasses c) {
        classes = c;
        pm = g.getFontMetrics(plain);
        bm = g.getFontMetrics(bold);
        line = Math.max(SWATCH - 4, pm.getHeight());
        double w = bm.stringWidth(c.heading());
        for (String r : c.ranges()) {
            w = Math.max(w, SWATCH + GAP + pm.stringWidth(r));
        }
        w = Math.max(w, SWATCH + GAP + pm.stringWidth(NONE));
        width = Math.max(w, Math.max(pm.stringWidth(c.method()), pm.stringWidth(c.unplacedText())));
        height = bm.getHeight() + 2 + (c.ranges().size() + 1) * line + 2 * pm.getHeight() + 4;
    }

    static List<String> lines(AreaClasses c) {
        List<String> out = new ArrayList<>();
        out.add(c.heading());
        out.addAll(c.ranges());
        out.add(NONE);
        out.add(c.method());
        out.add(c.unplacedText());
        return out;
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
    public void paint(Graphics2D s, double x, double y) {
        List<String> ranges = classes.ranges();
        double top = y;
        s.setFont(bold);
        s.setColor(LegendPainter.INK);
        s.drawString(classes.heading(), (float) x, (float) (top + bm.getAscent()));
        top += bm.getHeight() + 2;
        // Largest values on top, as on most choropleth legends.
        for (int k = ranges.size() - 1; k >= 0; k--) {
            swatch(s, x, top, classes.colour(k));
            LegendPainter.text(s, plain, pm, ranges.get(k), x + SWATCH + GAP, top + line / 2);
            top += line;
        }
        swatch(s, x, top, AreaClasses.NONE_COLOUR);
        LegendPainter.text(s, plain, pm, NONE, x + SWATCH + GAP, top + line / 2);
        top += line + 4;
        LegendPainter.text(s, plain, pm, classes.method(), x, top + pm.getHeight() / 2.0);
        top += pm.getHeight();
        LegendPainter.text(s, plain, pm, classes.unplacedText(), x, top + pm.getHeight() / 2.0);
    }

    private void swatch(Graphics2D s, double left, double top, int rgb) {
        Rectangle2D box = new Rectangle2D.Double(left, top + (line - 12) / 2, SWATCH, 12);
        s.setColor(new Color(rgb));
        s.fill(box);
        s.setColor(new Color(0x80, 0x80, 0x80));
        s.setStroke(new BasicStroke(0.8f));
        s.draw(box);
    }
}

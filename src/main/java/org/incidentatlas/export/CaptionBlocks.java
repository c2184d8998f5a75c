package org.incidentatlas.export;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.render.LegendBlock;
import org.incidentatlas.render.MapFonts;

/**
 * The words of an exported picture's margin as blocks its layout places: the title with the dates, filters and counts
 * under it, and the credits of basemap and data, each wrapped to the width it is given.
 */
final class CaptionBlocks {
    static final Color INK = new Color(0x20, 0x20, 0x20);
    private static final Color SOFT_INK = new Color(0x45, 0x45, 0x45);
    private static final float TITLE_SIZE = 16f;
    private static final float LINE_SIZE = 12f;
    private static final float CREDIT_SIZE = 10.5f;

    private CaptionBlocks() {
    }

    /** The title block wrapped to {@code width} screen pixels. */
    static LegendBlock title(Graphics2D g, Captions captions, double width) {
        FontMetrics tm = g.getFontMetrics(MapFonts.latin(TITLE_SIZE, true));
        FontMetrics lm = g.getFontMetrics(MapFonts.latin(LINE_SIZE, false));
        List<String> title = captions.title().isEmpty() ? List.of() : wrap(captions.title(), tm, width);
        List<String> lines = new ArrayList<>();
        for (String line : captions.lines()) {
            lines.addAll(wrap(line, lm, width));
        }
        double gap = title.isEmpty() ? 0 : 4;
        return new Lines(widest(title, tm, widest(lines, lm, 0)),
                title.size() * tm.getHeight() + gap + lines.size() * lm.getHeight(), (s, x, y) -> {
                    double top = y;
                    s.setColor(INK);
                    for (String t : title) {
                        MapFonts.draw(s, t, (float) x, (float) (top + tm.getAscent()), TITLE_SIZE, true);
                        top += tm.getHeight();
                    }
                    top += gap;
                    s.setColor(SOFT_INK);
                    for (String l : lines) {
                        MapFonts.draw(s, l, (float) x, (float) (top + lm.getAscent()), LINE_SIZE, false);
                        top += lm.getHeight();
                    }
                });
    }

    /** The credits wrapped to {@code width} screen pixels. */
    static LegendBlock credits(Graphics2D g, String credits, double width) {
        FontMetrics fm = g.getFontMetrics(MapFonts.latin(CREDIT_SIZE, false));
        List<String> lines = wrap(credits, fm, width);
        return new Lines(widest(lines, fm, 0), lines.size() * fm.getHeight(), (s, x, y) -> {
            double top = y;
            s.setColor(INK);
            for (String l : lines) {
                MapFonts.draw(s, l, (float) x, (float) (top + fm.getAscent()), CREDIT_SIZE, false);
                top += fm.getHeight();
            }
        });
    }

    private static double widest(List<String> lines, FontMetrics fm, double atLeast) {
        double w = atLeast;
        for (String l : lines) {
            w = Math.max(w, fm.stringWidth(l));
        }
        return w;
    }

    /** Breaks text into lines of at most {@code max} pixels, at spaces (a word longer than that gets a line). */
    static List<String> wrap(String text, FontMetrics fm, double max) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && fm.stringWidth(line + " " + word) > max) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** Paints lines of text at a place. */
    @FunctionalInterface
    private interface Painting {
        void paint(Graphics2D g, double x, double y);
    }

    private record Lines(double width, double height, Painting painting) implements LegendBlock {
        @Override
        public void paint(Graphics2D g, double x, double y) {
            painting.paint(g, x, y);
        }
    }
}

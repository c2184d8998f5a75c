package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.incidentatlas.render.LegendBlock;
import org.incidentatlas.render.MapFonts;
import org.junit.jupiter.api.Test;

/** The margin's words as blocks: wrapped to the width given, measured as drawn, and drawn inside their measure. */
class CaptionBlocksTest {
    private static final Captions CAPTIONS = new Captions("Political violence in Iraq, the battle of Mosul",
            "17 October 2016 – 20 July 2017", "Filters: governorate Ninewa; at least 10 deaths (best)",
            "479 incidents, 8,213 deaths (best)", "Basemap: Natural Earth · Incidents: UCDP GED 19.1");

    private static BufferedImage white(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    /** The bounding box of the pixels darker than light grey: x0, y0, x1, y1 (x1 and y1 past the last), or null. */
    private static int[] inked(BufferedImage img) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if ((p >> 16 & 0xFF) + (p >> 8 & 0xFF) + (p & 0xFF) < 3 * 160) {
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.min(box[1], y);
                    box[2] = Math.max(box[2], x + 1);
                    box[3] = Math.max(box[3], y + 1);
                }
            }
        }
        return box[2] < 0 ? null : box;
    }

    /** Paints the block at (40, 30) on a white picture and checks its ink stays inside its measure. */
    private static void assertDrawnInside(LegendBlock block) {
        BufferedImage img = white(800, 400);
        Graphics2D g = img.createGraphics();
        try {
            block.paint(g, 40, 30);
        } finally {
            g.dispose();
        }
        int[] box = inked(img);
        assertTrue(box != null, "something is drawn");
        assertTrue(box[0] >= 40 - 1 && box[1] >= 30 - 1, "from its top-left corner: " + List.of(box[0], box[1]));
        assertTrue(box[2] <= 40 + block.width() + 2 && box[3] <= 30 + block.height() + 2,
                "within its width " + block.width() + " and height " + block.height() + ": " + List.of(box[2], box[3]));
        assertTrue(box[3] - box[1] > block.height() * 0.6, "and fills most of its height");
    }

    @Test
    void wrappingBreaksAtSpacesWithinTheWidthAndKeepsEveryWord() {
        Graphics2D g = white(10, 10).createGraphics();
        FontMetrics fm = g.getFontMetrics(MapFonts.latin(12f, false));
        String text = "  one two three four five six seven eight nine ten  ";
        List<String> lines = CaptionBlocks.wrap(text, fm, 80);
        assertTrue(lines.size() > 2, lines.toString());
        for (String l : lines) {
            assertTrue(fm.stringWidth(l) <= 80, l);
        }
        for (int k = 0; k + 1 < lines.size(); k++) {
            String next = lines.get(k + 1).split(" ")[0];
            assertTrue(fm.stringWidth(lines.get(k) + " " + next) > 80, "no room on line " + k + " for " + next);
        }
        assertEquals(text.strip(), String.join(" ", lines));
        assertEquals(List.of(text.strip()), CaptionBlocks.wrap(text, fm, 10_000));
        assertEquals(List.of("incomparably", "long"), CaptionBlocks.wrap("incomparably long", fm, 5),
                "a word longer than the width gets a line of its own");
        assertEquals(List.of(), CaptionBlocks.wrap("   ", fm, 100));
        g.dispose();
    }

    @Test
    void theTitleBlockIsDrawnWithinItsMeasureAndGrowsWhenNarrower() {
        Graphics2D g = white(10, 10).createGraphics();
        LegendBlock wide = CaptionBlocks.title(g, CAPTIONS, 600);
        LegendBlock narrow = CaptionBlocks.title(g, CAPTIONS, 200);
        assertTrue(wide.width() <= 600 && narrow.width() <= 200, wide.width() + ", " + narrow.width());
        assertTrue(narrow.height() > wide.height(), "more lines when narrower");
        FontMetrics tm = g.getFontMetrics(MapFonts.latin(16f, true));
        FontMetrics lm = g.getFontMetrics(MapFonts.latin(12f, false));
        assertEquals(tm.getHeight() + 4 + 3 * lm.getHeight(), wide.height(), 1e-9,
                "a title line, a small gap and the three lines under it");
        assertEquals(tm.stringWidth(CAPTIONS.title()), wide.width(), 1e-9, "as wide as its widest line");
        LegendBlock untitled = CaptionBlocks.title(g, new Captions("", "d", "f", "c", "a"), 600);
        assertEquals(3 * lm.getHeight(), untitled.height(), 1e-9, "no title, no gap");
        g.dispose();
        assertDrawnInside(wide);
        assertDrawnInside(narrow);
    }

    @Test
    void theCreditsAreDrawnWithinTheirMeasure() {
        Graphics2D g = white(10, 10).createGraphics();
        LegendBlock one = CaptionBlocks.credits(g, CAPTIONS.attribution(), 1000);
        LegendBlock wrapped = CaptionBlocks.credits(g, CAPTIONS.attribution(), 150);
        FontMetrics fm = g.getFontMetrics(MapFonts.latin(10.5f, false));
        assertEquals(fm.getHeight(), one.height(), 1e-9, "one line");
        assertEquals(fm.stringWidth(CAPTIONS.attribution()), one.width(), 1e-9);
        assertTrue(wrapped.height() >= 2 * fm.getHeight() && wrapped.width() <= 150, "wrapped to 150 px");
        g.dispose();
        assertDrawnInside(one);
        assertDrawnInside(wrapped);
    }
}

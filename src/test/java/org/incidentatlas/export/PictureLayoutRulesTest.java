package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.incidentatlas.render.LegendBlock;
import org.junit.jupiter.api.Test;

/**
 * The margin panel's geometry with blocks of known sizes: beside a wide picture's map, below a tall one's, shrunk by
 * one factor when the blocks do not fit, never over the map or over each other.
 */
class PictureLayoutRulesTest {
    private static final double EPS = 1e-9;
    private static final Box BAR = new Box("scale bar", 160, 20);

    /** A block of a fixed size that remembers where and at what scale it was painted. */
    private static final class Box implements LegendBlock {
        private final String name;
        private final double width;
        private final double height;
        private final List<AffineTransform> painted = new ArrayList<>();

        Box(String name, double width, double height) {
            this.name = name;
            this.width = width;
            this.height = height;
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
            AffineTransform t = g.getTransform();
            t.translate(x, y);
            painted.add(t);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Title and credits that wrap: 300 and 400 pixels of text in lines of the width given, at most 200 wide. */
    private static final PictureLayout.Words WORDS = new PictureLayout.Words() {
        @Override
        public LegendBlock title(double width) {
            return new Box("title", Math.min(width, 200), 20 * Math.ceil(300 / width));
        }

        @Override
        public LegendBlock credits(double width) {
            return new Box("credits", Math.min(width, 200), 16 * Math.ceil(400 / width));
        }
    };

    private static PictureLayout layout(double w, double h, List<LegendBlock> legend) {
        return PictureLayout.of(w, h, PictureLayout.extent(w, h, legend, WORDS, BAR), legend, WORDS, BAR);
    }

    private static PictureLayout.Placed placed(PictureLayout l, String name) {
        return l.placed().stream().filter(p -> p.block().toString().equals(name)).findFirst().orElseThrow();
    }

    private static double right(PictureLayout l, PictureLayout.Placed p) {
        return p.x() + p.block().width() * l.scale();
    }

    private static double bottom(PictureLayout l, PictureLayout.Placed p) {
        return p.y() + p.block().height() * l.scale();
    }

    /** Every block inside the picture's margins, none over the map's frame or another block. */
    private static void assertClear(PictureLayout l, double w, double h) {
        PictureLayout.Rect m = l.map();
        for (PictureLayout.Placed p : l.placed()) {
            assertTrue(p.x() >= PictureLayout.OUTER - EPS && p.y() >= PictureLayout.OUTER - EPS, p.toString());
            assertTrue(right(l, p) <= w - PictureLayout.OUTER + 0.5 && bottom(l, p) <= h - PictureLayout.OUTER + 0.5,
                    p + " inside the picture");
            boolean overMap = p.x() < m.x() + m.width() && right(l, p) > m.x() && p.y() < m.y() + m.height()
                    && bottom(l, p) > m.y();
            assertFalse(overMap, p + " over the map " + m);
            for (PictureLayout.Placed q : l.placed()) {
                boolean overlap = p != q && p.x() < right(l, q) && right(l, p) > q.x() && p.y() < bottom(l, q)
                        && bottom(l, p) > q.y();
                assertFalse(overlap, p + " over " + q);
            }
        }
    }

    @Test
    void aWidePicturesPanelStandsBesideTheMapTitleAtTheTopCreditsAtTheBottom() {
        List<LegendBlock> legend = List.of(new Box("colours", 150, 80), new Box("sizes", 180, 60));
        PictureLayout l = layout(1200, 700, legend);
        assertTrue(l.side());
        assertEquals(1, l.scale(), EPS);
        double panel = PictureLayout.MIN_PANEL;
        assertEquals(panel, PictureLayout.extent(1200, 700, legend, WORDS, BAR), EPS, "narrow blocks: the narrowest");
        PictureLayout.Rect map = l.map();
        assertEquals(PictureLayout.OUTER, map.x(), EPS);
        assertEquals(PictureLayout.OUTER, map.y(), EPS);
        assertEquals(700 - 2 * PictureLayout.OUTER, map.height(), EPS, "the map's full height");
        double left = 1200 - PictureLayout.OUTER - panel;
        assertEquals(left - PictureLayout.GUTTER, map.x() + map.width(), EPS, "a gutter between map and panel");
        PictureLayout.Placed title = placed(l, "title");
        assertEquals(left, title.x(), EPS);
        assertEquals(PictureLayout.OUTER, title.y(), EPS);
        PictureLayout.Placed colours = placed(l, "colours");
        assertEquals(left, colours.x(), EPS);
        assertEquals(bottom(l, title) + 1.5 * PictureLayout.GAP, colours.y(), EPS, "a wider gap under the title");
        assertEquals(bottom(l, colours) + PictureLayout.GAP, placed(l, "sizes").y(), EPS);
        PictureLayout.Placed credits = placed(l, "credits");
        assertEquals(700 - PictureLayout.OUTER, bottom(l, credits), EPS, "credits end at the bottom margin");
        assertEquals(credits.y() - PictureLayout.GAP / 2, bottom(l, placed(l, "scale bar")), EPS,
                "the scale bar just above them");
        assertEquals(List.of("title", "colours", "sizes", "credits", "scale bar"),
                l.placed().stream().map(p -> p.block().toString()).toList());
        assertClear(l, 1200, 700);
    }

    @Test
    void aWideBlockWidensThePanelUpToItsShareOfThePicture() {
        List<LegendBlock> wide = List.of(new Box("wide", 300, 40));
        assertEquals(300, PictureLayout.extent(1200, 700, wide, WORDS, BAR), EPS);
        assertEquals(1200 * PictureLayout.MOST - 2 * PictureLayout.OUTER, PictureLayout.mostBeside(1200), EPS);
        List<LegendBlock> wider = List.of(new Box("wider", 600, 20));
        double most = PictureLayout.mostBeside(1000);
        assertEquals(most, PictureLayout.extent(1000, 800, wider, WORDS, BAR), EPS, "at most 40% of the width");
        PictureLayout l = layout(1000, 800, wider);
        assertEquals(0.6, l.scale(), EPS, "the first factor at which 600 px fit the panel of " + most);
        assertTrue(600 * l.scale() <= most);
        assertClear(l, 1000, 800);
        assertEquals(40, PictureLayout.mostBeside(100), EPS, "never narrower than 40 px");
    }

    @Test
    void aLegendTooTallForThePanelIsDrawnSmallerDownToAFloor() {
        List<LegendBlock> tall = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            tall.add(new Box("block " + k, 200, 100));
        }
        PictureLayout l = layout(800, 400, tall);
        assertTrue(l.scale() < 1 && l.scale() > 0.3, "shrunk to fit: " + l.scale());
        assertClear(l, 800, 400);
        assertTrue(bottom(l, placed(l, "block 4")) <= placed(l, "scale bar").y(), "the legend ends above the bar");
        double s = l.scale();
        PictureLayout.Placed credits = placed(l, "credits");
        assertEquals(400 - PictureLayout.OUTER, bottom(l, credits), EPS);
        assertEquals(credits.y() - (20 + PictureLayout.GAP / 2) * s, placed(l, "scale bar").y(), EPS,
                "the gap above the credits shrinks with the blocks");
        PictureLayout.Placed title = placed(l, "title");
        assertEquals(title.y() + (title.block().height() + 1.5 * PictureLayout.GAP) * s, placed(l, "block 0").y(),
                EPS);
        assertEquals(placed(l, "block 0").y() + (100 + PictureLayout.GAP) * s, placed(l, "block 1").y(), EPS);
        double panel = PictureLayout.MIN_PANEL;
        assertEquals(Math.min(panel / s, 200), title.block().width(), EPS, "the words wrap to the panel's width / s");
        PictureLayout roomier = layout(800, 400, tall.subList(0, 4));
        assertTrue(roomier.scale() > l.scale(), "fewer blocks, less shrinking");
        assertEquals(1, layout(800, 400, tall.subList(0, 1)).scale(), EPS);

        List<LegendBlock> huge = Collections.nCopies(20, new Box("huge", 200, 300));
        assertEquals(0.3, layout(800, 400, huge).scale(), EPS, "never below 0.3, even when it overflows");
    }

    @Test
    void aTallPicturesPanelIsBelowTheMapInColumns() {
        List<LegendBlock> legend = List.of(new Box("colours", 100, 80), new Box("sizes", 120, 60));
        double w = 600;
        double h = 900;
        double extent = PictureLayout.extent(w, h, legend, WORDS, BAR);
        // The first column: title, scale bar and credits wrapped to the title column (258 px here).
        double column = 20 * Math.ceil(300 / 258.0) + PictureLayout.GAP + 20 + PictureLayout.GAP
                + 16 * Math.ceil(400 / 258.0);
        assertEquals(column, extent, EPS);
        PictureLayout l = PictureLayout.of(w, h, extent, legend, WORDS, BAR);
        assertFalse(l.side());
        assertEquals(1, l.scale(), EPS);
        PictureLayout.Rect map = l.map();
        assertEquals(w - 2 * PictureLayout.OUTER, map.width(), EPS, "the map's full width");
        assertEquals(h - 2 * PictureLayout.OUTER - PictureLayout.GUTTER - extent, map.height(), EPS);
        double top = h - PictureLayout.OUTER - extent;
        PictureLayout.Placed title = placed(l, "title");
        assertEquals(PictureLayout.OUTER, title.x(), EPS);
        assertEquals(top, title.y(), EPS);
        PictureLayout.Placed bar = placed(l, "scale bar");
        assertEquals(PictureLayout.OUTER, bar.x(), EPS);
        assertEquals(bottom(l, title) + PictureLayout.GAP, bar.y(), EPS);
        PictureLayout.Placed credits = placed(l, "credits");
        assertEquals(bottom(l, bar) + PictureLayout.GAP, credits.y(), EPS);
        assertEquals(h - PictureLayout.OUTER, bottom(l, credits), EPS, "the column fills the panel");
        PictureLayout.Placed colours = placed(l, "colours");
        assertEquals(top, colours.y(), EPS);
        assertEquals(PictureLayout.OUTER + 200 + 2 * PictureLayout.GAP, colours.x(), EPS,
                "right of the widest of the first column");
        PictureLayout.Placed sizes = placed(l, "sizes");
        assertEquals(top, sizes.y(), EPS, "a block that would pass the panel's bottom starts a new column");
        assertEquals(right(l, colours) + 2 * PictureLayout.GAP, sizes.x(), EPS);
        assertClear(l, w, h);

        PictureLayout.Rect square = PictureLayout.mapFrame(500, 500, 100);
        assertEquals(500 - 2 * PictureLayout.OUTER - PictureLayout.GUTTER - 100, square.width(), EPS,
                "a square picture has its panel beside");
    }

    @Test
    void aBelowPanelTooNarrowForItsColumnsIsDrawnSmaller() {
        List<LegendBlock> legend = List.of(new Box("a", 150, 100), new Box("b", 150, 100), new Box("c", 150, 100));
        PictureLayout l = layout(600, 900, legend);
        double s = l.scale();
        assertTrue(s < 1, "three columns of 150 px do not fit 600 px beside the first: " + s);
        assertClear(l, 600, 900);
        double extent = PictureLayout.extent(600, 900, legend, WORDS, BAR);
        double top = 900 - PictureLayout.OUTER - extent;
        PictureLayout.Placed title = placed(l, "title");
        assertEquals(top, title.y(), EPS);
        assertEquals(Math.min(258 / s, 200), title.block().width(), EPS, "wrapped to the title column / s");
        PictureLayout.Placed bar = placed(l, "scale bar");
        assertEquals(top + (title.block().height() + PictureLayout.GAP) * s, bar.y(), EPS);
        PictureLayout.Placed credits = placed(l, "credits");
        assertEquals(bar.y() + (20 + PictureLayout.GAP) * s, credits.y(), EPS);
        PictureLayout.Placed a = placed(l, "a");
        assertEquals(PictureLayout.OUTER + (200 + 2 * PictureLayout.GAP) * s, a.x(), EPS);
        assertEquals(top, a.y(), EPS);
        PictureLayout.Placed b = placed(l, "b");
        PictureLayout.Placed c = placed(l, "c");
        assertTrue(b.y() == top || b.y() == a.y() + (100 + PictureLayout.GAP) * s, "b under a or atop a new column");
        if (b.y() == top) {
            assertEquals(a.x() + (150 + 2 * PictureLayout.GAP) * s, b.x(), EPS);
        }
        assertTrue(c.x() + 150 * s <= 600 - PictureLayout.OUTER + 0.5);
        assertTrue(PictureLayout.extent(600, 3000, List.of(new Box("tall", 50, 1000)), WORDS, BAR)
                <= 3000 * PictureLayout.MOST - 2 * PictureLayout.OUTER + EPS, "at most 40% of the height");
        assertEquals(1000, PictureLayout.extent(600, 3000, List.of(new Box("tall", 50, 1000)), WORDS, BAR), EPS,
                "as tall as the tallest legend block");
    }

    @Test
    void eachBlockIsPaintedOnceAtItsPlaceAndTheLayoutsScale() {
        Box colours = new Box("colours", 200, 100);
        List<LegendBlock> legend = List.of(colours, new Box("b", 200, 100), new Box("c", 200, 100),
                new Box("d", 200, 100), new Box("e", 200, 100));
        Box bar = new Box("scale bar", 160, 20);
        PictureLayout l = PictureLayout.of(800, 400, PictureLayout.extent(800, 400, legend, WORDS, bar), legend, WORDS,
                bar);
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            l.paint(g);
        } finally {
            g.dispose();
        }
        assertEquals(1, colours.painted.size());
        AffineTransform t = colours.painted.get(0);
        PictureLayout.Placed p = placed(l, "colours");
        assertEquals(p.x(), t.getTranslateX(), EPS);
        assertEquals(p.y(), t.getTranslateY(), EPS);
        assertEquals(l.scale(), t.getScaleX(), EPS);
        assertTrue(l.scale() < 1);
        assertEquals(1, bar.painted.size(), "the scale bar is painted too");
    }
}

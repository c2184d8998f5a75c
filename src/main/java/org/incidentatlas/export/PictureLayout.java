package org.incidentatlas.export;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.render.LegendBlock;

/**
 * Where the parts of an exported picture go, as a printed map figure has them: the map in its own frame, and beside it
 * (a picture wider than tall) or below it (a taller one) a margin panel with the title, the legend, the scale bar and
 * the credits, none of them over the map. In screen pixels of the picture. The panel's extent (its width beside the
 * map, its height below it) is chosen first and fixes the map's frame; the blocks are then placed in it, all drawn
 * smaller by one factor when they would not fit.
 *
 * @param side   whether the panel is beside the map (else below it)
 * @param map    the map's frame
 * @param scale  the factor the panel's blocks are drawn at (1, or less when they would not fit)
 * @param placed the panel's blocks with the top-left corner each is drawn at
 */
record PictureLayout(boolean side, Rect map, double scale, List<Placed> placed) {
    /** From the picture's edge to the map's frame and the panel. */
    static final double OUTER = 12;
    /** Between the map's frame and the panel. */
    static final double GUTTER = 18;
    /** Between blocks of the panel. */
    static final double GAP = 12;
    /** The narrowest panel beside a map, where the picture is wide enough to spare it. */
    static final double MIN_PANEL = 230;
    /** The most of the picture's width (beside) or height (below) the panel takes. */
    static final double MOST = 0.4;
    /** The smallest factor blocks are drawn at; below it they are let overflow. */
    private static final double SMALLEST = 0.3;

    /** A rectangle in screen pixels. */
    record Rect(double x, double y, double width, double height) {
    }

    /** A block and where its top-left corner goes; drawn at the layout's scale. */
    record Placed(LegendBlock block, double x, double y) {
    }

    /** The words of the panel, which wrap to the width they are given. */
    interface Words {
        LegendBlock title(double width);

        LegendBlock credits(double width);
    }

    /** Whether a picture of this size puts its panel beside the map (else below it). */
    static boolean beside(double width, double height) {
        return width >= height;
    }

    /** The widest the legend's blocks may be beside a map in a picture this wide. */
    static double mostBeside(double width) {
        return Math.max(40, width * MOST - 2 * OUTER);
    }

    /**
     * The panel's extent for these blocks: beside the map, the widest block (at least {@link #MIN_PANEL}); below it,
     * the tallest column of the title's or any legend block. At most {@link #MOST} of the picture.
     */
    static double extent(double width, double height, List<LegendBlock> legend, Words words, LegendBlock scaleBar) {
        if (beside(width, height)) {
            double widest = MIN_PANEL;
            for (LegendBlock b : legend) {
                widest = Math.max(widest, b.width());
            }
            return Math.min(widest, mostBeside(width));
        }
        double column = titleColumnWidth(width);
        double tallest = words.title(column).height() + GAP + scaleBar.height() + GAP
                + words.credits(column).height();
        for (LegendBlock b : legend) {
            tallest = Math.max(tallest, b.height());
        }
        return Math.min(tallest, height * MOST - 2 * OUTER);
    }

    /** The map's frame in a picture whose panel has this extent. */
    static Rect mapFrame(double width, double height, double extent) {
        if (beside(width, height)) {
            return new Rect(OUTER, OUTER, Math.max(1, width - 2 * OUTER - GUTTER - extent),
                    Math.max(1, height - 2 * OUTER));
        }
        return new Rect(OUTER, OUTER, Math.max(1, width - 2 * OUTER), Math.max(1, height - 2 * OUTER - GUTTER
                - extent));
    }

    /**
     * Places the blocks in the panel of a picture: beside the map, the title and the legend from the top, the scale
     * bar and the credits at the bottom; below it, the title, scale bar and credits in a first column and the legend
     * in the columns to its right.
     */
    static PictureLayout of(double width, double height, double extent, List<LegendBlock> legend, Words words,
            LegendBlock scaleBar) {
        boolean side = beside(width, height);
        Rect map = mapFrame(width, height, extent);
        for (int step = 0;; step++) {
            double s = Math.max(SMALLEST, 1 - step * 0.05);
            boolean last = s == SMALLEST;
            List<Placed> placed = side ? besideMap(width, height, extent, s, legend, words, scaleBar, last)
                    : belowMap(width, height, extent, s, legend, words, scaleBar, last);
            if (placed != null) {
                return new PictureLayout(side, map, s, placed);
            }
        }
    }

    private static List<Placed> besideMap(double width, double height, double extent, double s,
            List<LegendBlock> legend, Words words, LegendBlock scaleBar, boolean anyway) {
        double panel = Math.min(extent, mostBeside(width));
        double left = width - OUTER - panel;
        LegendBlock title = words.title(panel / s);
        LegendBlock credits = words.credits(panel / s);
        double top = title.height() + GAP * 1.5;
        double widest = Math.max(title.width(), credits.width());
        for (LegendBlock b : legend) {
            top += b.height() + GAP;
            widest = Math.max(widest, b.width());
        }
        double bottom = scaleBar.height() + GAP / 2 + credits.height();
        if ((top + bottom) * s > height - 2 * OUTER || widest * s > panel + 0.5) {
            return anyway ? stackBeside(left, s, title, legend, scaleBar, credits, height) : null;
        }
        return stackBeside(left, s, title, legend, scaleBar, credits, height);
    }

    private static List<Placed> stackBeside(double left, double s, LegendBlock title, List<LegendBlock> legend,
            LegendBlock scaleBar, LegendBlock credits, double height) {
        List<Placed> out = new ArrayList<>();
        double y = OUTER;
        out.add(new Placed(title, left, y));
        y += (title.height() + GAP * 1.5) * s;
        for (LegendBlock b : legend) {
            out.add(new Placed(b, left, y));
            y += (b.height() + GAP) * s;
        }
        double bottom = height - OUTER - credits.height() * s;
        out.add(new Placed(credits, left, bottom));
        out.add(new Placed(scaleBar, left, bottom - (scaleBar.height() + GAP / 2) * s));
        return out;
    }

    private static double titleColumnWidth(double width) {
        return Math.max(120, Math.min(340, width * 0.45 - OUTER));
    }

    private static List<Placed> belowMap(double width, double height, double extent, double s,
            List<LegendBlock> legend, Words words, LegendBlock scaleBar, boolean anyway) {
        double panelHeight = Math.min(extent, height * MOST);
        double top = height - OUTER - panelHeight;
        double column = titleColumnWidth(width);
        LegendBlock title = words.title(column / s);
        LegendBlock credits = words.credits(column / s);
        List<Placed> out = new ArrayList<>();
        out.add(new Placed(title, OUTER, top));
        double y = top + (title.height() + GAP) * s;
        out.add(new Placed(scaleBar, OUTER, y));
        y += (scaleBar.height() + GAP) * s;
        out.add(new Placed(credits, OUTER, y));
        double used = y + credits.height() * s - top;
        double x = OUTER + (Math.max(Math.max(title.width(), credits.width()), scaleBar.width()) + GAP * 2) * s;
        double columnWidth = 0;
        y = top;
        for (LegendBlock b : legend) {
            if (y > top && y + b.height() * s > top + panelHeight) {
                x += (columnWidth + GAP * 2) * s;
                columnWidth = 0;
                y = top;
            }
            out.add(new Placed(b, x, y));
            used = Math.max(used, y + b.height() * s - top);
            columnWidth = Math.max(columnWidth, b.width());
            y += (b.height() + GAP) * s;
        }
        x += columnWidth * s;
        boolean fits = used <= panelHeight + 0.5 && x <= width - OUTER + 0.5;
        return fits || anyway ? out : null;
    }

    /** Paints every block at its place and the layout's scale. */
    void paint(Graphics2D g) {
        for (Placed p : placed) {
            Graphics2D s = (Graphics2D) g.create();
            try {
                s.translate(p.x(), p.y());
                s.scale(scale, scale);
                p.block().paint(s, 0, 0);
            } finally {
                s.dispose();
            }
        }
    }
}

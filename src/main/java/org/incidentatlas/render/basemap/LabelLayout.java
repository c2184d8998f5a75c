package org.incidentatlas.render.basemap;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places labels for one zoom level over the whole map at once, greedily by rank, so that no two overlap and a label
 * crossing a tile edge is the same in both tiles. Coordinates are world pixels at that zoom.
 */
final class LabelLayout {
    /** Gap kept free around every label, in pixels. */
    private static final double PAD = 3;
    /** Distance between a place's dot and its label. */
    static final double DOT_GAP = 4;
    static final double DOT_RADIUS = 2.2;

    /**
     * A placed label.
     *
     * @param label  what
     * @param ox     baseline origin x, world pixels at the zoom
     * @param oy     baseline origin y
     * @param box    the text's box in world pixels (for the tile test)
     */
    record Placed(Label label, double ox, double oy, Rectangle2D box) {
    }

    private LabelLayout() {
    }

    /** The labels shown at {@code zoom}, from {@code labels} sorted by rank. */
    static List<Placed> place(List<Label> labels, int zoom) {
        double scale = Math.pow(2, zoom);
        List<Rectangle2D> taken = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (Label label : labels) {
            if (!label.showsAt(zoom)) {
                continue;
            }
            double ax = label.x() * scale;
            double ay = label.y() * scale;
            Rectangle2D b = label.bounds();
            Rectangle2D dot = new Rectangle2D.Double(ax - DOT_RADIUS, ay - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS);
            if (label.point() && collides(dot, taken)) {
                continue;
            }
            for (double[] origin : origins(label, ax, ay, b)) {
                Rectangle2D box = new Rectangle2D.Double(origin[0] + b.getX(), origin[1] + b.getY(), b.getWidth(),
                        b.getHeight());
                if (!collides(box, taken)) {
                    taken.add(box);
                    if (label.point()) {
                        taken.add(dot);
                    }
                    placed.add(new Placed(label, origin[0], origin[1], box));
                    break;
                }
            }
        }
        return placed;
    }

    /** Candidate baseline origins: centred for areas; right, left, above, below the dot for places. */
    private static double[][] origins(Label label, double ax, double ay, Rectangle2D b) {
        double midY = ay - (b.getY() + b.getHeight() / 2);
        double midX = ax - (b.getX() + b.getWidth() / 2);
        if (!label.point()) {
            return new double[][] {{midX, midY}};
        }
        double gap = DOT_RADIUS + DOT_GAP;
        return new double[][] {
            {ax + gap - b.getX(), midY},
            {ax - gap - (b.getX() + b.getWidth()), midY},
            {midX, ay - gap - (b.getY() + b.getHeight())},
            {midX, ay + gap - b.getY()},
        };
    }

    private static boolean collides(Rectangle2D box, List<Rectangle2D> taken) {
        for (Rectangle2D t : taken) {
            if (box.getMaxX() + PAD > t.getMinX() && box.getMinX() - PAD < t.getMaxX()
                    && box.getMaxY() + PAD > t.getMinY() && box.getMinY() - PAD < t.getMaxY()) {
                return true;
            }
        }
        return false;
    }
}

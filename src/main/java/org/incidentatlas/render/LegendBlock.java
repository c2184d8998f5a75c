package org.incidentatlas.render;

import java.awt.Graphics2D;

/**
 * One part of a map's key (the colours, the size circles, a title, the credits), measured before it is painted so a
 * layout can place it: in the window's legend section, or in the margin panel of an exported picture.
 */
public interface LegendBlock {
    /** Width in screen pixels. */
    double width();

    /** Height in screen pixels. */
    double height();

    /** Paints the block with its top-left corner at ({@code x}, {@code y}), in screen pixels, on no background. */
    void paint(Graphics2D g, double x, double y);

    /** How a block made by {@link #of} paints itself. */
    interface Painting {
        void paint(Graphics2D g, double x, double y);
    }

    /** A block of a known size that paints with {@code painting}. */
    static LegendBlock of(double width, double height, Painting painting) {
        return new LegendBlock() {
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
                painting.paint(g, x, y);
            }
        };
    }
}

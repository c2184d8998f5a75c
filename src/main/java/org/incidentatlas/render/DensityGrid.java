package org.incidentatlas.render;

import java.util.Arrays;

/**
 * The density grid drawn instead of symbols when a view holds more of them than it can show: square cells coloured
 * by how many incidents fall in each ({@link DensityRamp}). Keeps its count buffer between frames: one grid per
 * renderer, used from one thread.
 */
final class DensityGrid {
    private int[] cells = new int[0];

    /**
     * Paints the incidents at packed screen positions {@code screen[0..count)} (x and y, each shifted by
     * {@code margin}, in the high and low 16 bits) as cells of {@code cell} pixels into {@code pixels} (the view's
     * width {@code w} and height {@code h}), coloured by how many fall in each, on a log scale.
     */
    void paint(int[] screen, int count, int w, int h, int margin, int cell, int[] pixels) {
        int cw = (w + cell - 1) / cell;
        int ch = (h + cell - 1) / cell;
        if (cells.length < cw * ch) {
            cells = new int[cw * ch];
        }
        Arrays.fill(cells, 0, cw * ch, 0);
        int max = 0;
        for (int k = 0; k < count; k++) {
            int sx = (screen[k] >>> 16) - margin;
            int sy = (screen[k] & 0xFFFF) - margin;
            if (sx >= 0 && sy >= 0 && sx < w && sy < h) {
                int c = sy / cell * cw + sx / cell;
                cells[c]++;
                max = Math.max(max, cells[c]);
            }
        }
        double logMax = Math.log1p(max);
        for (int cy = 0; cy < ch; cy++) {
            for (int cx = 0; cx < cw; cx++) {
                int c = cells[cy * cw + cx];
                if (c == 0) {
                    continue;
                }
                int colour = DensityRamp.colour(Math.log1p(c) / logMax);
                int y1 = Math.min(h, (cy + 1) * cell);
                int x0 = cx * cell;
                int x1 = Math.min(w, x0 + cell);
                for (int py = cy * cell; py < y1; py++) {
                    Arrays.fill(pixels, py * w + x0, py * w + x1, colour);
                }
            }
        }
    }
}

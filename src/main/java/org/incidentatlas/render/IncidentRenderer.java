package org.incidentatlas.render;

import java.util.Arrays;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;

/**
 * Draws the incidents of a date window into one premultiplied ARGB pixel buffer (row-major), the same pixels for the
 * window and for exported images; no JavaFX, no per-incident objects. Each incident is a dot sized by best deaths and
 * coloured by type of violence; when the window holds more incidents than the view can show as dots (more than one
 * per {@link #PIXELS_PER_DOT} pixels), they are aggregated into a density grid of {@link #CELL_PX}-pixel cells
 * coloured by how many incidents each holds. Keeps scratch buffers between frames: one renderer per view, used from
 * one thread.
 */
public final class IncidentRenderer {
    /** Above one visible incident per this many pixels of view, draw the density grid instead of dots. */
    public static final int PIXELS_PER_DOT = 40;
    /** Side of a density cell in screen pixels. */
    public static final int CELL_PX = 4;

    private int[] visible = new int[0];
    private int[] screen = new int[0];
    private int[] cells = new int[0];

    /** What the last frame showed. */
    public record Frame(int incidents, boolean aggregated) {
    }

    /**
     * Clears {@code pixels} and draws every incident of {@code index} shown in {@code window} under {@code mask}
     * that falls in the viewport; returns how many that were and whether they were aggregated.
     */
    public Frame render(TimeIndex index, DateWindow window, IncidentMask mask, Viewport view, int[] pixels) {
        return render(index, window, mask, view, 1, pixels);
    }

    /**
     * The same picture at {@code pixelRatio} device pixels per screen pixel (a HiDPI screen, or an export at print
     * size): {@code view} is in device pixels; dots (and their rims) and density cells grow by the ratio, and the
     * choice between dots and the density grid is made on the screen-pixel area, so it is the same at every ratio.
     */
    public Frame render(TimeIndex index, DateWindow window, IncidentMask mask, Viewport view, double pixelRatio,
            int[] pixels) {
        if (!(pixelRatio >= 1)) {
            throw new IllegalArgumentException("pixel ratio must be at least 1 (was " + pixelRatio + ")");
        }
        double ratio = Math.min(pixelRatio, DotSprites.MAX_PIXEL_RATIO);
        int w = view.width();
        int h = view.height();
        if (pixels.length < w * h) {
            throw new IllegalArgumentException("pixel buffer holds " + pixels.length + " pixels, needs " + w * h);
        }
        Arrays.fill(pixels, 0, w * h, 0);
        if (visible.length < index.size()) {
            visible = new int[index.size()];
            screen = new int[index.size()];
        }
        int n = index.visible(window, mask, visible);
        int inView = 0;
        double margin = Math.ceil(IncidentStyle.MAX_RADIUS * ratio) + 1;
        for (int k = 0; k < n; k++) {
            int i = visible[k];
            double sx = view.screenX(index.worldX(i));
            double sy = view.screenY(index.worldY(i));
            if (sx >= -margin && sy >= -margin && sx < w + margin && sy < h + margin) {
                visible[inView] = i;
                screen[inView] = (int) Math.floor(sx) + (int) margin << 16 | (int) Math.floor(sy) + (int) margin;
                inView++;
            }
        }
        boolean aggregate = inView * PIXELS_PER_DOT * pixelRatio * pixelRatio > (double) w * h;
        if (aggregate) {
            densityGrid(inView, w, h, (int) margin, Math.max(1, (int) Math.round(CELL_PX * pixelRatio)), pixels);
        } else {
            for (int k = 0; k < inView; k++) {
                int i = visible[k];
                int sprite = DotSprites.sprite(index.violenceType(i),
                        IncidentStyle.radius(index.deathsBest(i)) * ratio, ratio);
                DotSprites.stamp(pixels, w, h, (screen[k] >>> 16) - (int) margin,
                        (screen[k] & 0xFFFF) - (int) margin, sprite);
            }
        }
        return new Frame(inView, aggregate);
    }

    private void densityGrid(int count, int w, int h, int margin, int cell, int[] pixels) {
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

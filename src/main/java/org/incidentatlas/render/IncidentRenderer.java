package org.incidentatlas.render;

import java.util.Arrays;
import java.util.BitSet;
import org.incidentatlas.index.PointIndex;

/**
 * Draws every incident as an anti-aliased dot into one ARGB pixel buffer (premultiplied alpha, row-major), the same
 * pixels for the window and for exported images. No JavaFX, no per-incident objects.
 */
public final class IncidentRenderer {
    /** Opacity of a dot's fill; its rim is drawn opaque and darker so overlapping dots stay readable. */
    private static final double FILL_ALPHA = 0.6;
    private static final double RIM_ALPHA = 0.85;
    private static final double RIM_PX = 1.0;

    private IncidentRenderer() {
    }

    /** Clears {@code pixels} and draws every incident of {@code index} that falls in the viewport. */
    public static void render(PointIndex index, Viewport view, int[] pixels) {
        render(index, view, pixels, null);
    }

    /**
     * As {@link #render(PointIndex, Viewport, int[])}, drawing only the incidents whose position in {@code index} is
     * set in {@code visible} (the filters' mask); {@code null} draws all.
     */
    public static void render(PointIndex index, Viewport view, int[] pixels, BitSet visible) {
        int w = view.width();
        int h = view.height();
        if (pixels.length < w * h) {
            throw new IllegalArgumentException("pixel buffer holds " + pixels.length + " pixels, needs " + w * h);
        }
        Arrays.fill(pixels, 0, w * h, 0);
        for (int i = 0; i < index.size(); i++) {
            if (visible != null && !visible.get(i)) {
                continue;
            }
            double r = IncidentStyle.radius(index.deathsBest(i));
            double cx = view.screenX(index.worldX(i));
            double cy = view.screenY(index.worldY(i));
            if (cx + r < 0 || cy + r < 0 || cx - r >= w || cy - r >= h) {
                continue;
            }
            dot(pixels, w, h, cx, cy, r, IncidentStyle.colour(index.violenceType(i)));
        }
    }

    /** Fills an anti-aliased disc with a darker rim, blending over what is already there. */
    static void dot(int[] pixels, int w, int h, double cx, double cy, double r, int argb) {
        int rim = darker(argb);
        int x0 = Math.max(0, (int) Math.floor(cx - r - 1));
        int x1 = Math.min(w - 1, (int) Math.ceil(cx + r + 1));
        int y0 = Math.max(0, (int) Math.floor(cy - r - 1));
        int y1 = Math.min(h - 1, (int) Math.ceil(cy + r + 1));
        for (int py = y0; py <= y1; py++) {
            double dy = py + 0.5 - cy;
            int row = py * w;
            for (int px = x0; px <= x1; px++) {
                double dx = px + 0.5 - cx;
                double d = Math.sqrt(dx * dx + dy * dy);
                double coverage = clamp(r + 0.5 - d);
                if (coverage <= 0) {
                    continue;
                }
                double inner = clamp(r - RIM_PX + 0.5 - d);
                int colour = inner >= 1 ? argb : rim;
                double alpha = inner >= 1 ? FILL_ALPHA : coverage * RIM_ALPHA;
                pixels[row + px] = blend(pixels[row + px], colour, alpha);
            }
        }
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    private static int darker(int argb) {
        int r = (argb >> 16 & 0xFF) * 7 / 10;
        int g = (argb >> 8 & 0xFF) * 7 / 10;
        int b = (argb & 0xFF) * 7 / 10;
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    /** Source-over blend of an opaque colour at {@code alpha} onto a premultiplied destination pixel. */
    static int blend(int dst, int argb, double alpha) {
        int a = (int) Math.round(alpha * 255);
        int inv = 255 - a;
        int da = dst >>> 24;
        int dr = dst >> 16 & 0xFF;
        int dg = dst >> 8 & 0xFF;
        int db = dst & 0xFF;
        int outA = a + da * inv / 255;
        int outR = ((argb >> 16 & 0xFF) * a + dr * inv) / 255;
        int outG = ((argb >> 8 & 0xFF) * a + dg * inv) / 255;
        int outB = ((argb & 0xFF) * a + db * inv) / 255;
        return outA << 24 | outR << 16 | outG << 8 | outB;
    }
}

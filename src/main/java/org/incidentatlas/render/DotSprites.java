package org.incidentatlas.render;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Pre-drawn incident dots: for every type colour, every radius and every rim width (both in quarter pixels), an
 * anti-aliased disc with a darker rim as premultiplied ARGB pixels, so drawing a dot is copying and blending a small
 * block, not evaluating a circle per pixel. Dots of one screen pixel's rim up to {@link IncidentStyle#MAX_RADIUS} are
 * drawn up front; the larger ones with wider rims that HiDPI screens and print-size exports need (at most
 * {@link #MAX_PIXEL_RATIO} times as large) are drawn on first use.
 */
final class DotSprites {
    /** The most device pixels per screen pixel that dots grow with; larger ratios draw dots of this size. */
    static final int MAX_PIXEL_RATIO = 16;
    static final double FILL_ALPHA = 0.6;
    static final double RIM_ALPHA = 0.85;
    private static final double RIM_PX = 1.0;
    /** A ring (an imprecise place) has a wider rim and a faint fill, so it reads as "somewhere around here". */
    static final double RING_RIM = 1.6;
    static final double RING_FILL_ALPHA = 0.14;
    static final double RING_RIM_ALPHA = 0.95;
    private static final int STEPS_PER_PX = 4;
    /** Every palette slot's colour, each as a disc and as a ring. */
    private static final int TYPES = 2 * IncidentStyle.SLOTS;
    private static final int EAGER_SIZES = (int) Math.ceil(IncidentStyle.MAX_RADIUS * STEPS_PER_PX) + 1;
    private static final int SIZES = (int) Math.ceil(IncidentStyle.MAX_RADIUS * MAX_PIXEL_RATIO * STEPS_PER_PX) + 1;
    /** Rim widths from one pixel (a ratio of 1) to {@link #MAX_PIXEL_RATIO} pixels, in quarter pixels. */
    private static final int MIN_RIM_STEPS = (int) (RIM_PX * STEPS_PER_PX);
    private static final int RIMS = (int) (RIM_PX * MAX_PIXEL_RATIO * STEPS_PER_PX) - MIN_RIM_STEPS + 1;
    private static final AtomicReferenceArray<int[]> SPRITES = new AtomicReferenceArray<>(RIMS * TYPES * SIZES);

    static {
        for (int t = 0; t < TYPES; t++) {
            for (int s = 0; s < EAGER_SIZES; s++) {
                SPRITES.set(t * SIZES + s, draw((double) s / STEPS_PER_PX, RIM_PX, t));
            }
        }
    }

    private DotSprites() {
    }

    /**
     * Sprite number for a palette slot ({@link ColourKey}) and a radius in device pixels, drawn at {@code pixelRatio}
     * device pixels per screen pixel: the rim grows with the ratio like the radius does, so the dot looks the same,
     * only finer.
     */
    static int sprite(int slot, boolean ring, double radius, double pixelRatio) {
        int t = (slot >= 0 && slot < IncidentStyle.SLOTS ? slot : 0) + (ring ? IncidentStyle.SLOTS : 0);
        int s = Math.min(SIZES - 1, (int) Math.round(radius * STEPS_PER_PX));
        double ratio = Math.max(1, Math.min(MAX_PIXEL_RATIO, pixelRatio));
        int rim = (int) Math.round(RIM_PX * ratio * STEPS_PER_PX) - MIN_RIM_STEPS;
        int k = (rim * TYPES + t) * SIZES + s;
        if (SPRITES.get(k) == null) {
            SPRITES.compareAndSet(k, null, draw((double) s / STEPS_PER_PX,
                    (double) (rim + MIN_RIM_STEPS) / STEPS_PER_PX, t));
        }
        return k;
    }

    /** The side in pixels of the square a sprite covers. */
    static int side(int k) {
        return (int) Math.round(Math.sqrt(SPRITES.get(k).length));
    }

    /** Blends sprite {@code k} centred on pixel (cx, cy) over the premultiplied buffer, clipped to w x h. */
    static void stamp(int[] pixels, int w, int h, int cx, int cy, int k) {
        int[] sprite = SPRITES.get(k);
        int side = (int) Math.round(Math.sqrt(sprite.length));
        int half = side / 2;
        int x0 = Math.max(0, cx - half);
        int x1 = Math.min(w, cx - half + side);
        int y0 = Math.max(0, cy - half);
        int y1 = Math.min(h, cy - half + side);
        for (int py = y0; py < y1; py++) {
            int srcRow = (py - cy + half) * side - cx + half;
            int row = py * w;
            for (int px = x0; px < x1; px++) {
                int src = sprite[srcRow + px];
                if (src != 0) {
                    pixels[row + px] = over(src, pixels[row + px]);
                }
            }
        }
    }

    /** Premultiplied source-over: src + dst * (1 - srcAlpha), two channels at a time. */
    static int over(int src, int dst) {
        int inv = 255 - (src >>> 24);
        int rb = (dst & 0x00FF00FF) * inv + 0x00800080;
        rb = (rb + (rb >>> 8 & 0x00FF00FF)) >>> 8 & 0x00FF00FF;
        int ag = (dst >>> 8 & 0x00FF00FF) * inv + 0x00800080;
        ag = (ag + (ag >>> 8 & 0x00FF00FF)) & 0xFF00FF00;
        return src + (rb | ag);
    }

    /** Premultiplied ARGB of an opaque colour at an opacity. */
    static int premultiplied(int argb, double alpha) {
        int a = (int) Math.round(alpha * 255);
        int r = ((argb >> 16 & 0xFF) * a + 127) / 255;
        int g = ((argb >> 8 & 0xFF) * a + 127) / 255;
        int b = ((argb & 0xFF) * a + 127) / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }

    private static int[] draw(double radius, double rimWidth, int style) {
        int argb = IncidentStyle.slotColour(style % IncidentStyle.SLOTS);
        boolean ring = style >= IncidentStyle.SLOTS;
        double rimPx = ring ? rimWidth * RING_RIM : rimWidth;
        double fillAlpha = ring ? RING_FILL_ALPHA : FILL_ALPHA;
        double rimAlpha = ring ? RING_RIM_ALPHA : RIM_ALPHA;
        double r = Math.max(IncidentStyle.MIN_RADIUS, radius);
        int half = (int) Math.ceil(r + 1);
        int side = 2 * half + 1;
        int[] sprite = new int[side * side];
        int rim = darker(argb);
        for (int py = 0; py < side; py++) {
            double dy = py - half;
            for (int px = 0; px < side; px++) {
                double dx = px - half;
                double d = Math.sqrt(dx * dx + dy * dy);
                double coverage = clamp(r + 0.5 - d);
                if (coverage <= 0) {
                    continue;
                }
                double inner = clamp(r - rimPx + 0.5 - d);
                sprite[py * side + px] = inner >= 1 ? premultiplied(argb, fillAlpha)
                        : premultiplied(ring ? argb : rim, coverage * rimAlpha);
            }
        }
        return sprite;
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    static int darker(int argb) {
        int r = (argb >> 16 & 0xFF) * 7 / 10;
        int g = (argb >> 8 & 0xFF) * 7 / 10;
        int b = (argb & 0xFF) * 7 / 10;
        return 0xFF000000 | r << 16 | g << 8 | b;
    }
}

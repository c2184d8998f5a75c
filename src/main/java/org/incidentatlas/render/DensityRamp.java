package org.incidentatlas.render;

/**
 * Colours of the density grid: a sequential ramp after viridis (dark purple for few incidents to yellow for many),
 * which reads in order for colour-blind viewers and in greyscale.
 */
public final class DensityRamp {
    private static final int[] STOPS = {0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725};
    private static final double ALPHA = 0.8;
    private static final int[] TABLE = new int[256];

    static {
        for (int k = 0; k < TABLE.length; k++) {
            TABLE[k] = DotSprites.premultiplied(0xFF000000 | opaque(k / 255.0), ALPHA);
        }
    }

    private DensityRamp() {
    }

    /** Premultiplied ARGB for a share of the densest cell, 0 (sparse) to 1 (densest). */
    public static int colour(double share) {
        return TABLE[(int) Math.round(Math.max(0, Math.min(1, share)) * 255)];
    }

    /** The opaque RGB colour at a share, for legends. */
    public static int opaque(double share) {
        double t = Math.max(0, Math.min(1, share)) * (STOPS.length - 1);
        int k = Math.min(STOPS.length - 2, (int) t);
        double f = t - k;
        int a = STOPS[k];
        int b = STOPS[k + 1];
        int r = (int) Math.round((a >> 16 & 0xFF) * (1 - f) + (b >> 16 & 0xFF) * f);
        int g = (int) Math.round((a >> 8 & 0xFF) * (1 - f) + (b >> 8 & 0xFF) * f);
        int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        return r << 16 | g << 8 | bl;
    }
}

package org.incidentatlas.export;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of an exported picture in pixels, within the limits: each side at most {@link #MAX_SIDE} and at most
 * {@link #MAX_PIXELS} pixels in all (an 8000 x 8000 picture; A4 at 300 dpi is 2480 x 3508).
 */
public record PictureSize(int width, int height) {
    public static final int MAX_SIDE = 10_000;
    public static final long MAX_PIXELS = 64_000_000L;
    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,9})\\s*[xX×]\\s*(\\d{1,9})\\s*");

    /** @throws IllegalArgumentException naming the size and the limit it breaks */
    public PictureSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("picture size must be at least 1 x 1 pixels (was " + width + " x "
                    + height + ")");
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "picture size %d x %d is over the limit of %,d pixels on a side", width, height, MAX_SIDE));
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "picture size %d x %d is %,d pixels, over the limit of %,d", width, height,
                    (long) width * height, MAX_PIXELS));
        }
    }

    /**
     * Reads "2400x1600".
     *
     * @throws IllegalArgumentException when the text is not WIDTHxHEIGHT or the size is over the limits
     */
    public static PictureSize parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("size must be WIDTHxHEIGHT in pixels, e.g. 2400x1600 (was '" + text
                    + "')");
        }
        return new PictureSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}

package org.incidentatlas.ui;

import org.incidentatlas.export.MapFrame;
import org.incidentatlas.export.PictureSize;
import org.incidentatlas.domain.WebMercator;
import org.incidentatlas.render.Viewport;

/**
 * The size of a picture exported from the window: the map as on screen, twice as sharp, or a size in pixels that keeps
 * the area the window shows (drawn finer, for print) and grows the area only where its shape differs.
 *
 * @param kind   screen, double, or custom
 * @param width  picture width in pixels (custom only)
 * @param height picture height in pixels (custom only)
 */
public record ExportSettings(Kind kind, int width, int height) {
    /** How the picture's size is chosen. */
    public enum Kind { SCREEN, DOUBLE, CUSTOM }

    public static final ExportSettings SCREEN = new ExportSettings(Kind.SCREEN, 0, 0);
    public static final ExportSettings DOUBLE = new ExportSettings(Kind.DOUBLE, 0, 0);

    /** A4 landscape at 300 dots per inch. */
    public static final ExportSettings A4_300_DPI = new ExportSettings(Kind.CUSTOM, 3508, 2480);

    /**
     * The frame that draws {@code view} (the window's map, in screen pixels) at this size.
     *
     * @throws IllegalArgumentException when the size is over the limits (the message says which)
     */
    public MapFrame frame(Viewport view) {
        double lat = WebMercator.latitude(view.worldY(view.height() / 2.0));
        double lon = WebMercator.longitude(view.worldX(view.width() / 2.0));
        double zoom = Math.log(view.scale()) / Math.log(2);
        return switch (kind) {
            case SCREEN -> new MapFrame(lat, lon, zoom, view.width(), view.height(), 1);
            case DOUBLE -> new MapFrame(lat, lon, zoom, view.width(), view.height(), 2);
            case CUSTOM -> {
                PictureSize size = new PictureSize(width, height);
                double ratio = Math.max(1, Math.min((double) width / view.width(), (double) height / view.height()));
                yield MapFrame.of(lat, lon, zoom, size, ratio);
            }
        };
    }

    /** "Screen (1280 × 700)", for the dialog. */
    public String describe(Viewport view) {
        return switch (kind) {
            case SCREEN -> "As on screen (" + view.width() + " × " + view.height() + " pixels)";
            case DOUBLE -> "Twice as sharp (" + 2 * view.width() + " × " + 2 * view.height() + " pixels)";
            case CUSTOM -> width + " × " + height + " pixels";
        };
    }
}

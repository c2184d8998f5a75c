package org.incidentatlas.export;

import org.incidentatlas.domain.WebMercator;
import org.incidentatlas.render.Viewport;

/**
 * The part of the map a picture shows and how finely: centred on a place at a zoom, {@code width} x {@code height}
 * screen pixels of map, each drawn as {@code pixelRatio} x {@code pixelRatio} picture pixels. A ratio of 1 is the
 * window's own view; 2 is the same view at twice the resolution; a print size keeps the area and raises the ratio.
 *
 * @param latitude   centre latitude (degrees, within Web Mercator's range)
 * @param longitude  centre longitude (degrees)
 * @param zoom       map zoom as the window's map has it (may be fractional)
 * @param width      screen pixels across
 * @param height     screen pixels down
 * @param pixelRatio picture pixels per screen pixel, at least 1
 */
public record MapFrame(double latitude, double longitude, double zoom, double width, double height,
        double pixelRatio) {
    /** The zooms the window's map allows. */
    public static final double MIN_ZOOM = 0;
    public static final double MAX_ZOOM = 20;

    /** @throws IllegalArgumentException naming the bad value */
    public MapFrame {
        if (!(Math.abs(latitude) <= WebMercator.MAX_LATITUDE) || !(Math.abs(longitude) <= 180)) {
            throw new IllegalArgumentException("centre " + latitude + "," + longitude + " is outside the map "
                    + "(latitude within ±" + WebMercator.MAX_LATITUDE + ", longitude within ±180)");
        }
        if (!(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM)) {
            throw new IllegalArgumentException("zoom must be between " + (int) MIN_ZOOM + " and " + (int) MAX_ZOOM
                    + " (was " + zoom + ")");
        }
        if (!(pixelRatio >= 1 && pixelRatio <= 16)) {
            throw new IllegalArgumentException("scale must be between 1 and 16 picture pixels per screen pixel (was "
                    + pixelRatio + ")");
        }
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("the view needs a size (was " + width + " x " + height + ")");
        }
        picture(width, height, pixelRatio);
    }

    /** A picture of exactly {@code size} pixels showing {@code size / pixelRatio} screen pixels of map. */
    public static MapFrame of(double latitude, double longitude, double zoom, PictureSize size, double pixelRatio) {
        return new MapFrame(latitude, longitude, zoom, size.width() / pixelRatio, size.height() / pixelRatio,
                pixelRatio);
    }

    /** The picture's size in pixels (checked against the limits). */
    public PictureSize pictureSize() {
        return picture(width, height, pixelRatio);
    }

    private static PictureSize picture(double width, double height, double ratio) {
        return new PictureSize((int) Math.round(width * ratio), (int) Math.round(height * ratio));
    }

    /** The view in screen pixels (what the window's map would show at this size). */
    public Viewport screenView() {
        return Viewport.centredOn(latitude, longitude, zoom, (int) Math.round(width), (int) Math.round(height));
    }

    /** The same view in picture pixels. */
    public Viewport pictureView() {
        PictureSize size = pictureSize();
        Viewport screen = screenView();
        return new Viewport(screen.originX(), screen.originY(), screen.scale() * pixelRatio, size.width(),
                size.height());
    }
}

package org.incidentatlas.render;

import org.incidentatlas.domain.WebMercator;

/**
 * A rectangle of the map on screen: screen = (world - origin) * scale, with world in {@link WebMercator} units.
 *
 * @param originX world x at the left edge
 * @param originY world y at the top edge
 * @param scale   screen pixels per world unit (2^zoom)
 * @param width   screen width in pixels
 * @param height  screen height in pixels
 */
public record Viewport(double originX, double originY, double scale, int width, int height) {
    public Viewport {
        if (!(scale > 0) || width < 0 || height < 0) {
            throw new IllegalArgumentException("viewport needs a positive scale and a size (was scale " + scale
                    + ", " + width + " x " + height + ")");
        }
    }

    /** The viewport of {@code width} x {@code height} pixels centred on a place at a zoom level. */
    public static Viewport centredOn(double latitude, double longitude, double zoom, int width, int height) {
        double scale = Math.pow(2, zoom);
        return new Viewport(WebMercator.x(longitude) - width / 2.0 / scale,
                WebMercator.y(latitude) - height / 2.0 / scale, scale, width, height);
    }

    public double screenX(double worldX) {
        return (worldX - originX) * scale;
    }

    public double screenY(double worldY) {
        return (worldY - originY) * scale;
    }

    public double worldX(double screenX) {
        return originX + screenX / scale;
    }

    public double worldY(double screenY) {
        return originY + screenY / scale;
    }
}

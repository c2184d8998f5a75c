package org.incidentatlas.domain;

/**
 * Web Mercator (EPSG:3857) in "world pixels at zoom 0": the whole world is 256 x 256, x grows east, y grows south.
 * At zoom z one world pixel is 2^z screen pixels, as in slippy-map tiles.
 */
public final class WebMercator {
    public static final double WORLD_SIZE = 256.0;
    /** Latitude where the square Web Mercator world ends. */
    public static final double MAX_LATITUDE = 85.05112878;

    private WebMercator() {
    }

    public static double x(double longitude) {
        return (longitude + 180.0) / 360.0 * WORLD_SIZE;
    }

    public static double y(double latitude) {
        double lat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude));
        double sin = Math.sin(Math.toRadians(lat));
        return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD_SIZE;
    }

    public static double longitude(double x) {
        return x / WORLD_SIZE * 360.0 - 180.0;
    }

    public static double latitude(double y) {
        double n = Math.PI - 2.0 * Math.PI * y / WORLD_SIZE;
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }
}

package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** World pixels at zoom 0 and back: the corners, the centre, Baghdad, and the clamp at the square's edge. */
class WebMercatorTest {
    @Test
    void theWorldIsASquareOf256PixelsCentredOnNullIsland() {
        assertEquals(0, WebMercator.x(-180), 1e-9);
        assertEquals(128, WebMercator.x(0), 1e-9);
        assertEquals(256, WebMercator.x(180), 1e-9);
        assertEquals(128, WebMercator.y(0), 1e-9);
        assertEquals(0, WebMercator.y(WebMercator.MAX_LATITUDE), 1e-6);
        assertEquals(256, WebMercator.y(-WebMercator.MAX_LATITUDE), 1e-6);
        assertEquals(0, WebMercator.y(89.9), 1e-6, "clamped to the square");
        assertEquals(-180, WebMercator.longitude(0), 1e-9);
        assertEquals(0, WebMercator.longitude(128), 1e-9);
        assertEquals(90, WebMercator.longitude(192), 1e-9);
        assertEquals(0, WebMercator.latitude(128), 1e-9);
        assertEquals(WebMercator.MAX_LATITUDE, WebMercator.latitude(0), 1e-6);
    }

    @Test
    void baghdadGoesThereAndBack() {
        double x = WebMercator.x(44.3661);
        double y = WebMercator.y(33.3152);
        assertEquals(159.5492, x, 1e-4);
        assertEquals(102.8490, y, 1e-4);
        assertEquals(44.3661, WebMercator.longitude(x), 1e-9);
        assertEquals(33.3152, WebMercator.latitude(y), 1e-9);
        assertEquals(-33.3152, WebMercator.latitude(256 - y), 1e-9, "the south mirrors the north");
    }
}

package org.incidentatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScaleBarTest {
    @Test
    void groundResolutionAtTheEquatorIsTheKnownWebMercatorFigure() {
        // 2 * pi * 6378137 m / 256 px at zoom 0: the standard 156,543.03 m per pixel.
        assertEquals(156_543.03, ScaleBar.metresPerPixel(0, 1), 0.01);
        assertEquals(156_543.03 / 64 * Math.cos(Math.toRadians(60)), ScaleBar.metresPerPixel(60, 64), 0.01);
    }

    @Test
    void barIsTheLongestRoundLengthThatFits() {
        Viewport view = Viewport.centredOn(33.3, 44.4, 6, 800, 600);
        ScaleBar bar = ScaleBar.fit(view, 160);
        double perPixel = ScaleBar.metresPerPixel(33.3, 64);
        assertTrue(bar.pixels() <= 160 && bar.pixels() > 160 / 2.5, "spans " + bar.pixels());
        assertEquals(bar.metres() / perPixel, bar.pixels(), 0.5);
        double lead = bar.metres() / Math.pow(10, Math.floor(Math.log10(bar.metres())));
        assertTrue(lead == 1 || lead == 2 || lead == 5, "round: " + bar.metres());
        assertEquals("200 km", bar.label());
        assertEquals("true at 33.3° N", bar.note());
        assertEquals("500 m", ScaleBar.fit(Viewport.centredOn(33.3, 44.4, 15, 800, 600), 160).label());
    }
}

package org.incidentatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.index.TimeIndexBuilder;
import org.incidentatlas.domain.WebMercator;
import org.incidentatlas.domain.PointRow;
import org.junit.jupiter.api.Test;

/** The incident raster at one and at more device pixels per screen pixel (HiDPI screens, print-size exports). */
class IncidentRendererTest {
    private static final DateWindow ALL = new DateWindow(Integer.MIN_VALUE, Integer.MAX_VALUE);
    private static final double LAT = 33.3;
    private static final double LON = 44.4;
    private static final int SIDE = 100;

    @Test
    void atTwiceTheRatioADotIsTheSameDotDrawnWithFourTimesThePixels() {
        TimeIndex one = index(new double[][] {{LAT, LON}}, 25);
        Viewport screen = Viewport.centredOn(LAT, LON, 6, SIDE, SIDE);
        int[] at1 = draw(one, screen, 1);
        int[] at2 = draw(one, screen, 2);

        int wide1 = inkedRun(at1, SIDE, SIDE / 2);
        int wide2 = inkedRun(at2, 2 * SIDE, SIDE);
        assertEquals(2 * IncidentStyle.radius(25, SizeBy.DEATHS, 6) + 1, wide1, 1.0, "radius 4.5 plus anti-aliasing");
        assertEquals(2.0 * wide1, wide2, 2.0, "twice the radius in device pixels");

        // Averaged back down to screen pixels, the finer picture is the coarse one: same size, same rim, same ink.
        double[] ink1 = alphaPerPixel(at1, SIDE);
        double[] ink2 = averaged(alphaPerPixel(at2, 2 * SIDE), 2 * SIDE);
        double total1 = 0;
        double total2 = 0;
        double darkRim1 = 0;
        double darkRim2 = 0;
        for (int p = 0; p < ink1.length; p++) {
            total1 += ink1[p];
            total2 += ink2[p];
        }
        for (int x = 0; x < SIDE; x++) {
            darkRim1 += darkness(at1[SIDE / 2 * SIDE + x]);
            darkRim2 += (darkness(at2[SIDE * 2 * SIDE + 2 * x]) + darkness(at2[SIDE * 2 * SIDE + 2 * x + 1])) / 2;
        }
        assertEquals(total1, total2, total1 * 0.1, "as much ink at both ratios");
        assertEquals(darkRim1, darkRim2, darkRim1 * 0.25, "the rim grows with the dot: as much dark rim across it");
    }

    @Test
    void theChoiceBetweenDotsAndTheDensityGridIsTheSameAtEveryRatio() {
        Viewport screen = Viewport.centredOn(LAT, LON, 9, SIDE, SIDE);
        int threshold = SIDE * SIDE / IncidentRenderer.PIXELS_PER_DOT;
        TimeIndex few = index(grid(screen, threshold - 10), 1);
        TimeIndex many = index(grid(screen, threshold + 10), 1);
        for (double ratio : new double[] {1, 1.5, 2, 3}) {
            IncidentRenderer.Frame dots = render(few, screen, ratio);
            IncidentRenderer.Frame dense = render(many, screen, ratio);
            assertEquals(threshold - 10, dots.incidents(), "at ratio " + ratio);
            assertFalse(dots.aggregated(), "dots at ratio " + ratio);
            assertTrue(dense.aggregated(), "density grid at ratio " + ratio);
        }
    }

    @Test
    void densityCellsGrowWithTheRatio() {
        Viewport screen = Viewport.centredOn(LAT, LON, 9, SIDE, SIDE);
        TimeIndex many = index(grid(screen, SIDE * SIDE / IncidentRenderer.PIXELS_PER_DOT * 2), 1);
        int[] at2 = draw(many, screen, 2);
        int w = 2 * SIDE;
        // Every cell is a block of one colour, 2 x CELL_PX device pixels on a side, aligned to the buffer's corner.
        int cell = 2 * IncidentRenderer.CELL_PX;
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                int corner = at2[y / cell * cell * w + x / cell * cell];
                assertEquals(corner, at2[y * w + x], "pixel " + x + "," + y + " is its cell's colour");
            }
        }
    }

    @Test
    void incidentsOnOneSpotAreOneSymbolWhoseAreaFollowsTheirSummedDeathsAndWhoseIncidentsAreAllClickable() {
        Viewport screen = Viewport.centredOn(LAT, LON, 9, 400, 400);
        TimeIndex stack = index(new double[][] {{LAT, LON}, {LAT, LON}, {LAT, LON}, {LAT, LON}}, 100);
        TimeIndex single = index(new double[][] {{LAT, LON}}, 400);
        IncidentRenderer renderer = new IncidentRenderer();
        int[] stacked = new int[400 * 400];
        IncidentRenderer.Frame frame = renderer.render(stack, ALL, IncidentMask.ALL, screen, 1, stacked);
        assertEquals(1, frame.symbols(), "four incidents on one spot are one symbol");
        assertEquals(400, frame.largest(), "standing for their summed deaths");
        assertEquals(4, renderer.incidentsAt(200, 200, 2).length, "a click there offers all four");
        assertEquals(0, renderer.incidentsAt(5, 5, 2).length, "nothing far from it");
        int[] alone = draw(single, screen, 1);
        // Same total deaths: same disc size as one incident of 400 deaths, and far larger than one of 100.
        assertEquals(inkedRun(alone, 400, 200), inkedRun(stacked, 400, 200), 1.0);
        double r = IncidentStyle.radius(400, SizeBy.DEATHS, 9);
        assertEquals(2 * r + 1, inkedRun(alone, 400, 200), 2.0);
        assertEquals(2 * IncidentStyle.radius(100, SizeBy.DEATHS, 9), r, 1e-9, "area, not radius, follows deaths");
        // The label "4" is dark ink inside the symbol, which a lone incident has not.
        assertTrue(darkPixels(stacked, 400, 200, 200, 8) > darkPixels(alone, 400, 200, 200, 8) + 5);

        renderer.setSizeBy(SizeBy.INCIDENTS);
        assertEquals(4, renderer.render(stack, ALL, IncidentMask.ALL, screen, 1, stacked).largest());
    }

    @Test
    void aStackOfRoughlyPlacedIncidentsIsARingNotADisc() {
        Viewport screen = Viewport.centredOn(LAT, LON, 9, 200, 200);
        int[] exact = draw(index(new double[][] {{LAT, LON}}, 100, 1), screen, 1);
        int[] rough = draw(index(new double[][] {{LAT, LON}}, 100, 3), screen, 1);
        double r = IncidentStyle.radius(100, SizeBy.DEATHS, 9);
        int centre = 100 * 200 + 100;
        int nearRim = 100 * 200 + 100 + (int) Math.round(r - 1);
        assertTrue((exact[centre] >>> 24) > 120, "a disc is filled");
        assertTrue((rough[centre] >>> 24) < 60, "a ring is nearly empty inside");
        assertTrue((rough[nearRim] >>> 24) > 150, "and strong at its rim");
        assertTrue(renderFrame(index(new double[][] {{LAT, LON}}, 100, 3), screen).imprecise());
    }

    @Test
    void theSizeKeyEndsAtTheLargestSymbolDrawnWithItsRealValue() {
        IncidentRenderer.Frame small = new IncidentRenderer.Frame(1, false, 1, 40, false, SizeBy.DEATHS, 6);
        IncidentRenderer.Frame mosul = new IncidentRenderer.Frame(479, false, 1, 8213, false, SizeBy.DEATHS, 6);
        assertEquals(java.util.List.of(1L, 10L, 40L), LegendPainter.sizeSteps(small),
                "no 100 or 1,000 circle larger than anything on the map");
        assertEquals(java.util.List.of(1L, 10L, 100L, 1000L, 8213L), LegendPainter.sizeSteps(mosul),
                "the Mosul stack is read against its own 8,213, not a 10,000 circle");
        IncidentRenderer.Frame baghdad = new IncidentRenderer.Frame(1164, false, 1, 12000, false, SizeBy.DEATHS, 5);
        assertEquals(java.util.List.of(1L, 10L, 100L, 1000L, 12000L), LegendPainter.sizeSteps(baghdad),
                "no cap: past 10,000 the real value");
        IncidentRenderer.Frame close = new IncidentRenderer.Frame(3, false, 1, 1100, false, SizeBy.DEATHS, 5);
        assertEquals(java.util.List.of(1L, 10L, 100L, 1100L), LegendPainter.sizeSteps(close),
                "a power of ten over half the largest is left out: its circle would nearly hide the largest");
        IncidentRenderer.Frame none = new IncidentRenderer.Frame(0, false, 0, 0, false, SizeBy.DEATHS, 5);
        assertEquals(java.util.List.of(1L, 10L, 100L), LegendPainter.sizeSteps(none), "with no symbol, a reference");
        assertTrue(LegendPainter.lines(mosul).contains("8,213 deaths (largest)"));
        assertFalse(LegendPainter.lines(mosul).contains("10,000 deaths"));
        assertTrue(LegendPainter.lines(mosul).contains("ring: place known only roughly"));
    }

    @Test
    void theLargestValueOnlyCountsSymbolsThatReachIntoTheView() {
        Viewport screen = Viewport.centredOn(LAT, LON, 9, 400, 400);
        // 20 deaths in view; 5,000 deaths 300 pixels east of the view's edge, inside the gathering margin.
        double farLon = LON + (200 + 300) / (256 * Math.pow(2, 9)) * 360;
        TimeIndex both = index(new double[][] {{LAT, LON}, {LAT, farLon}}, new int[] {20, 5000}, 1);
        IncidentRenderer.Frame frame = renderFrame(both, screen);
        assertEquals(20, frame.largest(), "the symbol beyond the edge is not in the key");
        assertEquals(1, frame.symbols());
    }

    private static IncidentRenderer.Frame renderFrame(TimeIndex index, Viewport screen) {
        return render(index, screen, 1);
    }

    private static int darkPixels(int[] pixels, int w, int cx, int cy, int half) {
        int n = 0;
        for (int y = cy - half; y <= cy + half; y++) {
            for (int x = cx - half; x <= cx + half; x++) {
                int p = pixels[y * w + x];
                if ((p >>> 24) > 200 && (p >> 16 & 0xFF) < 80) {
                    n++;
                }
            }
        }
        return n;
    }

    private static IncidentRenderer.Frame render(TimeIndex index, Viewport screen, double ratio) {
        int w = (int) Math.ceil(screen.width() * ratio);
        int h = (int) Math.ceil(screen.height() * ratio);
        return new IncidentRenderer().render(index, ALL, IncidentMask.ALL, device(screen, ratio, w, h), ratio,
                new int[w * h]);
    }

    private static int[] draw(TimeIndex index, Viewport screen, int ratio) {
        int w = screen.width() * ratio;
        int h = screen.height() * ratio;
        int[] pixels = new int[w * h];
        new IncidentRenderer().render(index, ALL, IncidentMask.ALL, device(screen, ratio, w, h), ratio, pixels);
        return pixels;
    }

    private static Viewport device(Viewport screen, double ratio, int w, int h) {
        return new Viewport(screen.originX(), screen.originY(), screen.scale() * ratio, w, h);
    }

    /** Places {@code n} incidents on an even grid inside the view, away from its edges. */
    private static double[][] grid(Viewport screen, int n) {
        int side = (int) Math.ceil(Math.sqrt(n));
        double[][] places = new double[n][];
        for (int k = 0; k < n; k++) {
            double sx = 5 + (screen.width() - 10) * (k % side + 0.5) / side;
            double sy = 5 + (screen.height() - 10) * (k / side + 0.5) / side;
            places[k] = new double[] {WebMercator.latitude(screen.worldY(sy)),
                    WebMercator.longitude(screen.worldX(sx))};
        }
        return places;
    }

    private static TimeIndex index(double[][] places, int deaths) {
        return index(places, deaths, 1);
    }

    private static TimeIndex index(double[][] places, int deaths, int wherePrec) {
        int[] each = new int[places.length];
        java.util.Arrays.fill(each, deaths);
        return index(places, each, wherePrec);
    }

    private static TimeIndex index(double[][] places, int[] deaths, int wherePrec) {
        TimeIndexBuilder builder = new TimeIndexBuilder(places.length);
        for (int k = 0; k < places.length; k++) {
            builder.accept(new Row(k + 1, "t", Integer.toString(k + 1), 18_000, 18_000, 1, places[k][0], places[k][1],
                    deaths[k], 1, wherePrec));
        }
        return builder.build();
    }

    /** Pixels with any ink along row {@code y}. */
    private static int inkedRun(int[] pixels, int w, int y) {
        int n = 0;
        for (int x = 0; x < w; x++) {
            if (pixels[y * w + x] != 0) {
                n++;
            }
        }
        return n;
    }

    private static double[] alphaPerPixel(int[] pixels, int w) {
        double[] a = new double[pixels.length];
        for (int p = 0; p < pixels.length; p++) {
            a[p] = (pixels[p] >>> 24) / 255.0;
        }
        return a;
    }

    /** Each 2 x 2 block averaged into one pixel. */
    private static double[] averaged(double[] fine, int w) {
        int half = w / 2;
        double[] coarse = new double[half * half];
        for (int y = 0; y < half; y++) {
            for (int x = 0; x < half; x++) {
                coarse[y * half + x] = (fine[2 * y * w + 2 * x] + fine[2 * y * w + 2 * x + 1]
                        + fine[(2 * y + 1) * w + 2 * x] + fine[(2 * y + 1) * w + 2 * x + 1]) / 4;
            }
        }
        return coarse;
    }

    /** How much darker than the dot's fill a pixel is: the rim's share of it (0 for empty pixels and the fill). */
    private static double darkness(int premultiplied) {
        int a = premultiplied >>> 24;
        if (a == 0) {
            return 0;
        }
        int fill = DotSprites.premultiplied(IncidentStyle.colour(1), 0.6);
        double fillRed = (fill >> 16 & 0xFF) / (double) (fill >>> 24);
        double red = (premultiplied >> 16 & 0xFF) / (double) a;
        return Math.max(0, fillRed - red) * a / 255.0;
    }

    private record Row(long rowId, String dataset, String originalId, int startDay, int endDay, int datePrecision,
            double latitude, double longitude, int deathsBest, int violenceType, int locationPrecision)
            implements PointRow {
    }
}

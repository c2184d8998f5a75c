package org.incidentatlas.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import org.incidentatlas.domain.IncidentFacts;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.WebMercator;
import org.incidentatlas.export.Shown;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentIndex;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.render.AreaHit;
import org.incidentatlas.render.AreaKey;
import org.incidentatlas.render.AreaStyle;
import org.incidentatlas.render.Classing;
import org.incidentatlas.render.IncidentRenderer;
import org.incidentatlas.render.IncidentStyle;
import org.incidentatlas.render.MapMode;
import org.incidentatlas.render.SizeBy;
import org.incidentatlas.render.Viewport;
import org.junit.jupiter.api.Test;

/**
 * What a click or a hover finds under the pointer, from the renderer's last frame alone (no scene, no stage): the
 * topmost symbol and its stack, largest toll first, as far as the symbol reaches plus the click slop, at every pixel
 * ratio; the nearest incident over the density grid; the area and its incidents in choropleth mode.
 */
class IncidentHitsTest {
    private static final DateWindow ALL = new DateWindow(Integer.MIN_VALUE, Integer.MAX_VALUE);
    private static final AdminBoundaries BOUNDARIES = AdminBoundaries.bundled();
    private static final int SIDE = 600;
    private static final Viewport VIEW = Viewport.centredOn(33.5, 44.0, 6, SIDE, SIDE);
    private static final double MOSUL_LAT = 36.34;
    private static final double MOSUL_LON = 43.13;
    private static final double BAGHDAD_LAT = 33.31;
    private static final double BAGHDAD_LON = 44.37;

    private static IncidentFacts incident(long row, double lat, double lon, int deaths, int day) {
        LocalDate d = LocalDate.of(2016, 11, day);
        return new IncidentFacts(row, "ucdp-ged", Long.toString(row), d, d, 1, "place", null, null, lat, lon, 1,
                "Government of Iraq", "IS", 1, deaths, deaths, deaths, 1, "", 1, null, null);
    }

    /** Two incidents on one spot in Mosul (5 and 40 deaths, one stack), one in Baghdad on another day. */
    private static IncidentIndex incidents() {
        IncidentIndex.Builder b = IncidentIndex.builder(BOUNDARIES);
        b.accept(incident(1, MOSUL_LAT, MOSUL_LON, 5, 1));
        b.accept(incident(2, MOSUL_LAT, MOSUL_LON, 40, 1));
        b.accept(incident(3, BAGHDAD_LAT, BAGHDAD_LON, 2, 2));
        return b.build();
    }

    private static IncidentId id(long row) {
        return new IncidentId("ucdp-ged", Long.toString(row));
    }

    /** Draws {@code points} as the layer would at {@code ratio} and asks about the drawing in layout pixels. */
    private static IncidentHits drawn(IncidentRenderer renderer, TimeIndex points, DateWindow window, double ratio) {
        int w = (int) Math.ceil(SIDE * ratio);
        Viewport device = new Viewport(VIEW.originX(), VIEW.originY(), VIEW.scale() * ratio, w, w);
        renderer.render(points, window, IncidentMask.ALL, device, ratio, new int[w * w]);
        return new IncidentHits(renderer, new Shown(points, IncidentMask.ALL, window), VIEW, ratio);
    }

    private static Point2D at(double lat, double lon) {
        return new Point2D(VIEW.screenX(WebMercator.x(lon)), VIEW.screenY(WebMercator.y(lat)));
    }

    @Test
    void aClickOnAStackFindsItsLargestTollAndListsTheStackLargestFirst() {
        TimeIndex points = incidents().points();
        IncidentHits hits = drawn(new IncidentRenderer(), points, ALL, 1);
        Point2D mosul = at(MOSUL_LAT, MOSUL_LON);
        Point2D baghdad = at(BAGHDAD_LAT, BAGHDAD_LON);
        Point2D drawnAt = hits.positionOf(id(1)).orElseThrow();
        assertEquals(mosul.getX(), drawnAt.getX(), 0.01, "where the incident is drawn");
        assertEquals(mosul.getY(), drawnAt.getY(), 0.01);
        assertEquals(Optional.empty(), hits.positionOf(new IncidentId("ucdp-ged", "99")), "not in the index");

        assertEquals(Optional.of(id(2)), hits.incidentAt(mosul.getX(), mosul.getY()), "the stack's 40 deaths");
        assertEquals(List.of(id(2), id(1)), hits.incidentsAt(mosul.getX(), mosul.getY()));
        assertArrayEquals(new int[] {points.indexOf(id(2)), points.indexOf(id(1))},
                hits.positionsAt(mosul.getX(), mosul.getY()));
        assertEquals(Optional.of(id(3)), hits.incidentAt(baghdad.getX(), baghdad.getY()));
        assertEquals(List.of(id(3)), hits.incidentsAt(baghdad.getX(), baghdad.getY()));

        double between = (mosul.getY() + baghdad.getY()) / 2;
        assertEquals(-1, hits.positionAt(mosul.getX(), between), "nothing between the two cities");
        assertEquals(List.of(), hits.incidentsAt(mosul.getX(), between));
        assertNull(hits.areaAt(mosul.getX(), mosul.getY()), "no areas in symbol mode");
    }

    @Test
    void aSymbolReachesItsRadiusPlusTheClickSlopAtEveryPixelRatio() {
        TimeIndex points = incidents().points();
        Point2D baghdad = at(BAGHDAD_LAT, BAGHDAD_LON);
        for (double ratio : new double[] {1, 2, 3}) {
            IncidentRenderer renderer = new IncidentRenderer();
            IncidentHits hits = drawn(renderer, points, ALL, ratio);
            double reach = IncidentStyle.radius(2, SizeBy.DEATHS, renderer.lastFrame().zoom())
                    + IncidentHits.CLICK_SLOP_PX;
            assertEquals(Optional.of(id(3)), hits.incidentAt(baghdad.getX() + reach - 0.5, baghdad.getY()),
                    "just inside, at a ratio of " + ratio);
            assertEquals(Optional.empty(), hits.incidentAt(baghdad.getX() + reach + 0.5, baghdad.getY()),
                    "just beyond, at a ratio of " + ratio);
            assertEquals(List.of(id(2), id(1)), hits.incidentsAt(at(MOSUL_LAT, MOSUL_LON).getX(),
                    at(MOSUL_LAT, MOSUL_LON).getY()), "the stack at a ratio of " + ratio);
        }
    }

    @Test
    void onlyTheIncidentsOfTheDateWindowAreFound() {
        TimeIndex points = incidents().points();
        int day2 = (int) LocalDate.of(2016, 11, 2).toEpochDay();
        IncidentHits hits = drawn(new IncidentRenderer(), points, new DateWindow(day2, day2), 1);
        Point2D mosul = at(MOSUL_LAT, MOSUL_LON);
        Point2D baghdad = at(BAGHDAD_LAT, BAGHDAD_LON);
        assertEquals(Optional.empty(), hits.incidentAt(mosul.getX(), mosul.getY()), "Mosul's are of the day before");
        assertEquals(List.of(), hits.incidentsAt(mosul.getX(), mosul.getY()));
        assertEquals(Optional.of(id(3)), hits.incidentAt(baghdad.getX(), baghdad.getY()));
    }

    @Test
    void overTheDensityGridTheNearestIncidentWithinTheSlopIsFound() {
        // 15 by 15 incidents 6 pixels apart in a 90-pixel view: more spots than the view shows as symbols.
        Viewport small = Viewport.centredOn(33.5, 44.0, 12, 90, 90);
        IncidentIndex.Builder b = IncidentIndex.builder(BOUNDARIES);
        for (int k = 0; k < 225; k++) {
            double x = 3 + 6 * (k % 15);
            double y = 3 + 6 * (k / 15);
            b.accept(incident(k + 1, WebMercator.latitude(small.worldY(y)), WebMercator.longitude(small.worldX(x)),
                    1, 1));
        }
        TimeIndex points = b.build().points();
        IncidentRenderer renderer = new IncidentRenderer();
        renderer.render(points, ALL, IncidentMask.ALL, small, new int[90 * 90]);
        assertTrue(renderer.lastFrame().aggregated(), "drawn as the density grid");
        IncidentHits hits = new IncidentHits(renderer, new Shown(points, IncidentMask.ALL, ALL), small, 1);
        // Incident 17 is the second of the second row, at (9, 9): 2 pixels off still finds it, not a neighbour.
        assertEquals(Optional.of(id(17)), hits.incidentAt(9 + 2, 9 - 1));
        assertArrayEquals(new int[] {points.indexOf(id(17))}, hits.positionsAt(9 + 2, 9 - 1));
        assertEquals(Optional.empty(), hits.incidentAt(-20, 9), "nothing within the slop");
        assertArrayEquals(new int[0], hits.positionsAt(-20, 9));
    }

    @Test
    void inAChoroplethTheAreaUnderThePointerHoldsTheIncidentsShownInIt() {
        IncidentIndex index = incidents();
        TimeIndex points = index.points();
        IncidentRenderer renderer = new IncidentRenderer();
        renderer.setAreas(AreaKey.of(new AreaStyle(MapMode.GOVERNORATE, SizeBy.INCIDENTS, Classing.QUANTILES),
                points, index.codes()));
        IncidentHits hits = drawn(renderer, points, ALL, 1);
        // Inside Ninewa, away from Mosul's symbols: a choropleth answers by area, not by symbol.
        Point2D ninewa = at(36.0, 42.5);
        AreaHit area = hits.areaAt(ninewa.getX(), ninewa.getY());
        assertNotNull(area);
        assertEquals("Ninewa", area.area().name());
        assertEquals(Optional.of(id(2)), hits.incidentAt(ninewa.getX(), ninewa.getY()), "largest toll first");
        assertEquals(List.of(id(2), id(1)), hits.incidentsAt(ninewa.getX(), ninewa.getY()));

        Point2D anbar = at(32.8, 41.0);
        assertEquals(0, hits.areaAt(anbar.getX(), anbar.getY()).incidents(), "an area with none shown");
        assertEquals(Optional.empty(), hits.incidentAt(anbar.getX(), anbar.getY()));
        assertArrayEquals(new int[0], hits.positionsAt(anbar.getX(), anbar.getY()));
        Point2D syria = at(34.0, 38.5);
        assertNull(hits.areaAt(syria.getX(), syria.getY()), "outside every governorate");
        assertEquals(Optional.empty(), hits.incidentAt(syria.getX(), syria.getY()));
    }

    @Test
    void beforeTheFirstDrawingNothingIsUnderThePointer() {
        TimeIndex points = incidents().points();
        IncidentRenderer renderer = new IncidentRenderer();
        IncidentHits hits = new IncidentHits(renderer, new Shown(points, IncidentMask.ALL, ALL), null, 1);
        Point2D mosul = at(MOSUL_LAT, MOSUL_LON);
        assertEquals(Optional.empty(), hits.incidentAt(mosul.getX(), mosul.getY()));
        assertArrayEquals(new int[0], hits.positionsAt(mosul.getX(), mosul.getY()));
        assertNull(hits.areaAt(mosul.getX(), mosul.getY()));
        assertEquals(Optional.empty(), hits.positionOf(id(1)));
    }
}

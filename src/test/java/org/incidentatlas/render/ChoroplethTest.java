package org.incidentatlas.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.domain.IncidentFacts;
import org.incidentatlas.domain.WebMercator;
import org.incidentatlas.index.AdminAreas;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentIndex;
import org.incidentatlas.index.IncidentMask;
import org.junit.jupiter.api.Test;

/** Class breaks, areas filled by their class in the one renderer, and the choropleth legend. */
class ChoroplethTest {
    private static final DateWindow ALL = new DateWindow(Integer.MIN_VALUE, Integer.MAX_VALUE);
    private static final AdminBoundaries BOUNDARIES = AdminBoundaries.bundled();
    private static final int SIDE = 500;

    @Test
    void quantilesPutAsManyValuesInEachClass() {
        long[] values = {10, 1, 9, 2, 8, 3, 7, 4, 6, 5};
        assertArrayEquals(new long[] {2, 4, 6, 8, 10}, Classing.QUANTILES.upperBounds(values, 5));
        assertArrayEquals(new long[] {1, 3, 5}, Classing.QUANTILES.upperBounds(new long[] {1, 1, 1, 3, 5}, 5),
                "equal cuts fold into one class");
        assertEquals(0, Classing.QUANTILES.upperBounds(new long[0], 5).length);
    }

    @Test
    void naturalBreaksCutBetweenTheClusters() {
        long[] values = {1, 2, 3, 10, 11, 12, 50, 51, 100};
        assertArrayEquals(new long[] {3, 12, 51, 100}, Classing.JENKS.upperBounds(values, 4));
        assertArrayEquals(new long[] {12, 51, 100}, Classing.JENKS.upperBounds(values, 3));
        // Quantiles cut the same numbers by counts, not by gaps.
        assertArrayEquals(new long[] {2, 10, 12, 51, 100}, Classing.QUANTILES.upperBounds(values, 5));
        assertArrayEquals(new long[] {7}, Classing.JENKS.upperBounds(new long[] {7, 7}, 5));
    }

    private static IncidentFacts incident(long row, double lat, double lon, int deaths) {
        LocalDate day = LocalDate.of(2016, 11, 1);
        return new IncidentFacts(row, "ucdp-ged", Long.toString(row), day, day, 1, "place", null, null, lat, lon, 1,
                "Government of Iraq", "IS", 1, deaths, deaths, deaths, 1, "", 1, null, null);
    }

    /** Ten incidents in Mosul (Ninewa), three in Baghdad, one in Basra, one in the Saudi desert. */
    private static IncidentIndex incidents() {
        IncidentIndex.Builder b = IncidentIndex.builder(BOUNDARIES);
        long row = 1;
        for (int k = 0; k < 10; k++) {
            b.accept(incident(row++, 36.34, 43.13, 1));
        }
        for (int k = 0; k < 3; k++) {
            b.accept(incident(row++, 33.31, 44.37, 2));
        }
        b.accept(incident(row++, 30.51, 47.81, 500));
        b.accept(incident(row, 25.0, 41.0, 9));
        return b.build();
    }

    /** The pixel's colour without its alpha (the fill is drawn over a transparent buffer). */
    private static int rgb(int premultiplied) {
        int a = premultiplied >>> 24;
        return (premultiplied >> 16 & 0xFF) * 255 / a << 16 | (premultiplied >> 8 & 0xFF) * 255 / a << 8
                | (premultiplied & 0xFF) * 255 / a;
    }

    private static int inside(int[] pixels, Viewport view, String governorate) {
        AdminAreas areas = BOUNDARIES.governorates();
        int a = areas.matching(governorate).get(0);
        double[] p = areas.pointInside(a);
        int x = (int) view.screenX(WebMercator.x(p[1]));
        int y = (int) view.screenY(WebMercator.y(p[0]));
        return pixels[y * SIDE + x];
    }

    private static void near(int expected, int premultiplied, String what) {
        int got = rgb(premultiplied);
        int d = Math.abs((expected >> 16 & 0xFF) - (got >> 16 & 0xFF))
                + Math.abs((expected >> 8 & 0xFF) - (got >> 8 & 0xFF)) + Math.abs((expected & 0xFF) - (got & 0xFF));
        assertTrue(d < 12, what + ": expected " + Integer.toHexString(expected) + ", got " + Integer.toHexString(got));
    }

    @Test
    void eachGovernorateIsFilledByTheClassOfItsIncidents() {
        IncidentIndex index = incidents();
        IncidentRenderer renderer = new IncidentRenderer();
        renderer.setAreas(AreaKey.of(new AreaStyle(MapMode.GOVERNORATE, SizeBy.INCIDENTS, Classing.QUANTILES),
                index.points(), index.codes()));
        Viewport view = Viewport.centredOn(33.2, 43.7, 5, SIDE, SIDE);
        int[] pixels = new int[SIDE * SIDE];
        IncidentRenderer.Frame frame = renderer.render(index.points(), ALL, IncidentMask.ALL, view, pixels);
        AreaClasses c = frame.areas();
        assertNotNull(c, "a choropleth frame says its classes");
        assertArrayEquals(new long[] {1, 3, 10}, c.bounds());
        assertEquals(1, c.unplaced(), "the incident in the Saudi desert lies in no governorate");
        assertEquals(c.colour(2), 0xFFBD0026, "the largest class takes the ramp's darkest colour");
        near(c.colour(2), inside(pixels, view, "Ninewa"), "Ninewa, ten incidents");
        near(c.colour(1), inside(pixels, view, "Baghdad"), "Baghdad, three incidents");
        near(c.colour(0), inside(pixels, view, "Basra"), "Basra, one incident");
        near(AreaClasses.NONE_COLOUR, inside(pixels, view, "Anbar"), "Anbar, none");
        assertNull(renderer.incidentsAt(SIDE / 2.0, SIDE / 2.0, 2), "a choropleth has no symbols to click");

        renderer.setAreas(AreaKey.of(new AreaStyle(MapMode.GOVERNORATE, SizeBy.DEATHS, Classing.QUANTILES),
                index.points(), index.codes()));
        renderer.render(index.points(), ALL, IncidentMask.ALL, view, pixels);
        near(0xFFBD0026, inside(pixels, view, "Basra"), "by deaths, Basra's 500 are the most");
        near(0xFFFFFFB2, inside(pixels, view, "Baghdad"), "by deaths, Baghdad's 6 the fewest");

        renderer.setAreas(null);
        IncidentRenderer.Frame symbols = renderer.render(index.points(), ALL, IncidentMask.ALL, view, pixels);
        assertNull(symbols.areas(), "without a key, symbols again");
        assertEquals(0, inside(pixels, view, "Anbar"), "no fill in symbol mode");
    }

    @Test
    void theLegendListsTheClassRangesAndTheUnplacedIncidents() {
        IncidentIndex index = incidents();
        AreaKey key = AreaKey.of(new AreaStyle(MapMode.GOVERNORATE, SizeBy.INCIDENTS, Classing.QUANTILES),
                index.points(), index.codes());
        IncidentRenderer.Frame frame = new IncidentRenderer.Frame(15, false, 0, 0, false, SizeBy.DEATHS, 6,
                ColourKey.TYPES, key.classes(ALL, IncidentMask.ALL));
        assertEquals(List.of("Incidents per governorate", "1", "2–3", "4–10", "none shown", "Quantiles, 3 classes",
                "1 incident not in any governorate (not counted)"), LegendPainter.lines(frame));
        AreaKey subdistricts = AreaKey.of(new AreaStyle(MapMode.SUBDISTRICT, SizeBy.DEATHS, Classing.JENKS),
                index.points(), index.codes());
        List<String> lines = LegendPainter.lines(new IncidentRenderer.Frame(15, false, 0, 0, false, SizeBy.DEATHS,
                6, ColourKey.TYPES, subdistricts.classes(ALL, IncidentMask.ALL)));
        assertEquals("Deaths (best) per sub-district", lines.get(0));
        assertEquals("1 incident not in any sub-district (not counted)", lines.get(lines.size() - 1));
        assertEquals(List.of("6", "7–10", "11–500"), lines.subList(1, 4), "Jenks keeps Basra's 500 deaths apart");
    }

    @Test
    void wordsOfTheCommandLine() {
        assertEquals(MapMode.SUBDISTRICT, MapMode.choropleth("Sub-District"));
        assertEquals(Classing.JENKS, Classing.of(" JENKS"));
        assertEquals("--choropleth must be governorate, district or subdistrict (was 'symbols')",
                assertThrows(IllegalArgumentException.class, () -> MapMode.choropleth("symbols")).getMessage());
        assertEquals("--classes must be quantiles or jenks (was 'equal')",
                assertThrows(IllegalArgumentException.class, () -> Classing.of("equal")).getMessage());
    }
}

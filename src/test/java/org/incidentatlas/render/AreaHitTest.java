package org.incidentatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.incidentatlas.domain.IncidentFacts;
import org.incidentatlas.domain.WebMercator;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentIndex;
import org.incidentatlas.index.IncidentMask;
import org.junit.jupiter.api.Test;

/** A choropleth answers what is under the pointer: the area, its incidents shown, deaths and class. */
class AreaHitTest {
    private static final DateWindow ALL = new DateWindow(Integer.MIN_VALUE, Integer.MAX_VALUE);
    private static final AdminBoundaries BOUNDARIES = AdminBoundaries.bundled();

    private static IncidentFacts incident(long row, double lat, double lon, int deaths, int day) {
        LocalDate d = LocalDate.of(2016, 11, day);
        return new IncidentFacts(row, "ucdp-ged", Long.toString(row), d, d, 1, "place", null, null, lat, lon, 1,
                "Government of Iraq", "IS", 1, deaths, deaths, deaths, 1, "", 1, null, null);
    }

    /** Three incidents in Mosul city (one on another day), one in Baghdad. */
    private static IncidentIndex incidents() {
        IncidentIndex.Builder b = IncidentIndex.builder(BOUNDARIES);
        b.accept(incident(1, 36.34, 43.13, 5, 1));
        b.accept(incident(2, 36.35, 43.12, 40, 1));
        b.accept(incident(3, 36.34, 43.14, 7, 20));
        b.accept(incident(4, 33.31, 44.37, 2, 1));
        return b.build();
    }

    @Test
    void theAreaUnderAPointHasItsNamesPcodeIncidentsDeathsAndClass() {
        IncidentIndex index = incidents();
        AreaKey key = AreaKey.of(new AreaStyle(MapMode.GOVERNORATE, SizeBy.INCIDENTS, Classing.QUANTILES),
                index.points(), index.codes());
        AreaClasses classes = key.classes(ALL, IncidentMask.ALL);
        AreaHit hit = key.hit(WebMercator.x(43.2), WebMercator.y(36.3), ALL, IncidentMask.ALL, classes);
        assertEquals("Ninewa", hit.area().name());
        assertEquals(BOUNDARIES.governorates().area(BOUNDARIES.governorates().locate(36.3, 43.2)).pcode(),
                hit.area().pcode());
        assertEquals(3, hit.incidents());
        assertEquals(52, hit.deaths());
        assertEquals(index.points().indexOf(index.points().id(1)), hit.positions()[0], "largest toll first: 40");
        assertEquals(classes.ranges().get(classes.classOf(3)), hit.range());
        String tip = hit.describe();
        assertTrue(tip.startsWith("Ninewa · " + hit.area().arabicName()) && tip.contains(hit.area().pcode()
                + ", governorate") && tip.contains("3 incidents, 52 deaths (best)")
                && tip.contains("class: " + hit.range() + " incidents") && tip.endsWith("(click for the list)"), tip);

        int day = (int) LocalDate.of(2016, 11, 1).toEpochDay();
        AreaHit oneDay = key.hit(WebMercator.x(43.2), WebMercator.y(36.3), new DateWindow(day, day),
                IncidentMask.ALL, classes);
        assertEquals(2, oneDay.incidents(), "only the incidents the window shows");
        AreaHit anbar = key.hit(WebMercator.x(41.0), WebMercator.y(32.8), ALL, IncidentMask.ALL, classes);
        assertEquals(0, anbar.incidents());
        assertTrue(anbar.describe().contains("class: none shown") && !anbar.describe().contains("click"),
                anbar.describe());
        assertNull(key.hit(WebMercator.x(41.0), WebMercator.y(25.0), ALL, IncidentMask.ALL, classes),
                "the Saudi desert is in no governorate");
    }

    @Test
    void bySubDistrictTheTipNamesTheSubDistrictAndCountsDeathsForItsClass() {
        IncidentIndex index = incidents();
        AreaKey key = AreaKey.of(new AreaStyle(MapMode.SUBDISTRICT, SizeBy.DEATHS, Classing.JENKS),
                index.points(), index.codes());
        AreaClasses classes = key.classes(ALL, IncidentMask.ALL);
        AreaHit hit = key.hit(WebMercator.x(43.13), WebMercator.y(36.34), ALL, IncidentMask.ALL, classes);
        int a = BOUNDARIES.subdistricts().locate(36.34, 43.13);
        assertEquals(BOUNDARIES.subdistricts().area(a), hit.area());
        assertTrue(hit.describe().contains(", sub-district") && hit.describe().contains("deaths\n"),
                hit.describe());
        assertEquals(classes.ranges().get(classes.classOf(hit.deaths())), hit.range());
    }
}

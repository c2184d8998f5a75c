package org.incidentatlas.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.incidentatlas.domain.CommonCategory;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.IncidentFacts;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.WebMercator;
import org.junit.jupiter.api.Test;

/**
 * An index built from the store's rows: the time index and the filter codes hold every fact of each incident, in
 * start-day order, and a filter's bounds include the incidents on them.
 */
class IncidentIndexTest {
    private static final AdminBoundaries OCHA = AdminBoundaries.bundled();
    private static final IncidentFacts MOSUL = new IncidentFacts(11, "ged", "101", LocalDate.of(2014, 6, 10),
            LocalDate.of(2014, 6, 10), 1, "Mosul", "Ninewa", "Mosul district", 36.34, 43.13, 1, "IS", "Civilians", 3,
            5, 10, 12, 2, "mosul market", 2, "Bombing", "suicide attack");
    private static final IncidentFacts BAGHDAD = new IncidentFacts(12, "acled", "IRQ123", LocalDate.of(2014, 6, 1),
            LocalDate.of(2014, 7, 20), 3, null, null, null, 33.3, 44.4, 4, "Iraq", null, 1, 0, 1, 3, 1, "", 1, null,
            null);
    private static final IncidentFacts BASRA = new IncidentFacts(13, "ged", "102", LocalDate.of(2014, 5, 1),
            LocalDate.of(2014, 5, 2), 2, "Basra", null, null, 30.5, 47.8, 2, "Civilians", "IS", 2, 20, 20, 20, 0,
            "basra", 3, null, "Bombing");

    private static IncidentIndex index(IncidentFacts... facts) {
        IncidentIndex.Builder b = IncidentIndex.builder(OCHA);
        for (IncidentFacts f : facts) {
            b.accept(f);
        }
        return b.build();
    }

    private static int at(IncidentIndex index, IncidentFacts f) {
        return index.codes().indexOf(new IncidentId(f.dataset(), f.originalId()));
    }

    @Test
    void everyFactComesBackFromTheCodes() {
        IncidentIndex index = index(MOSUL, BAGHDAD, BASRA);
        FilterCodes codes = index.codes();
        assertEquals(3, codes.size());
        for (IncidentFacts f : List.of(MOSUL, BAGHDAD, BASRA)) {
            int i = at(index, f);
            assertEquals(f, codes.facts(i));
            assertEquals(f.rowId(), codes.rowId(i));
            assertEquals(f.category(), codes.category(i));
        }
        assertEquals(List.of(0, 1, 2), List.of(at(index, BASRA), at(index, BAGHDAD), at(index, MOSUL)),
                "in start-day order");
        assertEquals(List.of("ged", "acled"), codes.datasets());
        assertEquals(Set.of("IS", "Civilians", "Iraq"), Set.copyOf(codes.actors()));
        assertEquals(3, codes.actors().size());
        assertEquals(Set.of("Bombing", "suicide attack"), Set.copyOf(codes.eventTypes()));
        assertEquals(2, codes.eventTypes().size(), "one name for a word used as event type and as method");
        assertTrue(codes.hasText());
    }

    @Test
    void codesBuiltWithoutATimeIndexKeepEachIdWithItsFacts() {
        FilterCodes codes = FilterCodes.of(List.of(MOSUL, BAGHDAD, BASRA), OCHA);
        for (IncidentFacts f : List.of(MOSUL, BAGHDAD, BASRA)) {
            int i = codes.indexOf(new IncidentId(f.dataset(), f.originalId()));
            assertEquals(f, codes.facts(i), f.originalId());
        }
        assertEquals(new IncidentId("ged", "101"), codes.id(0), "in the order given");
    }

    @Test
    void theTimeIndexHoldsDaysPositionsTypesAndDatasets() {
        TimeIndex points = index(MOSUL, BAGHDAD, BASRA).points();
        assertEquals(LocalDate.of(2014, 5, 1).toEpochDay(), points.firstDay());
        assertEquals(LocalDate.of(2014, 7, 20).toEpochDay(), points.lastDay(), "the latest end, not the last start");
        int mosul = points.indexOf(new IncidentId("ged", "101"));
        assertEquals(2, mosul);
        assertEquals((float) WebMercator.x(43.13), points.worldX(mosul), 1e-3);
        assertEquals((float) WebMercator.y(36.34), points.worldY(mosul), 1e-3);
        assertEquals(3, points.violenceType(mosul));
        assertEquals(10, points.deathsBest(mosul));
        assertEquals(LocalDate.of(2014, 7, 20).toEpochDay(), points.endDay(1));
        assertEquals(1, points.violenceType(1));
        assertEquals("ged", points.dataset(mosul));
        assertEquals("acled", points.dataset(1));
        assertEquals(List.of("ged", "acled"), points.datasetKeys());
        assertEquals(1, points.datasetCode(1));
        assertEquals(0, points.datasetCode(mosul));
        assertEquals(1, points.locationPrecision(mosul));
        assertEquals(4, points.locationPrecision(1));
        assertFalse(points.imprecise(mosul), "an exact place");
        assertTrue(points.imprecise(0), "within 25 km");
        assertTrue(points.imprecise(1));
        DateWindow june = DateWindow.of(LocalDate.of(2014, 6, 1), LocalDate.of(2014, 6, 30));
        assertEquals(Set.of("acled", "ged"), points.datasets(june, IncidentMask.ALL));
        assertEquals(Set.of("acled"), points.datasets(june, IncidentMask.of(points, i -> i != mosul)));
        assertEquals(Set.of("ged"), points.datasets(DateWindow.of(LocalDate.of(2014, 5, 2),
                LocalDate.of(2014, 5, 2)), IncidentMask.ALL), "an incident on the window's first day");
        assertTrue(points.bytes() >= 3 * 22, "at least the columns of three incidents");
        assertTrue(points.bytes() > index(MOSUL).points().bytes());
    }

    @Test
    void emptyIndexStartsAndEndsAtDayZero() {
        TimeIndex empty = TimeIndex.empty();
        assertEquals(0, empty.firstDay());
        assertEquals(0, empty.lastDay());
        assertEquals(0, empty.size());
    }

    @Test
    void theCodesNameEachIncidentsAreasAtEachLevel() {
        IncidentIndex index = index(MOSUL, BAGHDAD, BASRA);
        FilterCodes codes = index.codes();
        int mosul = at(index, MOSUL);
        assertEquals("IQG15", OCHA.governorates().area(codes.areaIndex(1, mosul)).pcode());
        assertEquals(OCHA.districts().locate(36.34, 43.13), codes.areaIndex(2, mosul));
        assertEquals(OCHA.subdistricts().locate(36.34, 43.13), codes.areaIndex(3, mosul));
        assertTrue(codes.areaIndex(3, mosul) >= 0);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> codes.areaIndex(4, 0));
        assertEquals("administrative level must be 1, 2 or 3 (was 4)", bad.getMessage());
    }

    @Test
    void positionsInMapTheTimeIndexToTheCodesEvenWhenBuiltApart() {
        IncidentIndex index = index(MOSUL, BAGHDAD, BASRA);
        assertTrue(index.codes().sameOrderAs(index.points()));
        assertArrayEquals(new int[] {0, 1, 2}, index.codes().positionsIn(index.points()));
        IncidentIndex other = index(MOSUL, BASRA);
        assertFalse(index.codes().sameOrderAs(other.points()));
        assertArrayEquals(new int[] {0, 2}, index.codes().positionsIn(other.points()));
        assertArrayEquals(new int[] {0, -1, 1}, other.codes().positionsIn(index.points()), "Baghdad is not there");
    }

    @Test
    void aFiltersBoundsIncludeTheIncidentsOnThem() {
        IncidentIndex index = index(MOSUL, BAGHDAD, BASRA);
        FilterCodes codes = index.codes();
        assertEquals(bits(0), FilterEvaluator.evaluate(codes, IncidentFilter.builder()
                .from(LocalDate.of(2014, 5, 2)).to(LocalDate.of(2014, 5, 2)).build()), "Basra's last day");
        assertEquals(bits(0, 1), FilterEvaluator.evaluate(codes, IncidentFilter.builder()
                .to(LocalDate.of(2014, 6, 1)).build()), "Baghdad's first day");
        assertEquals(bits(1, 2), FilterEvaluator.evaluate(codes, IncidentFilter.builder()
                .from(LocalDate.of(2014, 5, 3)).build()));
        assertEquals(bits(0, 2), FilterEvaluator.evaluate(codes, IncidentFilter.builder().minDeaths(10).build()),
                "at least ten deaths, Mosul's ten included");
        assertEquals(bits(0, 2), FilterEvaluator.evaluate(codes, IncidentFilter.builder()
                .worstLocation(LocationPrecision.NEAR).build()), "Basra is within 25 km: as precise as asked");
        assertEquals(bits(2), FilterEvaluator.evaluate(codes, IncidentFilter.builder()
                .worstLocation(LocationPrecision.EXACT).build()));
        assertEquals(bits(0, 2), FilterEvaluator.evaluate(codes, IncidentFilter.builder()
                .worstDate(DatePrecision.WITHIN_DAYS).build()));
        assertEquals(bits(2), FilterEvaluator.evaluate(codes, IncidentFilter.builder()
                .worstDate(DatePrecision.EXACT_DAY).build()));
        assertEquals(bits(1), FilterEvaluator.evaluate(codes, IncidentFilter.builder()
                .categories(Set.of(CommonCategory.ARMED_CLASH)).build()));
        assertEquals(bits(1), FilterEvaluator.evaluate(codes, IncidentFilter.builder().datasets(Set.of("ACLED"))
                .build()), "dataset names folded");
    }

    @Test
    void ownWordsMatchTheEventTypeOrTheMethod() {
        IncidentIndex index = index(MOSUL, BAGHDAD, BASRA);
        FilterCodes codes = index.codes();
        assertEquals(bits(0, 2), FilterEvaluator.evaluate(codes, IncidentFilter.builder()
                .eventTypes(Set.of("bombing")).build()), "Mosul's event type, Basra's method");
        assertEquals(bits(2), FilterEvaluator.evaluate(codes, IncidentFilter.builder()
                .eventTypes(Set.of("Suicide Attack")).build()), "Mosul's method");
        assertEquals(bits(), FilterEvaluator.evaluate(codes, IncidentFilter.builder()
                .eventTypes(Set.of("shelling")).build()));
    }

    @Test
    void aMaskShowsOnlyThePassingIncidentsOfAnotherIndex() {
        IncidentIndex index = index(MOSUL, BAGHDAD, BASRA);
        IncidentIndex other = index(MOSUL, BASRA);
        IncidentFilter big = IncidentFilter.builder().minDeaths(10).build();
        assertSame(IncidentMask.ALL, FilterEvaluator.mask(index.codes(), index.points(), IncidentFilter.NONE,
                new BitSet()));
        IncidentMask onlyMosul = FilterEvaluator.mask(index.codes(), other.points(), big, bits(2));
        assertFalse(onlyMosul.passes(0), "Basra is not in the passing set");
        assertTrue(onlyMosul.passes(1));
        IncidentMask baghdadGone = FilterEvaluator.mask(other.codes(), index.points(), big, bits(0, 1));
        assertTrue(baghdadGone.passes(0));
        assertFalse(baghdadGone.passes(1), "Baghdad is not in these codes at all");
        assertTrue(baghdadGone.passes(2));
    }

    @Test
    void theSummaryAddsTheShownIncidents() {
        FilterCodes codes = index(MOSUL, BAGHDAD, BASRA).codes();
        FilterSummary all = FilterEvaluator.summarise(codes, bits(0, 1, 2));
        assertEquals(new FilterSummary(3, 3, 3, LocalDate.of(2014, 5, 1), LocalDate.of(2014, 7, 20), 25, 31, 35),
                all);
        FilterSummary two = FilterEvaluator.summarise(codes, bits(1, 2));
        assertEquals(new FilterSummary(2, 3, 3, LocalDate.of(2014, 6, 1), LocalDate.of(2014, 7, 20), 5, 11, 15),
                two);
        FilterSummary none = FilterEvaluator.summarise(codes, bits());
        assertEquals(new FilterSummary(0, 3, 0, null, null, 0, 0, 0), none);
    }

    @Test
    void overlappingMeetsOnASharedDayAndAtTheDistance() {
        IncidentFacts nextDay = new IncidentFacts(14, "ged", "103", LocalDate.of(2014, 6, 11),
                LocalDate.of(2014, 6, 12), 1, null, null, null, 36.34, 43.13, 1, "IS", null, 1, 0, 0, 0, 0, "", 1,
                null, null);
        IncidentIndex index = index(MOSUL, BAGHDAD, BASRA, nextDay);
        FilterCodes codes = index.codes();
        int mosul = at(index, MOSUL);
        assertEquals(List.of(mosul), codes.overlapping(mosul, 100), "the next day does not overlap");
        int baghdad = at(index, BAGHDAD);
        double km = FilterCodes.kilometres(33.3, 44.4, 36.34, 43.13);
        assertEquals(355, km, 5, "Baghdad to Mosul");
        int next = at(index, nextDay);
        assertEquals(List.of(baghdad, mosul, next), codes.overlapping(baghdad, km), "exactly at the distance");
        assertEquals(List.of(baghdad), codes.overlapping(baghdad, km - 0.01));
        assertEquals(List.of(next, baghdad), codes.overlapping(next, 1000), "nearest first; Mosul's day is over");
        assertEquals(111.2, FilterCodes.kilometres(0, 0, 1, 0), 0.1, "a degree of latitude");
        assertEquals(111.2, FilterCodes.kilometres(0, 10, 0, 11), 0.1, "a degree of longitude on the equator");
        assertEquals(55.6, FilterCodes.kilometres(60, 10, 60, 11), 0.1, "half that at 60 degrees north");
    }

    private static BitSet bits(int... set) {
        BitSet b = new BitSet();
        for (int i : set) {
            b.set(i);
        }
        return b;
    }
}

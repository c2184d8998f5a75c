package org.incidentatlas.index;

import static org.incidentatlas.index.Rows.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.incidentatlas.domain.IncidentId;
import org.junit.jupiter.api.Test;

/** Which incidents a date window shows. */
class TimeIndexTest {
    private static Set<String> shown(TimeIndex index, DateWindow window, IncidentMask mask) {
        int[] out = new int[index.size()];
        int n = index.visible(window, mask, out);
        Set<String> ids = new TreeSet<>();
        for (int k = 0; k < n; k++) {
            ids.add(index.id(out[k]).originalId());
        }
        assertEquals(n, ids.size(), "each incident once");
        assertEquals(n, index.totals(window, mask).incidents());
        return ids;
    }

    private static Set<String> shown(TimeIndex index, String from, String to) {
        return shown(index, new DateWindow(day(from), day(to)), IncidentMask.ALL);
    }

    @Test
    void windowBoundsAreInclusive() {
        TimeIndex index = new Rows().add("2014-03-01", "2014-03-01", 1).add("2014-03-10", "2014-03-10", 2)
                .add("2014-03-11", "2014-03-11", 3).build();
        assertEquals(Set.of("1", "2"), shown(index, "2014-03-01", "2014-03-10"));
        assertEquals(Set.of("2"), shown(index, "2014-03-10", "2014-03-10"));
        assertEquals(Set.of(), shown(index, "2014-03-02", "2014-03-09"));
        assertEquals(Set.of("3"), shown(index, "2014-03-11", "2015-01-01"));
    }

    @Test
    void multiDayEventShowsWhileItsSpanOverlapsTheWindow() {
        TimeIndex index = new Rows().add("2014-03-05", "2014-03-09", 4).build();
        assertEquals(Set.of(), shown(index, "2014-03-01", "2014-03-04"));
        assertEquals(Set.of("1"), shown(index, "2014-03-01", "2014-03-05"));
        assertEquals(Set.of("1"), shown(index, "2014-03-07", "2014-03-07"));
        assertEquals(Set.of("1"), shown(index, "2014-03-09", "2014-03-20"));
        assertEquals(Set.of(), shown(index, "2014-03-10", "2014-03-20"));
    }

    @Test
    void longEventsAreFoundAlthoughTheyStartedLongBeforeTheWindow() {
        TimeIndex index = new Rows().add("2010-01-01", "2014-12-31", 1).add("2014-06-01", "2014-06-01", 1)
                .add("2012-01-01", "2012-03-01", 1).build();
        assertEquals(Set.of("1", "2"), shown(index, "2014-06-01", "2014-06-01"));
        assertEquals(Set.of("1", "3"), shown(index, "2012-02-15", "2012-02-15"));
        assertEquals(Set.of(), shown(index, "2015-01-01", "2016-01-01"));
    }

    @Test
    void cumulativeWindowShowsEverythingUpToItsEnd() {
        TimeIndex index = new Rows().add("2003-03-20", "2003-03-20", 5).add("2010-01-01", "2010-01-02", 7)
                .add("2018-12-31", "2018-12-31", 11).build();
        assertEquals(Set.of("1", "2"), shown(index, DateWindow.until(day("2010-01-01")), IncidentMask.ALL));
        assertEquals(new WindowTotals(2, 12), index.totals(DateWindow.until(day("2010-01-01")), IncidentMask.ALL));
        assertEquals(Set.of(), shown(index, DateWindow.until(day("2003-03-19")), IncidentMask.ALL));
        assertEquals(3, shown(index, DateWindow.until(day("2030-01-01")), IncidentMask.ALL).size());
    }

    @Test
    void emptyWindowsAndEmptyIndexShowNothing() {
        TimeIndex index = new Rows().add("2014-03-05", "2014-03-05", 1).build();
        assertEquals(Set.of(), shown(index, new DateWindow(day("2014-03-06"), day("2014-03-04")), IncidentMask.ALL));
        assertEquals(new WindowTotals(0, 0), TimeIndex.empty().totals(new DateWindow(0, 100_000), IncidentMask.ALL));
    }

    @Test
    void monthAndYearPrecisionEventsCoverTheirWholeMonthOrYear() {
        TimeIndex index = new Rows().add("2014-02-01", "2014-02-01", 4, 33, 44, 1)
                .add("2009-07-01", "2009-07-01", 5, 33, 44, 1).build();
        assertEquals(Set.of("1"), shown(index, "2014-02-28", "2014-02-28"));
        assertEquals(Set.of(), shown(index, "2014-03-01", "2014-03-31"));
        assertEquals(Set.of("2"), shown(index, "2009-12-31", "2010-01-05"));
        assertEquals(Set.of("2"), shown(index, "2009-01-01", "2009-01-01"));
        assertEquals(Set.of(), shown(index, "2010-01-01", "2010-12-31"));
        int year = index.indexOf(new IncidentId("t", "2"));
        assertEquals(day("2009-01-01"), index.startDay(year));
        assertEquals(day("2009-12-31"), index.endDay(year));
    }

    @Test
    void maskHidesIncidentsFromEveryQuery() {
        TimeIndex index = new Rows().add("2014-03-01", "2014-03-01", 1).add("2014-03-02", "2014-03-02", 20)
                .add("2014-03-03", "2014-03-03", 300).build();
        IncidentMask atLeastTen = IncidentMask.of(index, i -> index.deathsBest(i) >= 10);
        DateWindow march = new DateWindow(day("2014-03-01"), day("2014-03-31"));
        assertEquals(Set.of("2", "3"), shown(index, march, atLeastTen));
        assertEquals(new WindowTotals(2, 320), index.totals(march, atLeastTen));
        TimeIndex other = new Rows().add("2014-03-01", "2014-03-01", 1).build();
        assertThrows(IllegalArgumentException.class, () -> other.totals(march, atLeastTen));
    }

    @Test
    void incidentsAreSortedByStartDayAndKeepTheirIds() {
        TimeIndex index = new Rows().add("2016-01-01", "2016-01-01", 1).add("2004-05-05", "2004-05-05", 2)
                .add("2010-10-10", "2010-10-10", 3).build();
        int[] starts = {index.startDay(0), index.startDay(1), index.startDay(2)};
        int[] sorted = starts.clone();
        Arrays.sort(sorted);
        assertEquals(Arrays.toString(sorted), Arrays.toString(starts));
        assertEquals("t:2", index.id(0).toString());
        assertEquals(2, index.deathsBest(0));
        assertEquals(0, index.indexOf(new IncidentId("t", "2")));
        assertEquals(-1, index.indexOf(new IncidentId("t", "99")));
        assertEquals(-1, index.indexOf(new IncidentId("other", "2")));
    }
}

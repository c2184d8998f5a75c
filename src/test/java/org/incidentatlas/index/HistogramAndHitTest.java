package org.incidentatlas.index;

import static org.incidentatlas.index.Rows.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.WebMercator;
import org.junit.jupiter.api.Test;

/** Histogram bins and hit-testing on the time index. */
class HistogramAndHitTest {
    @Test
    void histogramCountsEachIncidentInTheBinOfItsStartDay() {
        TimeIndex index = new Rows().add("2014-01-31", "2014-02-03", 5).add("2014-02-01", "2014-02-01", 7)
                .add("2014-02-28", "2014-02-28", 1).add("2014-04-15", "2014-04-15", 100).build();
        Histogram h = Histogram.of(index, IncidentMask.ALL, day("2014-01-10"), day("2014-04-02"), BinUnit.MONTH);
        assertEquals(4, h.bins());
        assertEquals(day("2014-01-01"), h.binFrom(0));
        assertEquals(day("2014-01-31"), h.binTo(0));
        assertEquals(day("2014-04-30"), h.binTo(3));
        assertEquals(1, h.incidents(0));
        assertEquals(2, h.incidents(1));
        assertEquals(8, h.deaths(1));
        assertEquals(0, h.incidents(2));
        assertEquals(1, h.incidents(3));
        assertEquals(100, h.max(true));
        assertEquals(2, h.max(false));
    }

    @Test
    void weeksStartOnMondayAndDaysAreSingleDays() {
        TimeIndex index = new Rows().add("2014-03-02", "2014-03-02", 1).add("2014-03-03", "2014-03-03", 1).build();
        Histogram weeks = Histogram.of(index, IncidentMask.ALL, day("2014-03-01"), day("2014-03-09"), BinUnit.WEEK);
        assertEquals(LocalDate.of(2014, 2, 24), LocalDate.ofEpochDay(weeks.binFrom(0)));
        assertEquals(2, weeks.bins());
        assertEquals(1, weeks.incidents(0));
        assertEquals(1, weeks.incidents(1));
        Histogram days = Histogram.of(index, IncidentMask.ALL, day("2014-03-01"), day("2014-03-03"), BinUnit.DAY);
        assertEquals(3, days.bins());
        assertEquals(0, days.incidents(0));
        assertEquals(1, days.incidents(2));
    }

    @Test
    void binUnitIsChosenFromTheSpan() {
        assertEquals(BinUnit.DAY, BinUnit.forSpan(90));
        assertEquals(BinUnit.WEEK, BinUnit.forSpan(2 * 365));
        assertEquals(BinUnit.MONTH, BinUnit.forSpan(16 * 365));
        assertEquals(BinUnit.YEAR, BinUnit.forSpan(40 * 365));
    }

    @Test
    void hitTestFindsTheNearestShownIncidentWithinReach() {
        TimeIndex index = new Rows().add("2014-01-01", "2014-01-01", 1, 33.30, 44.40, 1)
                .add("2014-06-01", "2014-06-01", 1, 33.30, 44.40, 1)
                .add("2014-01-01", "2014-01-01", 1, 36.34, 43.13, 1).build();
        double scale = Math.pow(2, 8);
        double wx = WebMercator.x(44.40) + 2 / scale;
        double wy = WebMercator.y(33.30);
        DateWindow january = new DateWindow(day("2014-01-01"), day("2014-01-31"));
        DateWindow june = new DateWindow(day("2014-06-01"), day("2014-06-30"));
        int hit = index.nearest(wx, wy, scale, 4, 10, i -> 3, january, IncidentMask.ALL);
        assertEquals(new IncidentId("t", "1"), index.id(hit));
        assertEquals(new IncidentId("t", "2"), index.id(index.nearest(wx, wy, scale, 4, 10, i -> 3, june,
                IncidentMask.ALL)));
        assertEquals(-1, index.nearest(wx + 20 / scale, wy, scale, 4, 10, i -> 3, january, IncidentMask.ALL),
                "20 px away is beyond a 3 px dot plus 4 px slop");
        DateWindow march = new DateWindow(day("2014-03-01"), day("2014-03-31"));
        assertEquals(-1, index.nearest(wx, wy, scale, 4, 10, i -> 3, march, IncidentMask.ALL), "not shown in March");
        assertEquals(-1, index.nearest(wx, wy, scale, 4, 10, i -> 3, january, IncidentMask.of(index, i -> false)));
    }
}

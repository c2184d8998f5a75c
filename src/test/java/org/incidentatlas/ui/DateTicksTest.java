package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline's axis labels fall on round dates, as many as there is room for. */
class DateTicksTest {
    @Test
    void thirtyTwoYearsGetEveryFifthYearInEightLabelsOfRoom() {
        List<DateTicks.Tick> t = DateTicks.between(LocalDate.of(1989, 1, 1), LocalDate.of(2021, 9, 5), 8);
        assertEquals(List.of("1990", "1995", "2000", "2005", "2010", "2015", "2020"), texts(t));
        assertEquals(LocalDate.of(1990, 1, 1), t.get(0).day());
    }

    @Test
    void moreRoomGivesFinerRoundSteps() {
        assertEquals(List.of("1990", "1992", "1994", "1996", "1998", "2000", "2002", "2004", "2006", "2008", "2010",
                "2012", "2014", "2016", "2018", "2020"),
                texts(DateTicks.between(LocalDate.of(1989, 1, 1), LocalDate.of(2021, 9, 5), 16)));
        assertEquals(List.of("1989", "1990", "1991"),
                texts(DateTicks.between(LocalDate.of(1989, 1, 1), LocalDate.of(1991, 9, 5), 3)));
    }

    @Test
    void aFewMonthsGetFirstsOfMonthsAndAFewDaysGetDays() {
        assertEquals(List.of("2016-10", "2017", "2017-04", "2017-07"),
                texts(DateTicks.between(LocalDate.of(2016, 10, 1), LocalDate.of(2017, 7, 31), 4)));
        assertEquals(List.of("2017-03-01", "2017-03-06", "2017-03-11", "2017-03-16", "2017-03-21", "2017-03-26"),
                texts(DateTicks.between(LocalDate.of(2017, 2, 27), LocalDate.of(2017, 3, 30), 6)));
    }

    @Test
    void everyTickIsARoundDateAndWithinTheSpanWhateverTheRoom() {
        LocalDate from = LocalDate.of(1993, 2, 17);
        for (int days : new int[] {3, 40, 400, 4000, 12000}) {
            LocalDate to = from.plusDays(days);
            for (int room = 1; room <= 20; room++) {
                List<DateTicks.Tick> t = DateTicks.between(from, to, room);
                assertTrue(t.size() <= room, days + " days, room " + room + ": " + texts(t));
                for (DateTicks.Tick k : t) {
                    assertTrue(!k.day().isBefore(from) && !k.day().isAfter(to), k.toString());
                    assertTrue(days < 400 || k.day().getDayOfMonth() == 1, days + " days: " + k);
                    assertTrue(days < 4000 || k.day().getDayOfYear() == 1, days + " days: " + k);
                }
            }
        }
    }

    private static List<String> texts(List<DateTicks.Tick> ticks) {
        return ticks.stream().map(DateTicks.Tick::text).toList();
    }
}

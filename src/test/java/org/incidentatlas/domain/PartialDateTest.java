package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {
    @Test
    void impossibleDayIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PartialDate(2019, 2, 30));
        assertTrue(e.getMessage().startsWith("not a date: 2019-"), e.getMessage());
        assertInstanceOf(DateTimeException.class, e.getCause());
    }

    @Test
    void impossibleDayIsRefusedWhenParsed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PartialDate.parse("2019-02-30"));
        assertTrue(e.getMessage().startsWith("not a date"), e.getMessage());
    }

    @Test
    void februaryTheTwentyNinthIsOnlyADateInLeapYears() {
        assertEquals(new PartialDate(2020, 2, 29), PartialDate.parse("2020-02-29"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2019-02-29"));
    }

    @Test
    void monthThirteenIsRefusedNamingTheMonth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2021-13"));
        assertEquals("date month must be 1 to 12 (was 13)", e.getMessage());
    }

    @Test
    void monthZeroIsRefusedNamingTheMonth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PartialDate(2021, 0, null));
        assertEquals("date month must be 1 to 12 (was 0)", e.getMessage());
    }

    @Test
    void yearZeroIsRefusedNamingTheYear() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PartialDate(0, null, null));
        assertEquals("date year must be between 1 and 9999 (was 0)", e.getMessage());
    }

    @Test
    void dayWithoutMonthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PartialDate(2021, null, 5));
        assertEquals("date has a day but no month", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "25/2", "r 25/2", "21-07-19", "2021-7-19", "2021/07/19", "2021-07-19T10:00",
        "July 2021"})
    void textThatIsNotIsoIsRefusedQuotingIt(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
        assertEquals("not a date (expected YYYY, YYYY-MM or YYYY-MM-DD): '" + text + "'", e.getMessage());
    }

    @Test
    void nullTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(null));
    }

    @Test
    void yearOnlyParses() {
        PartialDate d = PartialDate.parse("2021");
        assertEquals(2021, d.year());
        assertNull(d.month());
        assertNull(d.day());
        assertEquals("2021", d.toString());
    }

    @Test
    void yearAndMonthParse() {
        PartialDate d = PartialDate.parse("2021-07");
        assertEquals(new PartialDate(2021, 7, null), d);
        assertEquals("2021-07", d.toString());
    }

    @Test
    void fullDateParsesAndSurroundingSpaceIsIgnored() {
        assertEquals(new PartialDate(2018, 12, 25), PartialDate.parse(" 2018-12-25 "));
    }

    @Test
    void toStringIsIsoAndParsesBack() {
        PartialDate d = new PartialDate(790, 3, 9);
        assertEquals("0790-03-09", d.toString());
        assertEquals(d, PartialDate.parse(d.toString()));
    }

    @Test
    void ofLocalDateKeepsTheDay() {
        assertEquals(new PartialDate(1991, 9, 16), PartialDate.of(LocalDate.of(1991, 9, 16)));
    }
}

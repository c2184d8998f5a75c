package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.incidentatlas.domain.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ACLED's date spellings and a mapped table's date patterns, read without a database. */
class DateReadersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2020-12-31|2020-12-31",
        "2020-1-5|2020-01-05",
        "  2020-12-31  |2020-12-31",
        "2020-12-31 00:00:00|2020-12-31",
        "2020-12-31T13:45|2020-12-31",
        "2020-12-31 13:45:07.125|2020-12-31",
        "20201231|2020-12-31",
        "31 December 2020|2020-12-31",
        "31-Dec-20|2020-12-31",
        "9-May-20|2020-05-09",
        "09 may 2020|2020-05-09",
        "1-Sept-19|2019-09-01",
        "1 Sep. 2019|2019-09-01",
        "15-MAR-99|2099-03-15",
        "15 March 1999|1999-03-15",
    })
    void acledDatesInEverySpellingSpreadsheetsLeave(String text, LocalDate day) {
        assertEquals(day, AcledDates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/12/2020", "2020-12", "31 Decembre 2020", "December 31, 2020", "2020123", "",
        "31 Dec 202", "2020-12-31 noon"})
    void acledDatesInNoKnownSpellingNameTheSpellingsTaken(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AcledDates.parse(text));
        assertEquals("not a date: '" + text + "' (expected e.g. 2020-12-31, 31 December 2020, 31-Dec-20 or 20201231)",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-02-29", "20210230", "31-Apr-21", "2020-13-01"})
    void acledDaysThatDoNotExistAreSaidToBeNoSuchDay(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AcledDates.parse(text));
        assertEquals("no such day: '" + text + "'", e.getMessage());
        assertInstanceOf(java.time.DateTimeException.class, e.getCause());
    }

    @Test
    void mappedDatesDefaultToIsoWithAnyTimePartIgnored() {
        for (String pattern : new String[] {null, "", "  ", "iso", " ISO "}) {
            MappedDates iso = new MappedDates(pattern);
            assertEquals(DatePrecision.EXACT_DAY, iso.precision(), "pattern " + pattern);
            assertEquals(LocalDate.of(2014, 6, 10), iso.parse("2014-06-10"));
            assertEquals(LocalDate.of(2014, 6, 10), iso.parse("2014-06-10 00:00:00"));
        }
    }

    @Test
    void mappedDatesFollowThePatternCaseInsensitiveWithEnglishMonths() {
        MappedDates dmy = new MappedDates(" d/M/yyyy ");
        assertEquals(DatePrecision.EXACT_DAY, dmy.precision());
        assertEquals(LocalDate.of(2014, 6, 10), dmy.parse("10/6/2014"));
        MappedDates named = new MappedDates("d MMM yyyy");
        assertEquals(LocalDate.of(2014, 6, 10), named.parse("10 JUN 2014"));
        assertEquals(LocalDate.of(2014, 6, 10), named.parse("10 jun 2014"));
    }

    @Test
    void aWorkbookDateCellIsTakenAsIsoWhateverThePattern() {
        MappedDates dmy = new MappedDates("d/M/yyyy");
        assertEquals(LocalDate.of(2014, 6, 10), dmy.parse("2014-06-10"));
        assertEquals(LocalDate.of(2014, 6, 10), dmy.parse("2014-06-10 13:30:00"));
    }

    @Test
    void aPatternWithoutADayReadsMonthsAndWithoutAMonthYears() {
        MappedDates month = new MappedDates("MM/yyyy");
        assertEquals(DatePrecision.MONTH, month.precision());
        assertEquals(LocalDate.of(2014, 6, 1), month.parse("06/2014"));
        MappedDates standalone = new MappedDates("LLL yyyy");
        assertEquals(DatePrecision.MONTH, standalone.precision());
        assertEquals(LocalDate.of(2014, 6, 1), standalone.parse("Jun 2014"));
        MappedDates year = new MappedDates("yyyy");
        assertEquals(DatePrecision.YEAR, year.precision());
        assertEquals(LocalDate.of(2014, 1, 1), year.parse("2014"));
    }

    @Test
    void aValueThatIsNoDateSaysWhatWasExpected() {
        IllegalArgumentException iso = assertThrows(IllegalArgumentException.class,
                () -> new MappedDates(null).parse("10/6/2014"));
        assertEquals("not a date (expected YYYY-MM-DD): '10/6/2014'", iso.getMessage());
        IllegalArgumentException dmy = assertThrows(IllegalArgumentException.class,
                () -> new MappedDates("d/M/yyyy").parse("June 10th"));
        assertEquals("not a date (expected d/M/yyyy): 'June 10th'", dmy.getMessage());
        IllegalArgumentException longText = assertThrows(IllegalArgumentException.class,
                () -> new MappedDates(null).parse("10 June 2014 at noon"));
        assertTrue(longText.getMessage().endsWith("'10 June 2014 at noon'"), longText.getMessage());
    }

    @Test
    void aPatternThatIsNoPatternIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MappedDates("d/M/yyyy {"));
    }
}

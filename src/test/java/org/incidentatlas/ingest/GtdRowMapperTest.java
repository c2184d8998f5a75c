package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.ClaimStatus;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.EventDates;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One GTD row at a time, from {@link GtdTable}'s codebook event, without a file or a database. */
class GtdRowMapperTest {
    private static TableRow row(Object... changes) {
        Map<String, Object> event = GtdTable.event(changes);
        TableHeader header = TestRows.header(GtdTable.COLUMNS.toArray(String[]::new));
        return TestRows.row(header, GtdTable.COLUMNS.stream().map(c -> String.valueOf(event.get(c)))
                .toArray(String[]::new));
    }

    private static Incident read(Object... changes) {
        return new GtdRowMapper("0522").toIncident(row(changes));
    }

    private static FieldException refused(Object... changes) {
        return assertThrows(FieldException.class, () -> read(changes));
    }

    @Test
    void theCodebookEventIsReadFieldByField() {
        Incident in = read();
        assertEquals("gtd", in.provenance().dataset());
        assertEquals("0522", in.provenance().version());
        assertEquals("201406100001", in.provenance().originalId());
        assertEquals(GtdRowMapper.LICENCE, in.provenance().licence());
        assertEquals(EventDates.onDay(LocalDate.of(2014, 6, 10), DatePrecision.EXACT_DAY), in.dates());
        assertEquals("Tall \u2018Afar", in.place().name());
        assertEquals("Nineveh", in.place().adm1());
        assertEquals("Islamic State of Iraq and the Levant (ISIL)", in.actors().sideA());
        assertEquals("Police", in.actors().sideB());
        assertEquals(ClaimStatus.UNCLAIMED, in.actors().claim());
        assertEquals("Bombing/Explosion", in.method());
        assertEquals(new Casualties(Estimate.exactly(5), 1, 0, 0, 4, Estimate.exactly(12), null), in.casualties());
        assertEquals(List.of(
                new Source(null, null, "\"Car bomb hits checkpoint,\" Example Wire, June 10, 2014, "
                        + "https://news.example/iq/1.", "https://news.example/iq/1", null, null, null),
                new Source(null, null, "\"Five dead in Tall \u2018Afar blast,\" Example Daily, June 11, 2014.", null,
                        null, null, null)), in.sourcing().reports());
        assertTrue(in.note().startsWith("06/10/2014: An explosives-laden car"), in.note());
        assertEquals("Police Checkpoint", in.attributes().get("targsubtype1_txt"));
        assertEquals("5", in.attributes().get("nkill"));
        assertEquals("START Primary Collection", in.attributes().get("dbsource"));
        assertFalse(in.attributes().containsKey("approxdate"), "blank columns are left out");
        assertFalse(in.attributes().containsKey("summary"), "the summary is the note");
    }

    @Test
    void unknownDayAndMonthWidenTheDates() {
        assertEquals(new EventDates(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29), DatePrecision.MONTH),
                read("iyear", 2016, "imonth", 2, "iday", 0).dates());
        assertEquals(new EventDates(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), DatePrecision.YEAR),
                read("iyear", 2016, "imonth", 0, "iday", 0).dates());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "iyear|1899|not a year of the GTD: 1899",
        "iyear|2201|not a year of the GTD: 2201",
        "imonth|13|must be 1 to 12, or 0 for unknown (was 13)",
        "imonth|-1|must be 1 to 12, or 0 for unknown (was -1)",
        "iday|32|must be 1 to 31, or 0 for unknown (was 32)",
        "iday|-1|must be 1 to 31, or 0 for unknown (was -1)",
        "iday|31|no day 31 in JUNE 2014",
        "eventid|2014-06|not a GTD event id (digits, e.g. 201401010001): '2014-06'",
        "specificity|0|must be 1 to 5 (was 0)",
        "specificity|6|must be 1 to 5 (was 6)",
        "nkill|-1|must not be negative (was -1)",
        "nwound|x|not a whole number: 'x'",
        "gname|' '|is empty",
    })
    void aValueOutsideTheCodebookIsRefusedNamingItsColumn(String column, String value, String message) {
        FieldException e = refused(column, value);
        assertEquals(column, e.field());
        assertEquals(message, e.getMessage());
    }

    @Test
    void theYearsAtTheEdgesOfTheRangeAreTaken() {
        assertEquals(1900, read("iyear", 1900).dates().start().getYear());
        assertEquals(2200, read("iyear", 2200).dates().start().getYear());
        assertEquals(12, read("imonth", 12, "iday", 1).dates().start().getMonthValue());
        assertEquals(31, read("imonth", 12, "iday", 31).dates().start().getDayOfMonth());
    }

    @Test
    void aDayWithAnUnknownMonthIsRefused() {
        FieldException e = refused("imonth", 0, "iday", 5);
        assertEquals("iday", e.field());
        assertEquals("is 5 but the month is unknown (imonth 0)", e.getMessage());
    }

    @Test
    void anExtendedEventEndsOnItsResolutionWrittenEitherWay() {
        assertEquals(LocalDate.of(2014, 6, 12), read("extended", 1, "resolution", "6/12/2014").dates().end());
        assertEquals(LocalDate.of(2014, 6, 12), read("extended", 1, "resolution", "2014-06-12").dates().end());
        assertEquals(LocalDate.of(2014, 6, 12), read("extended", 1, "resolution", "2014-06-12 00:00:00").dates()
                .end());
        assertEquals(LocalDate.of(2014, 6, 10), read("extended", 1, "resolution", "2014-06-10").dates().end());
        assertEquals(LocalDate.of(2014, 6, 10), read("extended", 0, "resolution", "2014-06-12").dates().end(),
                "a resolution counts only for an extended event");
        assertEquals(LocalDate.of(2014, 6, 10), read("extended", 1, "resolution", "").dates().end());
        FieldException before = refused("extended", 1, "resolution", "6/9/2014");
        assertEquals("resolution", before.field());
        assertEquals("is before the event's start (2014-06-09 < 2014-06-10)", before.getMessage());
        FieldException bad = refused("extended", 1, "resolution", "June 12");
        assertEquals("resolution", bad.field());
        assertEquals("not a date (expected YYYY-MM-DD or M/D/YYYY): 'June 12'", bad.getMessage());
    }

    @Test
    void claimsFollowClaimedThenUncertainty() {
        assertEquals(ClaimStatus.CLAIMED, read("claimed", 1, "guncertain1", 1).actors().claim());
        assertEquals(ClaimStatus.SUSPECTED, read("claimed", 0, "guncertain1", 1).actors().claim());
        assertEquals(ClaimStatus.SUSPECTED, read("claimed", "", "guncertain1", 1).actors().claim());
        assertEquals(ClaimStatus.UNCLAIMED, read("claimed", 0, "guncertain1", 0).actors().claim());
        assertEquals(ClaimStatus.NOT_RECORDED, read("claimed", "", "guncertain1", 0).actors().claim());
        assertEquals(ClaimStatus.NOT_RECORDED, read("claimed", -9, "guncertain1", "").actors().claim());
    }

    @Test
    void attackTypesInOrderAndNoneIsNoMethod() {
        assertEquals("Bombing/Explosion; Armed Assault; Hijacking", read("attacktype2_txt", "Armed Assault",
                "attacktype3_txt", "Hijacking").method());
        assertEquals("Hijacking", read("attacktype1_txt", "", "attacktype3_txt", "Hijacking").method());
        assertNull(read("attacktype1_txt", "").method());
    }

    @Test
    void blankCountsAreUnknownAndPerpetratorsAreSideA() {
        assertEquals(new Casualties(Estimate.exactly(0), 0, 0, 0, 0, null, null),
                read("nkill", "", "nkillter", "", "nwound", "").casualties());
        assertEquals(new Casualties(Estimate.exactly(3), 3, 0, 0, 0, null, null),
                read("nkill", 3, "nkillter", 3, "nwound", "").casualties());
        assertEquals(new Casualties(Estimate.exactly(2), 5, 0, 0, 0, null, null),
                read("nkill", 2, "nkillter", 5, "nwound", "").casualties(), "never a negative rest");
    }

    @Test
    void citationsKeepTheirAddressWithoutTrailingPunctuation() {
        List<Source> reports = read("scite1", "", "scite2", "See (http://a.example/x?id=1).", "scite3",
                "Wire https://b.example/y, June").sourcing().reports();
        assertEquals(List.of("http://a.example/x?id=1", "https://b.example/y"), reports.stream().map(Source::url)
                .toList());
        assertEquals("See (http://a.example/x?id=1).", reports.get(0).title());
    }

    @Test
    void theFormatNeedsItsColumnsAndTakesTheReleaseFromTheFileName() throws Exception {
        GtdFormat format = new GtdFormat();
        assertEquals("0522", GtdFormat.release("globalterrorismdb_0522dist.xlsx"));
        assertEquals("1021", GtdFormat.release("GTD_1021DIST.csv"));
        assertNull(GtdFormat.release("gtd.csv"));
        assertTrue(format.mayBeWindows1252());
        assertTrue(format.recognises(TestRows.header("eventid", "iyear", "imonth", "iday")));
        assertFalse(format.recognises(TestRows.header("iyear", "imonth", "iday")));
        assertFalse(format.recognises(TestRows.header("eventid", "imonth", "iday")));
        assertFalse(format.recognises(TestRows.header("eventid", "iyear", "iday")));
        assertFalse(format.recognises(TestRows.header("eventid", "iyear", "imonth")));
        ImportException e = assertThrows(ImportException.class, () -> format.rows(TestRows.header("eventid",
                "iyear", "imonth", "iday", "latitude"), "g.csv"));
        assertTrue(e.getMessage().startsWith("g.csv: line 1: not a GTD table: missing column(s) extended, "
                + "country_txt,"), e.getMessage());
        TableRow r = row();
        assertEquals("1021", format.rows(r.header(), "globalterrorismdb_1021dist.csv").toIncident(r).provenance()
                .version());
        assertNull(format.rows(r.header(), "gtd.csv").toIncident(r).provenance().version());
    }
}

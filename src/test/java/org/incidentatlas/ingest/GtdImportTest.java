package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Actors;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.ClaimStatus;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.EventDates;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.ViolenceType;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("slow") // imports whole files into a database: PIT runs the readers' own tests instead
class GtdImportTest {
    private static final List<TableFormat> FORMATS = List.of(new GedFormat(null), new GtdFormat());

    @TempDir
    Path dir;

    private static ParsedFile parse(byte[] bytes, String name) throws Exception {
        return new TableReader(FORMATS, null).read(new ByteArrayInputStream(bytes), name, ProgressListener.NONE);
    }

    private static Incident one(Object... changes) throws Exception {
        ParsedFile parsed = parse(new GtdTable().add(GtdTable.event(changes)).csvWindows1252(), "gtd.csv");
        assertEquals(List.of(), parsed.rejections());
        return parsed.incidents().get(0);
    }

    private static List<Rejection> rejected(Object... changes) throws Exception {
        ParsedFile parsed = parse(new GtdTable().add(GtdTable.event()).add(GtdTable.event(changes))
                .csvWindows1252(), "gtd.csv");
        assertEquals(1, parsed.incidents().size());
        return parsed.rejections();
    }

    @Test
    void windows1252CsvRowIsMappedFieldByFieldFromTheCodebook() throws Exception {
        Incident in = one();
        assertEquals(new EventDates(LocalDate.of(2014, 6, 10), LocalDate.of(2014, 6, 10), DatePrecision.EXACT_DAY),
                in.dates());
        assertEquals(new Place("Tall \u2018Afar", "Nineveh", null, 36.3765, 42.4497, LocationPrecision.NEAR),
                in.place());
        assertEquals(new Actors("Islamic State of Iraq and the Levant (ISIL)", "Police", ClaimStatus.UNCLAIMED),
                in.actors());
        assertEquals(ViolenceType.NOT_CODED, in.type());
        assertEquals("Bombing/Explosion", in.method());
        assertEquals(new Casualties(Estimate.exactly(5), 1, 0, 0, 4, Estimate.exactly(12), null), in.casualties());
        assertEquals(List.of(
                new Source(null, null, "\"Car bomb hits checkpoint,\" Example Wire, June 10, 2014, "
                        + "https://news.example/iq/1.", "https://news.example/iq/1", null, null, null),
                new Source(null, null, "\"Five dead in Tall \u2018Afar blast,\" Example Daily, June 11, 2014.", null,
                        null, null, null)), in.sourcing().reports());
        assertEquals(new Provenance("gtd", null, "201406100001", GtdRowMapper.LICENCE), in.provenance());
        assertEquals(IncidentId.parse("gtd:201406100001"), in.id());
        assertEquals("06/10/2014: An explosives-laden car was detonated at a police checkpoint \u2013 five died.",
                in.note());
        Map<String, String> kept = in.attributes();
        assertEquals("5", kept.get("nkill"));
        assertEquals("1", kept.get("nkillter"));
        assertEquals("12", kept.get("nwound"));
        assertEquals("1", kept.get("crit3"));
        assertEquals("0", kept.get("doubtterr"));
        assertEquals("Explosives", kept.get("weaptype1_txt"));
        assertEquals("Police", kept.get("targtype1_txt"));
        assertEquals("0", kept.get("claimed"));
        assertNull(kept.get("approxdate"), "blank cells are not kept");
    }

    @Test
    void unknownDayMakesAMonthAndUnknownMonthAYear() throws Exception {
        assertEquals(new EventDates(LocalDate.of(2014, 6, 1), LocalDate.of(2014, 6, 30), DatePrecision.MONTH),
                one("iday", 0, "approxdate", "June 2014").dates());
        assertEquals("June 2014", one("iday", 0, "approxdate", "June 2014").attributes().get("approxdate"));
        assertEquals(new EventDates(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31), DatePrecision.YEAR),
                one("imonth", 0, "iday", 0).dates());
    }

    @Test
    void extendedEventEndsOnItsResolutionDate() throws Exception {
        Incident in = one("extended", 1, "resolution", "6/14/2014");
        assertEquals(new EventDates(LocalDate.of(2014, 6, 10), LocalDate.of(2014, 6, 14), DatePrecision.EXACT_DAY),
                in.dates());
        assertEquals("1", in.attributes().get("extended"));
        assertEquals(LocalDate.of(2014, 6, 10), one("extended", 0, "resolution", "6/14/2014").dates().end(),
                "a resolution date counts only for an extended event");
    }

    @ParameterizedTest
    @CsvSource({"1, NEAR", "2, DISTRICT", "3, DISTRICT", "4, GOVERNORATE", "5, COUNTRY"})
    void specificityMapsToLocationPrecision(int specificity, LocationPrecision expected) throws Exception {
        assertEquals(expected, one("specificity", specificity).place().precision());
    }

    @ParameterizedTest
    @CsvSource({"1, 0, CLAIMED", "0, 1, SUSPECTED", "0, 0, UNCLAIMED", "-9, 0, NOT_RECORDED", "'', 0, NOT_RECORDED"})
    void claimAndUncertainGroupMapToTheClaimStatus(String claimed, int uncertain, ClaimStatus expected)
            throws Exception {
        assertEquals(expected, one("claimed", claimed, "guncertain1", uncertain).actors().claim());
    }

    @Test
    void everyAttackTypeIsTheMethodAndBlankCountsStayUnknown() throws Exception {
        Incident in = one("attacktype2_txt", "Armed Assault", "nkill", "", "nkillter", "", "nwound", "");
        assertEquals("Bombing/Explosion; Armed Assault", in.method());
        assertEquals(new Casualties(Estimate.exactly(0), 0, 0, 0, 0, null, null), in.casualties());
        assertNull(in.attributes().get("nkill"));
    }

    @Test
    void workbookReadsToTheSameIncidentsAsTheCsv() throws Exception {
        GtdTable table = new GtdTable().add(GtdTable.event())
                .add(GtdTable.event("eventid", "201406110002", "iday", 0, "latitude", 33.3128, "longitude", 44.3615,
                        "city", "Baghdad", "provstate", "Baghdad", "scite2", "", "nkill", 0));
        ParsedFile csv = parse(table.csvWindows1252(), "gtd.csv");
        ParsedFile book = parse(table.xlsx(), "gtd.xlsx");
        assertEquals(List.of(), book.rejections());
        assertEquals(csv.incidents(), book.incidents());
    }

    @Test
    void utf8CsvReadsTheSameAsWindows1252() throws Exception {
        GtdTable table = new GtdTable().add(GtdTable.event());
        assertEquals(parse(table.csvWindows1252(), "gtd.csv").incidents(),
                parse(table.csv().getBytes(java.nio.charset.StandardCharsets.UTF_8), "gtd.csv").incidents());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "iday | 31 | no day 31 in JUNE 2014",
        "imonth | 13 | must be 1 to 12, or 0 for unknown (was 13)",
        "iyear | 14 | not a year of the GTD: 14",
        "specificity | 7 | must be 1 to 5 (was 7)",
        "latitude | '' | is empty",
        "longitude | 442.4 | must be between -180 and 180 (was 442.4)",
        "eventid | IRQ-1 | not a GTD event id (digits, e.g. 201401010001): 'IRQ-1'",
        "nkill | -3 | must not be negative (was -3)",
        "nwound | 2.5 | not a whole number: '2.5'",
        "gname | '' | is empty"})
    void badValueIsRejectedNamingLineAndColumn(String column, String value, String reason) throws Exception {
        assertEquals(List.of(new Rejection("line 3", column, reason)), rejected("eventid", "201406100002", column,
                value));
    }

    @Test
    void resolutionBeforeTheStartIsRejected() throws Exception {
        assertEquals(List.of(new Rejection("line 3", "resolution", "is before the event's start (2014-06-01 < "
                + "2014-06-10)")), rejected("eventid", "201406100002", "extended", 1, "resolution", "6/1/2014"));
    }

    @Test
    void tableWithoutAGtdColumnIsRefusedNamingIt() {
        String csv = new GtdTable().add(GtdTable.event()).csv().replaceFirst(",scite1,", ",source1,");
        ImportException e = assertThrows(ImportException.class, () -> parse(csv.getBytes(GtdTable.WINDOWS_1252),
                "gtd.csv"));
        assertEquals("gtd.csv: line 1: not a GTD table: missing column(s) scite1", e.getMessage());
    }

    @Test
    void importerRecognisesGtdByItsHeaderAndTakesTheReleaseFromTheFileName() throws Exception {
        Path file = Files.write(dir.resolve("globalterrorismdb_0522dist.xlsx"),
                new GtdTable().add(GtdTable.event()).xlsx());
        Database db = Database.open(dir.resolve("db"));
        try {
            IncidentRepository repository = new IncidentRepository(db);
            ImportReport report = new Importer(repository).importFile(file, false, ProgressListener.NONE);
            assertTrue(report.committed(), report.describe());
            Incident stored = repository.find(IncidentId.parse("gtd:201406100001")).orElseThrow();
            assertEquals("0522", stored.provenance().version());
            assertEquals(ViolenceType.NOT_CODED, stored.type());
            assertEquals(one().casualties(), stored.casualties());
        } finally {
            db.close();
        }
    }
}

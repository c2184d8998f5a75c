package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.incidentatlas.domain.Actors;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.ClaimStatus;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.EventDates;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.PartialDate;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.Sourcing;
import org.incidentatlas.domain.ViolenceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GedCsvReaderTest {
    private static final String CITATION_NOTE = "short citation as given by UCDP";

    @Test
    void everyRowOfTheRealSampleImportsWithoutRejection() throws Exception {
        ParsedFile parsed = GedSample.parse(GedSample.text());
        assertEquals("sample.csv", parsed.file());
        assertEquals(11, parsed.recordsRead());
        assertEquals(List.of(), parsed.rejections());
        assertEquals(List.of("274540", "114179", "164062", "137739", "147944", "145155", "144887", "176092",
                "196995", "145517", "145064"),
                parsed.incidents().stream().map(i -> i.provenance().originalId()).toList());
    }

    @Test
    void importSplitsEachReportIntoASource() throws Exception {
        Incident talAfar = GedSample.incident(GedSample.parse(GedSample.text()), "274540");
        PartialDate christmas = new PartialDate(2018, 12, 25);
        assertEquals(List.of(
                new Source("Agence France Presse", christmas, "Car bomb in Iraq's Tal Afar kills two", null, null,
                        null, null),
                new Source("Reuters News", christmas,
                        "UPDATE 2-Two dead, 11 wounded by car bomb in northern Iraqi city Tal Afar", null, null, null,
                        null)),
                talAfar.sourcing().reports());
        assertEquals(2, talAfar.sourcing().reportedCount());
        assertEquals("Iraq's joint operations, IS", talAfar.sourcing().originalSources());
        assertEquals(List.of(), talAfar.irregularities());
    }

    @Test
    void wholeRecordIsMappedFieldByField() throws Exception {
        Incident talAfar = GedSample.incident(GedSample.parse(GedSample.text()), "274540");
        Incident expected = new Incident(
                EventDates.onDay(LocalDate.of(2018, 12, 25), DatePrecision.EXACT_DAY),
                new Place("Tall ‘Afar town", "Nīnawá province", "Qaḑā’ Tall ‘Afar", 36.379134, 42.448065,
                        LocationPrecision.EXACT),
                new Actors("IS", "Civilians", ClaimStatus.NOT_RECORDED),
                ViolenceType.ONE_SIDED, null,
                new Casualties(Estimate.exactly(2), 0, 0, 2, 0, null, null),
                new Sourcing(talAfar.sourcing().reports(), 2, 1, "Iraq's joint operations, IS"),
                new Provenance("ucdp-ged", "19.1", "274540", "CC BY 4.0"),
                Map.ofEntries(Map.entry("year", "2018"), Map.entry("active_year", "1"),
                        Map.entry("conflict_new_id", "506"), Map.entry("conflict_name", "IS - Civilians"),
                        Map.entry("dyad_new_id", "973"), Map.entry("dyad_name", "IS - Civilians"),
                        Map.entry("side_a_new_id", "234"), Map.entry("side_b_new_id", "1"),
                        Map.entry("priogrid_gid", "181885"), Map.entry("country", "Iraq"),
                        Map.entry("country_id", "645"), Map.entry("region", "Middle East")),
                null, null);
        assertEquals(expected, talAfar);
    }

    @Test
    void headlineWithASemicolonStaysOneSource() throws Exception {
        Incident baiji = GedSample.incident(GedSample.parse(GedSample.text()), "114179");
        assertEquals(List.of(new Source("Reuters News", new PartialDate(2014, 2, 22),
                "Militants briefly occupy north Iraq town; attacks kill 21", null, "Police, witnesses", null, null)),
                baiji.sourcing().reports());
    }

    @Test
    void quotedMultiLineFieldImports() throws Exception {
        Incident kurdistan = GedSample.incident(GedSample.parse(GedSample.text()), "164062");
        assertEquals("UN", kurdistan.sourcing().originalSources());
        assertEquals(List.of(new Source("R", new PartialDate(1991, 9, 16), ".", null, "UN", null, null)),
                kurdistan.sourcing().reports());
        assertEquals(new EventDates(LocalDate.of(1991, 9, 9), LocalDate.of(1991, 9, 16), DatePrecision.MONTH),
                kurdistan.dates());
        assertEquals(new Place("Iraq", null, null, 33.0, 44.0, LocationPrecision.COUNTRY), kurdistan.place());
        assertEquals(new Casualties(Estimate.exactly(20), 0, 0, 0, 20, null, null), kurdistan.casualties());
    }

    @Test
    void shortCitationOfAnOlderEventIsKeptAsTheTitle() throws Exception {
        Incident baghdad = GedSample.incident(GedSample.parse(GedSample.text()), "137739");
        assertEquals(List.of(new Source(null, null, "r 25/2", null, "police", null, CITATION_NOTE)),
                baghdad.sourcing().reports());
        assertNull(baghdad.sourcing().reportedCount(), "number_of_sources -1 means not recorded");
        assertEquals(new Estimate(0, 0, 14), baghdad.casualties().deaths());
    }

    @Test
    void citationWithCommasIsOneSource() throws Exception {
        Incident dukan = GedSample.incident(GedSample.parse(GedSample.text()), "145064");
        assertEquals(List.of(new Source(null, null, "r 29/1, r 30/1", null, "PUK, government", null,
                CITATION_NOTE)), dukan.sourcing().reports());
    }

    @Test
    void lowAboveBestIsKeptAsPublishedAndFlagged() throws Exception {
        Incident halabja = GedSample.incident(GedSample.parse(GedSample.text()), "147944");
        assertEquals(new Estimate(29, 28, 64), halabja.casualties().deaths());
        assertFalse(halabja.casualties().deaths().ordered());
        assertEquals(List.of("deaths: low (29) is above best (28) as published"), halabja.irregularities());
    }

    @Test
    void bestAboveHighIsKeptAsPublishedAndFlagged() throws Exception {
        Incident basra = GedSample.incident(GedSample.parse(GedSample.text()), "145155");
        assertEquals(new Estimate(22, 22, 21), basra.casualties().deaths());
        assertFalse(basra.casualties().deaths().ordered());
        assertEquals(List.of("deaths: best (22) is above high (21) as published"), basra.irregularities());
    }

    @ParameterizedTest
    @CsvSource({
        "274540, EXACT_DAY, EXACT",
        "114179, WITHIN_DAYS, NEAR",
        "164062, MONTH, COUNTRY",
        "137739, WITHIN_DAYS, EXACT",
        "144887, WEEK, GOVERNORATE",
        "176092, YEAR, COUNTRY",
        "196995, WITHIN_DAYS, DISTRICT",
        "145517, WITHIN_DAYS, APPROXIMATE",
        "145064, EXACT_DAY, WATERS_OR_AIRSPACE"
    })
    void precisionCodesMapToTheirMeaning(String id, DatePrecision date, LocationPrecision where) throws Exception {
        Incident incident = GedSample.incident(GedSample.parse(GedSample.text()), id);
        assertEquals(date, incident.dates().precision());
        assertEquals(where, incident.place().precision());
    }

    @Test
    void yearPrecisionEventSpansTheYear() throws Exception {
        Incident incident = GedSample.incident(GedSample.parse(GedSample.text()), "176092");
        assertEquals(new EventDates(LocalDate.of(1989, 1, 1), LocalDate.of(1989, 12, 31), DatePrecision.YEAR),
                incident.dates());
        assertEquals(2, incident.sourcing().eventClarity());
    }

    @ParameterizedTest
    @CsvSource({"274540, ONE_SIDED", "114179, STATE_BASED", "147944, NON_STATE", "145517, NON_STATE"})
    void violenceTypeMapsToItsMeaning(String id, ViolenceType type) throws Exception {
        assertEquals(type, GedSample.incident(GedSample.parse(GedSample.text()), id).type());
    }

    @Test
    void datasetAttributesAreKeptAsPublished() throws Exception {
        ParsedFile parsed = GedSample.parse(GedSample.text());
        Map<String, String> halabja = GedSample.incident(parsed, "147944").attributes();
        assertEquals("Ansar al-Islam - PUK", halabja.get("conflict_name"));
        assertEquals("4580", halabja.get("conflict_new_id"));
        assertEquals("5190", halabja.get("dyad_new_id"));
        Map<String, String> kuwait = GedSample.incident(parsed, "144887").attributes();
        assertEquals("Iraq - Kuwait", kuwait.get("conflict_name"));
        assertEquals("645.0", kuwait.get("gwnoa"));
        assertEquals("690.0", kuwait.get("gwnob"));
        assertFalse(GedSample.incident(parsed, "274540").attributes().containsKey("gwnoa"),
                "a blank value is not kept");
    }

    @Test
    void provenanceNamesDatasetReleaseAndLicence() throws Exception {
        Incident incident = GedSample.incident(GedSample.parse(GedSample.text()), "196995");
        assertEquals(new Provenance("ucdp-ged", "19.1", "196995", "CC BY 4.0"), incident.provenance());
    }

    @Test
    void releaseIsLeftOpenWhenUnknown() throws Exception {
        ParsedFile parsed = new GedCsvReader(null).read(utf8(GedSample.text()), "events.csv", ProgressListener.NONE);
        assertNull(parsed.incidents().get(0).provenance().version());
    }

    @ParameterizedTest
    @CsvSource({
        "114179, ',34.9307,', 3",
        "137739, ',33.340582,', 6",
        "147944, ',35.256583,', 7",
        "145064, ',36.129213,', 13"
    })
    void rejectionNamesTheFileLineAndColumnAlsoAfterAMultiLineRow(String id, String latitude, int line)
            throws Exception {
        String text = GedSample.edit(GedSample.text(), id, latitude, ",123,");
        ParsedFile parsed = GedSample.parse(text);
        assertEquals(List.of(new Rejection("line " + line, "latitude", "must be between -90 and 90 (was 123)")),
                parsed.rejections());
        assertEquals(11, parsed.recordsRead());
        assertEquals(10, parsed.incidents().size());
        assertTrue(parsed.incidents().stream().noneMatch(i -> i.provenance().originalId().equals(id)));
    }

    @Test
    void everyBadRowIsRejectedInFileOrder() throws Exception {
        String text = GedSample.edit(GedSample.text(), "145064", ",36.129213,44.915514,", ",36.129213,244.9,");
        text = GedSample.edit(text, "114179", "2014-02-21,2014-02-22", "2014-02-21,2014-02-30");
        ParsedFile parsed = GedSample.parse(text);
        assertEquals(List.of(
                new Rejection("line 3", "date_end",
                        "not a date (expected YYYY-MM-DD, optionally followed by a time of day): '2014-02-30'"),
                new Rejection("line 13", "longitude", "must be between -180 and 180 (was 244.9)")),
                parsed.rejections());
    }

    @Test
    void lineNumbersCountBlankLines() throws Exception {
        String crlf = GedSample.CRLF;
        String text = GedSample.text().replace(crlf + "137739,", crlf + crlf + "137739,");
        text = GedSample.edit(text, "147944", ",35.256583,", ",-91,");
        ParsedFile parsed = GedSample.parse(text);
        assertEquals(11, parsed.recordsRead());
        assertEquals(List.of(new Rejection("line 8", "latitude", "must be between -90 and 90 (was -91)")),
                parsed.rejections());
    }

    @Test
    void fileWithUnixLineEndsReadsTheSame() throws Exception {
        String text = GedSample.edit(GedSample.text(), "147944", ",35.256583,", ",123,").replace("\r\n", "\n");
        ParsedFile parsed = GedSample.parse(text);
        assertEquals(10, parsed.incidents().size());
        assertEquals(List.of(new Rejection("line 7", "latitude", "must be between -90 and 90 (was 123)")),
                parsed.rejections());
        assertEquals(GedSample.parse(GedSample.text()).incidents().get(2), parsed.incidents().get(2));
    }

    @Test
    void byteOrderMarkBeforeTheHeaderIsIgnored() throws Exception {
        ParsedFile parsed = GedSample.parse("\uFEFF" + GedSample.text());
        assertEquals(List.of(), parsed.rejections());
        assertEquals(GedSample.parse(GedSample.text()).incidents(), parsed.incidents());
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("274540,2018", ",2018", "id", "is empty"),
                Arguments.of(",1,2018-12-25,2018-12-25,", ",1,2018-12-32,2018-12-25,", "date_start",
                        "not a date (expected YYYY-MM-DD, optionally followed by a time of day): '2018-12-32'"),
                Arguments.of(",1,2018-12-25,2018-12-25,", ",9,2018-12-25,2018-12-25,", "date_prec",
                        "date_prec must be 1 to 5 (was 9)"),
                Arguments.of("IS\",1,Tall", "IS\",0,Tall", "where_prec", "where_prec must be 1 to 7 (was 0)"),
                Arguments.of("2018,2018,3,506", "2018,2018,4,506", "type_of_violence",
                        "type_of_violence must be 1, 2 or 3 (was 4)"),
                Arguments.of(",2,2,2\r\n", ",2,two,2\r\n", "best", "not a whole number: 'two'"),
                Arguments.of(",0,0,2,0,2,2,2", ",0,0,-2,0,2,2,2", "deaths_civilians", "must not be negative (was -2)"),
                Arguments.of(",42.448065,", ",200,", "longitude", "must be between -180 and 180 (was 200)"),
                Arguments.of(",36.379134,", ",north,", "latitude", "not a number: 'north'"),
                Arguments.of(",36.379134,", ",NaN,", "latitude", "must be between -90 and 90 (was NaN)"),
                Arguments.of(",36.379134,", ",,", "latitude", "is empty"),
                Arguments.of("234,,IS,1", "234,,,1", "side_a", "is empty"),
                Arguments.of(",Civilians,2,", ",Civilians,two,", "number_of_sources", "not a whole number: 'two'"),
                Arguments.of(",1,2018-12-25,2018-12-25,", ",1,2018-12-25,2018-12-24,", "date_end",
                        "is before date_start (2018-12-24 < 2018-12-25)"),
                Arguments.of("Middle East,1,1,", "Middle East,3,1,", null,
                        "sourcing.eventClarity must be 1 or 2 (was 3)"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void badValueIsRejectedNamingLineColumnAndReason(String from, String to, String column, String reason)
            throws Exception {
        ParsedFile parsed = GedSample.parse(GedSample.edit(GedSample.text(), "274540", from, to));
        assertEquals(List.of(new Rejection("line 2", column, reason)), parsed.rejections());
        assertEquals(10, parsed.incidents().size());
    }

    @Test
    void rowWithTheWrongNumberOfFieldsIsRejectedAsAWhole() throws Exception {
        ParsedFile parsed = GedSample.parse(GedSample.header() + "274540,2018,1\r\n" + GedSample.record("114179"));
        assertEquals(List.of(new Rejection("line 2", null, "expected 45 fields, found 3")), parsed.rejections());
        assertEquals(1, parsed.incidents().size());
    }

    @Test
    void progressEndsWithAllRowsDone() throws Exception {
        List<long[]> calls = new ArrayList<>();
        new GedCsvReader("19.1").read(utf8(GedSample.text()), "sample.csv",
                (done, total, message) -> calls.add(new long[] {done, total}));
        assertFalse(calls.isEmpty());
        long[] last = calls.get(calls.size() - 1);
        assertEquals(11, last[0]);
        assertEquals(11, last[1]);
    }

    private static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One GED row mapped straight from its cells: the checks the sample file never trips; no file or database. */
class GedRowMapperTest {
    /** Record 274540 of the GED sample (Tall Afar, 36.379134 N 42.448065 E), with {@code changes} applied. */
    private static Incident read(String... changes) throws Exception {
        Map<String, String> row;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(GedSample.text())) {
            row = new LinkedHashMap<>(it.next());
        }
        for (int i = 0; i < changes.length; i += 2) {
            row.put(changes[i], changes[i + 1]);
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> e : row.entrySet()) {
            columns.put(e.getKey(), values.size());
            values.add(e.getValue());
        }
        return new GedRowMapper(columns, "25.1").toIncident(values.toArray(String[]::new));
    }

    private static FieldException refused(String... changes) {
        return assertThrows(FieldException.class, () -> read(changes));
    }

    @Test
    void aGeometryThatRepeatsThePositionIsTaken() throws Exception {
        assertEquals(36.379134, read("geom_wkt", "POINT (42.448065 36.379134)").place().latitude());
        assertEquals(36.379134, read("geom_wkt", " POINT(42.44807 36.37913) ").place().latitude(),
                "within a ten-thousandth of a degree");
        assertEquals(36.379134, read("geom_wkt", "").place().latitude(), "a blank geometry checks nothing");
        assertEquals(36.379134, read("geom_wkt", "LINESTRING (1 2, 3 4)").place().latitude(),
                "nor does a geometry that is not a point");
    }

    @Test
    void swappedCoordinatesAreSaidToBeSwapped() {
        FieldException e = refused("geom_wkt", "POINT (36.379134 42.448065)");
        assertEquals("latitude", e.field());
        assertEquals("latitude and longitude are swapped (geom_wkt gives POINT (36.379134 42.448065), i.e. latitude "
                + "42.448065, longitude 36.379134)", e.getMessage());
    }

    @Test
    void aGeometryElsewhereIsSaidToDisagree() {
        FieldException e = refused("geom_wkt", "POINT (42.448065 -36.379134)");
        assertEquals("latitude", e.field());
        assertEquals("latitude 36.379134, longitude 42.448065 disagree with geom_wkt POINT (42.448065 -36.379134)",
                e.getMessage());
        assertEquals("latitude", refused("geom_wkt", "POINT (42.4482 36.379134)").field(), "off by 0.00013");
        assertEquals("latitude", refused("geom_wkt", "POINT (36.379134 42.4482)").field());
        assertEquals("latitude", refused("latitude", "42.448065", "longitude", "42.448065", "geom_wkt",
                "POINT (42.448065 36.379134)").field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "true", "FALSE", "", " True "})
    void activeYearAsOldAndNewReleasesWriteIt(String value) throws Exception {
        assertEquals(value.strip().isEmpty() ? null : value.strip(), read("active_year", value).attributes()
                .get("active_year"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "yes", "-1"})
    void anyOtherActiveYearIsRefused(String value) {
        FieldException e = refused("active_year", value);
        assertEquals("active_year", e.field());
        assertEquals("must be 1, 0, true or false (was '" + value + "')", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"2018-12-25 00:00:00.000", "2018-12-25T10:15", "2018-12-25 10:15:30", "2018-12-25 10:15:30.123456789"})
    void datesWithATimeOfDayAreTheirDay(String value) throws Exception {
        assertEquals(LocalDate.of(2018, 12, 25), read("date_start", value, "date_end", value).dates().start());
    }

    @ParameterizedTest
    @CsvSource({"2018-12-25 10", "25/12/2018", "2018-2-25", "2018-12-25x", "2018-02-30 00:00:00"})
    void otherDatesAreRefusedSayingTheFormExpected(String value) {
        FieldException e = refused("date_start", value);
        assertEquals("date_start", e.field());
        assertEquals("not a date (expected YYYY-MM-DD, optionally followed by a time of day): '" + value + "'",
                e.getMessage());
    }

    @Test
    void aDayOutsideTheYearsARecordMayHaveIsRefused() {
        FieldException zero = refused("date_start", "0000-12-31");
        assertEquals("date_start", zero.field());
        assertEquals("is outside the years 1 to 9999 that a record may have (was '0000-12-31')", zero.getMessage());
        FieldException timed = refused("date_end", "0000-12-31 00:00:00");
        assertEquals("date_end", timed.field());
        assertEquals("is outside the years 1 to 9999 that a record may have (was '0000-12-31 00:00:00')",
                timed.getMessage());
    }

    @Test
    void isoDaysAreReadDigitByDigitOrByTheGeneralParser() {
        assertEquals(LocalDate.of(2018, 12, 25), GedRowMapper.isoDay("2018-12-25"));
        assertEquals(LocalDate.of(1, 1, 1), GedRowMapper.isoDay("0001-01-01"));
        assertEquals(LocalDate.of(9999, 9, 9), GedRowMapper.isoDay("9999-09-09"));
        assertThrows(DateTimeParseException.class, () -> GedRowMapper.isoDay("2018-1a-25"));
        assertThrows(DateTimeParseException.class, () -> GedRowMapper.isoDay("2018/12/25"));
        assertThrows(DateTimeParseException.class, () -> GedRowMapper.isoDay("2018-12-2/"));
        assertThrows(DateTimeParseException.class, () -> GedRowMapper.isoDay(":018-12-25"));
        assertThrows(java.time.DateTimeException.class, () -> GedRowMapper.isoDay("2018-13-25"));
    }

    @Test
    void overLongAndUndecodableValuesAreRefusedWithTheirColumn() throws Exception {
        FieldException tooLong = refused("source_headline", "h".repeat(GedRowMapper.MAX_FIELD_LENGTH + 1));
        assertEquals("source_headline", tooLong.field());
        assertEquals("is 100001 characters long; at most 100000 are taken", tooLong.getMessage());
        read("where_description", "w".repeat(GedRowMapper.MAX_FIELD_LENGTH));
        FieldException bad = refused("adm_1", "Ninawa \uFFFD");
        assertEquals("adm_1", bad.field());
        assertEquals("is not UTF-8 text (the file may be in another encoding, e.g. Latin-1 or Windows-1256: save it "
                + "as UTF-8)", bad.getMessage());
        FieldException control = refused("side_b", "Civ\u001Bilians");
        assertEquals("side_b", control.field());
        assertEquals("holds the control character U+001B at character 4; text may hold tabs and line breaks but no "
                + "other control characters", control.getMessage());
    }

    @Test
    void blankKeptColumnsAreLeftOutAndAnUnknownSourceCountIsNone() throws Exception {
        Incident in = read("conflict_name", "  ", "number_of_sources", "-1");
        assertNull(in.attributes().get("conflict_name"));
        assertNull(in.sourcing().reportedCount());
        assertEquals(0, read("number_of_sources", "0").sourcing().reportedCount());
        assertEquals("25.1", in.provenance().version());
        assertEquals("Civilians", in.actors().sideB());
    }

    /** The hand-written reading of geom_wkt takes exactly what the pattern takes, and reads the same numbers. */
    @ParameterizedTest
    @ValueSource(strings = {"POINT (43.462872 34.909324)", "POINT(43 34)", "POINT  ( -43.5\t-34.25 )",
        "POINT (43.462872 34.909324) ", "POINT\n(1\u000B2\f)", "POINT (43. 34)", "POINT (43 34.)", "POINT (43.5)",
        "POINT (4334)", "POINT (43 34", "POINT 43 34)", "POINT (43 34))", "POINT (- 43 34)", "POINT (--43 34)",
        "POINT (+43 34)", "POINT (43,34)", "POINT (1e5 2)", "point (43 34)", "POINTS (43 34)", "POINT", "POINT (",
        "POINT ()", "", "POINT (43 34 5)", "POINT (.5 3)", "POINT (0.5 3.25)x", "POINT (١ ٢)", "MULTIPOINT (1 2)"})
    void geometryIsReadExactlyAsThePatternReadsIt(String wkt) {
        java.util.regex.Matcher m = GedRowMapper.POINT.matcher(wkt);
        double[] xy = GedRowMapper.point(wkt);
        if (!m.matches()) {
            assertNull(xy, wkt);
            return;
        }
        assertEquals(Double.parseDouble(m.group(1)), xy[0], wkt);
        assertEquals(Double.parseDouble(m.group(2)), xy[1], wkt);
    }
}

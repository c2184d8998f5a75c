package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.EventDates;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's table read row by row through a {@link TableMapping}, and the mapping's own checks; no database. */
class MappedRowMapperTest {
    @TempDir
    Path dir;

    private static TableMapping mapping(String... pairs) {
        Map<String, String> values = new HashMap<>();
        values.put("dataset", "mine");
        values.put("startDate", "Start");
        values.put("latitude", "Lat");
        values.put("longitude", "Lon");
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new TableMapping(values);
    }

    /** One row of a table with these columns (name, value, name, value, ...). */
    private static Incident read(TableMapping mapping, String... cells) {
        return new MappedRowMapper(mapping).toIncident(TestRows.pairs(cells));
    }

    private static FieldException refused(TableMapping mapping, String... cells) {
        return assertThrows(FieldException.class, () -> read(mapping, cells));
    }

    @Test
    void withoutAnIdColumnTheRowsLineIsItsIdAndUnmappedColumnsAreAttributes() {
        Incident in = read(mapping("version", "v2", "licence", "CC0"), "Start", "2014-06-10", "Lat", "36.3",
                "Lon", "43.1", "Weather", " rain ", "Empty", " ", "", "under a blank header");
        assertEquals("7", in.provenance().originalId());
        assertEquals("mine", in.provenance().dataset());
        assertEquals("v2", in.provenance().version());
        assertEquals("CC0", in.provenance().licence());
        assertEquals(Map.of("Weather", "rain"), in.attributes());
        assertEquals("unknown", in.actors().sideA());
        assertNull(in.method());
        assertNull(in.note());
        assertNull(in.place().name());
        assertEquals(36.3, in.place().latitude());
        assertEquals(43.1, in.place().longitude());
        assertEquals(List.of(), in.sourcing().reports());
        assertEquals(new Casualties(Estimate.exactly(0), 0, 0, 0, 0, null, null), in.casualties());
        assertEquals(EventDates.onDay(LocalDate.of(2014, 6, 10), DatePrecision.EXACT_DAY), in.dates());
    }

    @Test
    void mappedColumnsFillTheirFields() {
        Incident in = read(mapping("id", "Key", "place", "Where", "actors", "Who", "type", "What",
                "description", "Notes"), "Key", "k-1", "Start", "2014-06-10", "Lat", "36.3", "Lon", "43.1",
                "Where", "Mosul", "Who", "IS", "What", "IED", "Notes", "Two were hurt.");
        assertEquals("k-1", in.provenance().originalId());
        assertEquals("Mosul", in.place().name());
        assertEquals("IS", in.actors().sideA());
        assertEquals("IED", in.method());
        assertEquals("Two were hurt.", in.note());
        assertEquals(Map.of(), in.attributes(), "mapped columns are not attributes");
    }

    @Test
    void aMappedIdColumnLeftBlankIsRefused() {
        FieldException e = refused(mapping("id", "Key"), "Key", " ", "Start", "2014-06-10", "Lat", "1", "Lon", "2");
        assertEquals("Key", e.field());
        assertEquals("is empty", e.getMessage());
    }

    @Test
    void monthAndYearPatternsSpanTheWholeMonthOrYear() {
        Incident feb = read(mapping("dateFormat", "M/yyyy"), "Start", "2/2016", "Lat", "1", "Lon", "2");
        assertEquals(new EventDates(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29), DatePrecision.MONTH),
                feb.dates());
        Incident year = read(mapping("dateFormat", "yyyy"), "Start", "2016", "Lat", "1", "Lon", "2");
        assertEquals(new EventDates(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), DatePrecision.YEAR),
                year.dates());
    }

    @Test
    void anEndDateEndsTheEventAndMayNotComeBeforeItsStart() {
        TableMapping m = mapping("endDate", "End", "dateFormat", "d/M/yyyy");
        Incident in = read(m, "Start", "10/6/2014", "End", "12/6/2014", "Lat", "1", "Lon", "2");
        assertEquals(new EventDates(LocalDate.of(2014, 6, 10), LocalDate.of(2014, 6, 12), DatePrecision.EXACT_DAY),
                in.dates());
        assertEquals(LocalDate.of(2014, 6, 10), read(m, "Start", "10/6/2014", "End", " ", "Lat", "1", "Lon", "2")
                .dates().end(), "a blank end is the start's day");
        assertEquals(LocalDate.of(2014, 6, 10), read(m, "Start", "10/6/2014", "End", "10/6/2014", "Lat", "1",
                "Lon", "2").dates().end());
        FieldException e = refused(m, "Start", "10/6/2014", "End", "9/6/2014", "Lat", "1", "Lon", "2");
        assertEquals("End", e.field());
        assertEquals("is before the start date (2014-06-09 < 2014-06-10)", e.getMessage());
        FieldException bad = refused(m, "Start", "10/6/2014", "End", "soon", "Lat", "1", "Lon", "2");
        assertEquals("End", bad.field());
        assertEquals("not a date (expected d/M/yyyy): 'soon'", bad.getMessage());
    }

    @Test
    void aMissingStartDateOrCoordinateIsRefusedByItsColumn() {
        assertEquals("Start", refused(mapping(), "Start", "", "Lat", "1", "Lon", "2").field());
        FieldException lat = refused(mapping(), "Start", "2014-06-10", "Lat", "91", "Lon", "2");
        assertEquals("Lat", lat.field());
        assertEquals("must be between -90 and 90 (was 91)", lat.getMessage());
        FieldException lon = refused(mapping(), "Start", "2014-06-10", "Lat", "1", "Lon", "181");
        assertEquals("Lon", lon.field());
        assertEquals("must be between -180 and 180 (was 181)", lon.getMessage());
    }

    @Test
    void deathsTakeWhatIsMappedOfLowBestAndHigh() {
        TableMapping all = mapping("deathsLow", "L", "deathsBest", "B", "deathsHigh", "H", "wounded", "W");
        assertEquals(new Casualties(new Estimate(2, 3, 9), 0, 0, 0, 3, Estimate.exactly(4), null),
                read(all, "Start", "2014-06-10", "Lat", "1", "Lon", "2", "L", "2", "B", "3", "H", "9", "W", "4")
                        .casualties());
        assertEquals(new Estimate(2, 2, 9), read(all, "Start", "2014-06-10", "Lat", "1", "Lon", "2", "L", "2",
                "B", "", "H", "9", "W", "").casualties().deaths(), "best falls back to low");
        assertEquals(new Estimate(9, 9, 9), read(all, "Start", "2014-06-10", "Lat", "1", "Lon", "2", "L", "",
                "B", "", "H", "9", "W", "").casualties().deaths(), "then to high");
        assertEquals(new Estimate(5, 5, 5), read(all, "Start", "2014-06-10", "Lat", "1", "Lon", "2", "L", "",
                "B", "5", "H", "", "W", "").casualties().deaths(), "low and high fall back to best");
        assertEquals(new Estimate(6, 4, 6), read(all, "Start", "2014-06-10", "Lat", "1", "Lon", "2", "L", "6",
                "B", "4", "H", "", "W", "").casualties().deaths(), "high is at least low");
        assertNull(read(all, "Start", "2014-06-10", "Lat", "1", "Lon", "2", "W", "").casualties().wounded());
        FieldException e = refused(all, "Start", "2014-06-10", "Lat", "1", "Lon", "2", "B", "-3");
        assertEquals("B", e.field());
        assertEquals("must not be negative (was -3)", e.getMessage());
    }

    @Test
    void sourcesSplitOnSemicolonsAddressesApart() {
        Incident in = read(mapping("source", "Src"), "Start", "2014-06-10", "Lat", "1", "Lon", "2", "Src",
                " AFP ;;https://a.example/1; http://b.example/2 ; ftp://c.example ;");
        assertEquals(List.of(new Source("AFP", null, null, null, null, null, null),
                new Source(null, null, null, "https://a.example/1", null, null, null),
                new Source(null, null, null, "http://b.example/2", null, null, null),
                new Source("ftp://c.example", null, null, null, null, null, null)), in.sourcing().reports());
    }

    @Test
    void aControlCharacterInAnyColumnIsRefusedNamingIt() {
        FieldException e = refused(mapping(), "Start", "2014-06-10", "Lat", "1", "Lon", "2", "Other", "a\u0000b");
        assertEquals("Other", e.field());
        assertTrue(e.getMessage().startsWith("holds the control character U+0000 at character 2"), e.getMessage());
        FieldException text = refused(mapping(), "Start", "2014-06-10", "Lat", "1", "Lon", "2", "Other", "\uFFFD");
        assertEquals("is neither UTF-8 nor Windows-1252 text", text.getMessage());
    }

    @Test
    void theMappingKeepsNonBlankValuesStrippedInItsOwnOrder() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("longitude", " Lon ");
        values.put("place", "  ");
        values.put("dataset", "mine");
        values.put("unknown", "x");
        values.put("startDate", "Start");
        TableMapping m = new TableMapping(values);
        assertEquals(List.of("dataset", "startDate", "longitude"), List.copyOf(m.values().keySet()));
        assertEquals("Lon", m.get("longitude"));
        assertNull(m.get("place"));
        assertNull(m.get("unknown"));
        assertThrows(UnsupportedOperationException.class, () -> m.values().put("latitude", "Lat"));
        assertEquals(List.of("'latitude' must name a column"), m.problems());
        assertEquals(new TableMapping(Map.of("longitude", "Lon", "dataset", "mine", "startDate", "Start")), m);
        assertEquals(new TableMapping(Map.of("longitude", "Lon", "dataset", "mine", "startDate", "Start"))
                .hashCode(), m.hashCode());
        assertNotEquals(mapping(), m);
        assertFalse(m.equals("TableMapping"));
        assertEquals("TableMapping{dataset=mine, startDate=Start, longitude=Lon}", m.toString());
    }

    @Test
    void problemsNameEveryKeyAtFault() {
        TableMapping none = new TableMapping(Map.of("dateFormat", "d/M/yyyy {"));
        List<String> problems = none.problems();
        assertEquals(5, problems.size(), problems.toString());
        assertEquals("'dataset' must be a name of lower-case letters, digits and dashes (was missing)",
                problems.get(0));
        assertEquals(List.of("'startDate' must name a column", "'latitude' must name a column",
                "'longitude' must name a column"), problems.subList(1, 4));
        assertTrue(problems.get(4).startsWith("'dateFormat' is not a date pattern: 'd/M/yyyy {' ("),
                problems.get(4));
        assertEquals(List.of(), mapping("dateFormat", "d/M/yyyy").problems());
    }

    @Test
    void mappingFilesThatCannotBeReadSayWhy() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "null");
        assertEquals("empty.json: empty mapping file", assertThrows(ImportException.class,
                () -> TableMapping.read(empty)).getMessage());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n\"dataset\": \"mine\",\n\"x\" 1}");
        String message = assertThrows(ImportException.class, () -> TableMapping.read(broken)).getMessage();
        assertTrue(message.startsWith("broken.json: line 3: not a mapping (a JSON object of column names): "),
                message);
        Path missing = dir.resolve("missing.json");
        assertEquals(missing + ": no such mapping file", assertThrows(ImportException.class,
                () -> TableMapping.read(missing)).getMessage());
        Path nulls = Files.writeString(dir.resolve("nulls.json"),
                "{\"dataset\": \"mine\", \"startDate\": \"S\", \"latitude\": \"A\", \"longitude\": \"O\","
                        + " \"place\": null}");
        assertNull(TableMapping.read(nulls).get("place"), "a null value is a key not mapped");
    }

    @Test
    void aWrittenMappingReadsBackEqual() throws Exception {
        TableMapping m = mapping("dateFormat", "d/M/yyyy", "source", "Src", "version", "3");
        Path file = dir.resolve("m.json");
        m.write(file);
        assertEquals(m, TableMapping.read(file));
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n  \"dataset\" : \"mine\","), json);
    }
}

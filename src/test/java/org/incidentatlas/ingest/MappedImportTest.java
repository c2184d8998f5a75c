package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Actors;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.ClaimStatus;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.EventDates;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.ViolenceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedImportTest {
    @TempDir
    Path dir;

    private static ParsedFile parse(TableMapping mapping, byte[] bytes, String name) throws Exception {
        return new TableReader(List.of(new MappedFormat(mapping)), null).read(new ByteArrayInputStream(bytes), name,
                ProgressListener.NONE);
    }

    private static TableMapping with(String key, String value) {
        Map<String, String> m = new HashMap<>(IbcTable.mapping().values());
        m.put(key, value);
        return new TableMapping(m);
    }

    @Test
    void iraqBodyCountShapedTableIsReadThroughItsMapping() throws Exception {
        ParsedFile parsed = parse(IbcTable.mapping(), IbcTable.csvBytes(), "ibc.csv");
        assertEquals(List.of(), parsed.rejections());
        Incident first = parsed.incidents().get(0);
        assertEquals(new EventDates(LocalDate.of(2006, 3, 12), LocalDate.of(2006, 3, 12), DatePrecision.EXACT_DAY),
                first.dates());
        assertEquals(new Place("Sadr City, Baghdad", null, null, 33.3921, 44.4660, LocationPrecision.NEAR),
                first.place());
        assertEquals(new Actors("unknown", null, ClaimStatus.NOT_RECORDED), first.actors());
        assertEquals(ViolenceType.NOT_CODED, first.type());
        assertEquals("car bomb", first.method());
        assertEquals(new Casualties(new Estimate(5, 5, 7), 0, 0, 0, 5, null, null), first.casualties());
        assertEquals(List.of(new Source("AFP", null, null, null, null, null, null),
                new Source("Reuters", null, null, null, null, null, null)), first.sourcing().reports());
        assertEquals(new Provenance("ibc", "2024-01", "k10001", "CC BY-NC 4.0"), first.provenance());
        assertEquals(Map.of("Time", "morning", "Target", "market"), first.attributes(),
                "columns the mapping leaves out are kept as published");
        assertEquals(List.of(new Source(null, null, null, "https://news.example/a/2", null, null, null)),
                parsed.incidents().get(1).sourcing().reports());
        assertEquals(LocalDate.of(2006, 4, 3), parsed.incidents().get(2).dates().end());
        assertEquals(new Estimate(4, 4, 4), parsed.incidents().get(2).casualties().deaths());
    }

    @Test
    void patternWithoutADayGivesMonthPrecisionDates() throws Exception {
        String csv = "when,lat,lon\nMar 2006,33.3,44.4\n";
        TableMapping m = new TableMapping(Map.of("dataset", "mine", "startDate", "when", "dateFormat", "MMM yyyy",
                "latitude", "lat", "longitude", "lon"));
        Incident in = parse(m, csv.getBytes(), "mine.csv").incidents().get(0);
        assertEquals(new EventDates(LocalDate.of(2006, 3, 1), LocalDate.of(2006, 3, 31), DatePrecision.MONTH),
                in.dates());
        assertEquals("2", in.provenance().originalId(), "without an id column, the line number is the id");
    }

    @Test
    void workbookDateCellsReadWhateverTheMappingsPattern() throws Exception {
        byte[] book = Workbooks.xlsx(List.of(List.of("IBC code", "Start Date", "Latitude", "Longitude"),
                List.of("k1", LocalDate.of(2006, 3, 12), 33.39, 44.47),
                List.of("k2", LocalDateTime.of(2006, 3, 13, 9, 15), 36.33, 43.12)));
        TableMapping m = new TableMapping(Map.of("dataset", "ibc", "id", "IBC code", "startDate", "Start Date",
                "dateFormat", "d MMM yyyy", "latitude", "Latitude", "longitude", "Longitude"));
        ParsedFile parsed = parse(m, book, "ibc.xlsx");
        assertEquals(List.of(), parsed.rejections());
        assertEquals(LocalDate.of(2006, 3, 13), parsed.incidents().get(1).dates().start());
    }

    @Test
    void badValueIsRejectedNamingTheUsersColumn() throws Exception {
        String csv = IbcTable.CSV.replace("13 Mar 2006", "13/03/2006").replace("33.7476", "337.476");
        ParsedFile parsed = parse(IbcTable.mapping(), csv.getBytes(), "ibc.csv");
        assertEquals(List.of(new Rejection("line 3", "Start Date", "not a date (expected d MMM yyyy): '13/03/2006'"),
                new Rejection("line 4", "Latitude", "must be between -90 and 90 (was 337.476)")), parsed.rejections());
    }

    @Test
    void mappingNamingAColumnTheTableLacksIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> parse(with("wounded", "Injured"),
                IbcTable.csvBytes(), "ibc.csv"));
        assertEquals("ibc.csv: line 1: the mapping names column(s) 'Injured' (for wounded) that the table does not "
                + "have; its columns are IBC code, Start Date, End Date, Time, Location, Target, Weapons, Reported "
                + "Minimum, Reported Maximum, Sources, Latitude, Longitude", e.getMessage());
    }

    @Test
    void savedMappingReadsBackTheSame() throws Exception {
        Path file = dir.resolve("ibc-mapping.json");
        IbcTable.mapping().write(file);
        assertEquals(IbcTable.mapping(), TableMapping.read(file));
        assertEquals(IbcTable.mappingJsonLines(), Files.readAllLines(file));
    }

    @Test
    void mappingFileProblemsAreNamed() throws Exception {
        Path unknown = Files.writeString(dir.resolve("a.json"), "{\"dataset\":\"ibc\",\"startDate\":\"d\","
                + "\"latitude\":\"y\",\"longitude\":\"x\",\"deaths\":\"n\"}");
        assertEquals("a.json: unknown key 'deaths'; a mapping has dataset, dateFormat, version, licence, id, "
                + "startDate, endDate, latitude, longitude, deathsLow, deathsBest, deathsHigh, wounded, place, actors, "
                + "type, description, source", assertThrows(ImportException.class, () -> TableMapping.read(unknown))
                .getMessage());
        Path bad = Files.writeString(dir.resolve("b.json"), "{\"dataset\":\"Iraq Body Count\",\"latitude\":\"y\","
                + "\"longitude\":\"x\",\"dateFormat\":\"d.M.yyyy {\"}");
        String message = assertThrows(ImportException.class, () -> TableMapping.read(bad)).getMessage();
        assertEquals("b.json: 'dataset' must be a name of lower-case letters, digits and dashes (was 'Iraq Body "
                + "Count'); 'startDate' must name a column; 'dateFormat' is not a date pattern: 'd.M.yyyy {'",
                message.substring(0, message.indexOf(" (", message.indexOf("yyyy {"))));
        Path notJson = Files.writeString(dir.resolve("c.json"), "{\"dataset\": \"ibc\",\n \"latitude\": 33}");
        assertEquals("c.json: 'latitude' must be text (a column name), was 33",
                assertThrows(ImportException.class, () -> TableMapping.read(notJson)).getMessage());
    }
}

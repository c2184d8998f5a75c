package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.EventDates;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.SampleIncidents;
import org.incidentatlas.index.AdminAreas;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports grouped by place, area or month: every group's totals, in order, adding up to the incidents given. */
class AggregateExportTest {
    /** Two square governorates side by side: West (IQ01) from 40 to 41 east, East (IQ02) from 41 to 42. */
    private static final String SQUARES = "{\"type\":\"FeatureCollection\",\"features\":["
            + "{\"type\":\"Feature\",\"properties\":{\"ADM1_EN\":\"West\",\"ADM1_PCODE\":\"IQ01\"},\"geometry\":"
            + "{\"type\":\"Polygon\",\"coordinates\":[[[40,30],[41,30],[41,31],[40,31],[40,30]]]}},"
            + "{\"type\":\"Feature\",\"properties\":{\"ADM1_EN\":\"East, upper\",\"ADM1_PCODE\":\"IQ02\"},\"geometry\":"
            + "{\"type\":\"Polygon\",\"coordinates\":[[[41,30],[42,30],[42,31],[41,31],[41,30]]]}}]}";

    @TempDir
    Path dir;

    private static int serial;

    private static Incident at(double lat, double lon, String place, String day, int low, int best, int high) {
        Incident base = SampleIncidents.full("test", "base");
        return new Incident(EventDates.onDay(LocalDate.parse(day), DatePrecision.EXACT_DAY),
                new Place(place, null, null, lat, lon, LocationPrecision.EXACT), base.actors(), base.type(),
                base.method(), new Casualties(new Estimate(low, best, high), 0, 0, 0, best, null, null),
                base.sourcing(), new Provenance("test", "1", "agg-" + serial++, "CC0-1.0"), base.attributes(), null,
                null);
    }

    private static AdminAreas squares() throws IOException {
        return AdminAreas.read(new ByteArrayInputStream(SQUARES.getBytes(StandardCharsets.UTF_8)), 1, "squares");
    }

    private static List<Incident> sample() {
        return List.of(at(30.5, 40.5, "Rutba", "2014-06-10", 1, 2, 3), at(30.5, 40.5, "Rutba", "2014-06-11", 0, 1, 1),
                at(30.5, 41.5, "=Hit", "2014-05-02", 4, 5, 9), at(35.0, 44.0, "Kirkuk", "2014-06-30", 0, 0, 0),
                at(30.2, 41.2, "Qaim", "2013-12-31", 2, 2, 2));
    }

    private static String csv(AggregateExport groups) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        groups.writeCsv(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static AggregateExport grouped(AggregateExport.By by, AdminAreas areas) {
        AggregateExport groups = new AggregateExport(by, areas);
        sample().forEach(groups::add);
        return groups;
    }

    @Test
    void byPlaceSumsEachSpotLargestTollFirstWithItsCoordinates() throws IOException {
        AggregateExport groups = grouped(AggregateExport.By.PLACE, null);
        assertEquals("latitude,longitude,place,incidents,deathsLow,deathsBest,deathsHigh\r\n"
                + "30.5,41.5,'=Hit,1,4,5,9\r\n"
                + "30.5,40.5,Rutba,2,1,3,4\r\n"
                + "30.2,41.2,Qaim,1,2,2,2\r\n"
                + "35.0,44.0,Kirkuk,1,0,0,0\r\n", csv(groups));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        groups.writeGeoJson(out, "Deaths by place");
        JsonNode doc = new ObjectMapper().readTree(out.toByteArray());
        assertEquals("FeatureCollection", doc.get("type").asText());
        assertEquals("Deaths by place", doc.get("name").asText());
        assertEquals(4, doc.get("features").size());
        JsonNode rutba = doc.get("features").get(1);
        assertEquals("Point", rutba.get("geometry").get("type").asText());
        assertEquals(40.5, rutba.get("geometry").get("coordinates").get(0).asDouble(), "longitude first");
        assertEquals(30.5, rutba.get("geometry").get("coordinates").get(1).asDouble());
        assertEquals(2, rutba.get("properties").get("incidents").asInt());
        assertEquals(4, rutba.get("properties").get("deathsHigh").asInt());
        assertEquals("Rutba", rutba.get("properties").get("place").asText());
    }

    @Test
    void byMonthListsMonthsInCalendarOrder() throws IOException {
        AggregateExport groups = grouped(AggregateExport.By.MONTH, null);
        assertEquals("month,incidents,deathsLow,deathsBest,deathsHigh\r\n"
                + "2013-12,1,2,2,2\r\n"
                + "2014-05,1,4,5,9\r\n"
                + "2014-06,3,1,3,4\r\n", csv(groups));
    }

    @Test
    void byAreaNamesAreaAndPcodeAndKeepsTheUnplacedAsOneRowSoAllAddUp() throws IOException {
        AggregateExport groups = grouped(AggregateExport.By.GOVERNORATE, squares());
        assertEquals("governorate,governoratePcode,incidents,deathsLow,deathsBest,deathsHigh\r\n"
                + "\"East, upper\",IQ02,2,6,7,11\r\n"
                + "West,IQ01,2,1,3,4\r\n"
                + "(not placed in any governorate),,1,0,0,0\r\n", csv(groups));
        assertEquals(5, groups.groups().stream().mapToLong(AggregateExport.Group::incidents).sum());
        assertEquals("IQ02", groups.groups().get(0).pcode());
        assertEquals("East, upper", groups.groups().get(0).name());
        assertEquals(7, groups.groups().get(0).deathsBest());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        groups.writeGeoJson(out, "t");
        JsonNode first = new ObjectMapper().readTree(out.toByteArray()).get("features").get(0);
        assertTrue(first.get("geometry").isNull(), "areas are written without geometry");
        assertEquals("IQ02", first.get("properties").get("governoratePcode").asText());
    }

    @Test
    void equalTollsAreOrderedByIncidentsThenByKey() {
        AggregateExport groups = new AggregateExport(AggregateExport.By.PLACE, null);
        groups.add(at(31, 41, "b", "2014-01-01", 1, 1, 1));
        groups.add(at(30, 41, "a", "2014-01-01", 1, 1, 1));
        groups.add(at(32, 41, "c", "2014-01-01", 0, 0, 0));
        groups.add(at(32, 41, "c", "2014-01-01", 1, 1, 1));
        assertEquals(List.of("c", "a", "b"), groups.groups().stream().map(AggregateExport.Group::name).toList());
    }

    @Test
    void wordsAndAreasAreChecked() {
        assertEquals(AggregateExport.By.SUBDISTRICT, AggregateExport.By.of(" SubDistrict "));
        assertEquals("month", AggregateExport.By.MONTH.word());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AggregateExport.By.of("county"));
        assertEquals("--by must be place, governorate, district, subdistrict or month (was 'county')",
                e.getMessage());
        for (AggregateExport.By level : List.of(AggregateExport.By.GOVERNORATE, AggregateExport.By.DISTRICT,
                AggregateExport.By.SUBDISTRICT)) {
            assertEquals("grouping by " + level.word() + " needs its boundaries", assertThrows(
                    IllegalArgumentException.class, () -> new AggregateExport(level, null)).getMessage());
        }
    }

    @Test
    void textCellsAreQuotedAndFormulasDefused() {
        assertEquals("Mosul", AggregateExport.cell("Mosul"));
        assertEquals("", AggregateExport.cell(""));
        assertEquals("'+1", AggregateExport.cell("+1"));
        assertEquals("'-1", AggregateExport.cell("-1"));
        assertEquals("'@SUM(A1)", AggregateExport.cell("@SUM(A1)"));
        assertEquals("\"a \"\"b\"\"\"", AggregateExport.cell("a \"b\""));
        assertEquals("\"a\nb\"", AggregateExport.cell("a\nb"));
        assertEquals("\"a\rb\"", AggregateExport.cell("a\rb"));
        assertEquals("\"'=1,2\"", AggregateExport.cell("=1,2"));
    }

    @Test
    void writeReadsTheChosenRowsAndRefusesKml() throws IOException {
        try (Database db = Database.open(dir.resolve("db"))) {
            IncidentRepository repository = new IncidentRepository(db);
            repository.saveAll(sample());
            Path out = dir.resolve("by-month.csv");
            assertEquals(5, AggregateExport.write(DataFormat.CSV, AggregateExport.By.MONTH, null, repository, null,
                    "t", out));
            assertTrue(Files.readString(out).endsWith("2014-06,3,1,3,4\r\n"), Files.readString(out));
            Path geo = dir.resolve("by-place.geojson");
            AggregateExport.write(DataFormat.GEOJSON, AggregateExport.By.PLACE, null, repository, null, "Title", geo);
            assertEquals("Title", new ObjectMapper().readTree(geo.toFile()).get("name").asText());
            Path kml = dir.resolve("by-month.kml");
            IOException e = assertThrows(IOException.class, () -> AggregateExport.write(DataFormat.KML,
                    AggregateExport.By.MONTH, null, repository, null, "t", kml));
            assertTrue(e.getMessage().contains("--by works with csv and geojson"), e.getMessage());
            assertFalse(Files.exists(kml), "no file is left");
        }
    }
}

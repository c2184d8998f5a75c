package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.SampleIncidents;
import org.junit.jupiter.api.Test;

/** The CSV and GeoJSON writers on a full and a sparse incident, read back by Jackson's own readers. */
class DataWritersTest {
    private static final Incident FULL = SampleIncidents.full("test", "full-1");
    private static final Incident MESSY = SampleIncidents.messy("test", "m-1");

    private static byte[] write(DataWriter w, ByteArrayOutputStream out, Incident... incidents) throws IOException {
        for (Incident i : incidents) {
            w.write(i);
        }
        w.finish();
        return out.toByteArray();
    }

    private static List<Map<String, String>> csv(Incident... incidents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = write(new CsvData(out), out, incidents);
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(bytes)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void aCsvRowHoldsEveryColumnOfAFullIncident() throws IOException {
        List<Map<String, String>> rows = csv(FULL, MESSY);
        assertEquals(2, rows.size());
        Map<String, String> r = rows.get(0);
        assertEquals(CsvData.COLUMNS, new ArrayList<>(r.keySet()));
        assertEquals("test:full-1", r.get("id"));
        assertEquals("2021.1", r.get("dataset_version"));
        assertEquals("full-1", r.get("original_id"));
        assertEquals("CC BY 4.0", r.get("licence"));
        assertEquals("2021", r.get("year"));
        assertEquals("2021-07-19", r.get("date_start"));
        assertEquals("2021-07-20", r.get("date_end"));
        assertEquals(Integer.toString(FULL.dates().precision().gedCode()), r.get("date_prec"));
        assertEquals("3", r.get("type_of_violence"));
        assertEquals("IS", r.get("side_a"));
        assertEquals("Civilians", r.get("side_b"));
        assertEquals("claimed", r.get("claim_status"));
        assertEquals("suicide bombing", r.get("method"));
        assertEquals("Al-Wuhailat market, Sadr City", r.get("where_coordinates"));
        assertEquals("33.3906", r.get("latitude"));
        assertEquals("44.4511", r.get("longitude"));
        assertEquals("2", r.get("where_prec"));
        assertEquals(List.of("0", "0", "35", "0"), List.of(r.get("deaths_a"), r.get("deaths_b"),
                r.get("deaths_civilians"), r.get("deaths_unknown")));
        assertEquals(List.of("30", "35", "36"), List.of(r.get("low"), r.get("best"), r.get("high")));
        assertEquals(List.of("50", "60", "70"), List.of(r.get("wounded_low"), r.get("wounded_best"),
                r.get("wounded_high")));
        assertEquals(List.of("2", "2", "2"), List.of(r.get("missing_low"), r.get("missing_best"),
                r.get("missing_high")));
        assertEquals("3", r.get("number_of_sources"));
        assertEquals("Agence France Presse;Reuters News;", r.get("source_office"));
        assertEquals("2021-07-19;2021-07;2021", r.get("source_date"));
        assertEquals("https://www.example.org/news/2021/07/19;;javascript:alert(1)", r.get("source_url"));
        assertEquals("Iraqi health ministry;police source, anonymous;", r.get("source_quoted"));
        assertEquals("Agence France Presse,2021-07-19,Suicide bomber kills 35 at Baghdad market on eve of Eid;"
                + "Reuters News,2021-07,Blast in Sadr City market;,2021,مدينة الصدر: انفجار في سوق الوحيلات",
                r.get("source_article"));
        assertEquals(3, new ObjectMapper().readTree(r.get("sources_json")).size());
        assertEquals("Location chosen from the first report.", r.get("note"));
        assertEquals(FULL.category().words(), r.get("category"));
    }

    @Test
    void whatASparseIncidentLacksIsAnEmptyCell() throws IOException {
        Map<String, String> r = csv(MESSY).get(0);
        for (String empty : List.of("dataset_version", "licence", "side_b", "method", "where_coordinates", "adm_1",
                "adm_2", "wounded_low", "wounded_best", "wounded_high", "missing_low", "missing_best", "missing_high",
                "note", "source_url", "source_date")) {
            assertEquals("", r.get(empty), empty);
        }
        assertEquals("-33.5", r.get("latitude"), "a negative number stays a number, unquoted");
        assertEquals("1", r.get("number_of_sources"));
        assertEquals("F: militant islamic…", r.get("source_headline"));
        assertEquals(",,F: militant islamic…", r.get("source_article"));
        assertEquals("not_recorded", r.get("claim_status"));
    }

    @Test
    void aCellAFormulaCouldStartGetsAQuote() {
        for (String risky : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + risky, CsvData.inertCell(risky), risky);
        }
        assertEquals("", CsvData.inertCell(""));
        assertEquals("a=1", CsvData.inertCell("a=1"));
        assertEquals("1", CsvData.inertCell("1"));
    }

    @Test
    void geoJsonIsAFeatureCollectionOfLonLatPoints() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonNode doc = new ObjectMapper().readTree(write(new GeoJsonData(out, "June"), out, FULL, MESSY));
        assertEquals("FeatureCollection", doc.get("type").asText());
        assertEquals("June", doc.get("name").asText());
        assertEquals(2, doc.get("features").size());
        JsonNode f = doc.get("features").get(0);
        assertEquals("Feature", f.get("type").asText());
        assertEquals("test:full-1", f.get("id").asText());
        assertEquals("Point", f.get("geometry").get("type").asText());
        assertEquals(44.4511, f.get("geometry").get("coordinates").get(0).asDouble());
        assertEquals(33.3906, f.get("geometry").get("coordinates").get(1).asDouble());
        assertEquals("IS", f.get("properties").get("sideA").asText());
        assertEquals(180.0, doc.get("features").get(1).get("geometry").get("coordinates").get(0).asDouble());

        ByteArrayOutputStream untitled = new ByteArrayOutputStream();
        JsonNode none = new ObjectMapper().readTree(write(new GeoJsonData(untitled, " "), untitled));
        assertFalse(none.has("name"), "a blank title is left out");
        assertEquals(0, none.get("features").size());
        ByteArrayOutputStream noTitle = new ByteArrayOutputStream();
        assertFalse(new ObjectMapper().readTree(write(new GeoJsonData(noTitle, null), noTitle)).has("name"));
    }
}

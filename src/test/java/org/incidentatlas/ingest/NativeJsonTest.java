package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.domain.SampleIncidents;
import org.junit.jupiter.api.Test;

class NativeJsonTest {
    private static final String HEAD = "{\"format\":\"incident-atlas\",\"formatVersion\":1,\"incidents\":[\n";

    private static ParsedFile read(String json) throws Exception {
        return new NativeJsonReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "incidents.json", ProgressListener.NONE);
    }

    private static ImportException refused(String json) {
        return assertThrows(ImportException.class, () -> read(json));
    }

    /** A document with one incident per line: incidents[i] starts on line i + 2. */
    private static String onePerLine(List<String> incidents) {
        return HEAD + String.join(",\n", incidents) + "\n]}\n";
    }

    private static String compact(Incident incident) throws Exception {
        return NativeJson.mapper().writeValueAsString(incident);
    }

    private static Incident talAfar() throws Exception {
        return GedSample.incident(GedSample.parse(GedSample.text()), "274540");
    }

    private static List<String> goodBadGood(String from, String to) throws Exception {
        Incident full = SampleIncidents.full("curated", "c-1");
        String bad = compact(talAfar());
        assertTrue(bad.contains(from), bad);
        return List.of(compact(full), bad.replace(from, to), compact(SampleIncidents.messy("curated", "c-2")));
    }

    @Test
    void writtenIncidentsReadBackEqual() throws Exception {
        List<Incident> incidents = new ArrayList<>(GedSample.parse(GedSample.text()).incidents());
        incidents.add(SampleIncidents.full("curated-2021", "kirkuk-1"));
        incidents.add(SampleIncidents.messy("curated-2021", "halabja-1"));
        ParsedFile parsed = read(NativeJson.toJson(incidents));
        assertEquals(List.of(), parsed.rejections());
        assertEquals(incidents.size(), parsed.recordsRead());
        assertEquals(incidents, parsed.incidents());
    }

    @Test
    void messyFiguresSurviveTheRoundTripAsPublished() throws Exception {
        Incident messy = SampleIncidents.messy("curated", "m-1");
        Incident back = read(NativeJson.toJson(List.of(messy))).incidents().get(0);
        assertEquals(messy.casualties(), back.casualties());
        assertEquals(messy.irregularities(), back.irregularities());
    }

    @Test
    void writeToAStreamGivesTheSameDocument() throws Exception {
        List<Incident> incidents = List.of(talAfar(), SampleIncidents.full("curated", "c-1"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NativeJson.write(incidents, out);
        assertEquals(NativeJson.toJson(incidents), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void documentNamesItsFormatAndVersion() throws Exception {
        JsonNode doc = NativeJson.mapper().readTree(NativeJson.toJson(List.of(talAfar())));
        assertEquals("incident-atlas", doc.get("format").asText());
        assertEquals(1, doc.get("formatVersion").asInt());
        assertEquals(1, doc.get("incidents").size());
        assertEquals("2018-12-25", doc.at("/incidents/0/dates/start").asText());
        assertEquals("2018-12-25", doc.at("/incidents/0/sourcing/reports/0/published").asText());
    }

    @Test
    void emptyDocumentHasNoIncidents() throws Exception {
        ParsedFile parsed = read(NativeJson.toJson(List.of()));
        assertEquals(0, parsed.recordsRead());
        assertEquals(List.of(), parsed.incidents());
    }

    @Test
    void latitudeOffTheGlobeRejectsThatIncidentNamingItsLine() throws Exception {
        ParsedFile parsed = read(onePerLine(goodBadGood("\"latitude\":36.379134", "\"latitude\":95")));
        assertEquals(3, parsed.recordsRead());
        assertEquals(2, parsed.incidents().size());
        assertEquals(1, parsed.rejections().size());
        Rejection r = parsed.rejections().get(0);
        assertEquals("line 3, incidents[1]", r.location());
        assertEquals("place.latitude must be between -90 and 90 (was 95.0)", r.reason());
    }

    @Test
    void latitudeOffTheGlobeIsRejectedNamingTheFieldPlaceLatitude() throws Exception {
        ParsedFile parsed = read(onePerLine(goodBadGood("\"latitude\":36.379134", "\"latitude\":95")));
        assertEquals(List.of(new Rejection("line 3, incidents[1]", "place.latitude",
                "place.latitude must be between -90 and 90 (was 95.0)")), parsed.rejections());
    }

    @Test
    void impossibleDateIsRejectedNamingTheField() throws Exception {
        ParsedFile parsed = read(onePerLine(goodBadGood("\"start\":\"2018-12-25\"", "\"start\":\"2018-12-32\"")));
        Rejection r = parsed.rejections().get(0);
        assertEquals("line 3, incidents[1]", r.location());
        assertEquals("dates.start", r.field());
        assertTrue(r.reason().contains("not a date"), r.reason());
    }

    @Test
    void unknownFieldInAnIncidentIsRejectedNamingIt() throws Exception {
        ParsedFile parsed = read(onePerLine(goodBadGood("\"sideA\":\"IS\"", "\"sideA\":\"IS\",\"colour\":\"red\"")));
        Rejection r = parsed.rejections().get(0);
        assertEquals("line 3, incidents[1]", r.location());
        assertEquals("actors.colour", r.field());
        assertTrue(r.reason().contains("colour"), r.reason());
    }

    @Test
    void nullForACountIsRejectedNamingTheField() throws Exception {
        ParsedFile parsed = read(onePerLine(goodBadGood("\"deathsSideA\":0", "\"deathsSideA\":null")));
        assertEquals("casualties.deathsSideA", parsed.rejections().get(0).field());
    }

    @Test
    void negativeCountIsRejectedWithTheDomainsReason() throws Exception {
        ParsedFile parsed = read(onePerLine(goodBadGood("\"deathsCivilians\":2", "\"deathsCivilians\":-2")));
        Rejection r = parsed.rejections().get(0);
        assertEquals("line 3, incidents[1]", r.location());
        assertEquals("casualties.deathsCivilians must not be negative (was -2)", r.reason());
    }

    @Test
    void brokenJsonIsRefusedNamingFileAndLine() throws Exception {
        List<String> incidents = new ArrayList<>(goodBadGood("\"sideA\":\"IS\",", "\"sideA\":\"IS\" "));
        ImportException e = refused(onePerLine(incidents));
        assertTrue(e.getMessage().startsWith("incidents.json: line 3, at /incidents/1/actors/sideA: broken JSON: "),
                e.getMessage());
    }

    @Test
    void truncatedJsonIsRefusedNamingTheLine() throws Exception {
        String json = onePerLine(List.of(compact(talAfar()), compact(talAfar())));
        ImportException e = refused(json.substring(0, json.length() - 200));
        assertTrue(e.getMessage().startsWith("incidents.json: line 3, at /incidents/1/"), e.getMessage());
        assertTrue(e.getMessage().contains("broken JSON: Unexpected end-of-input"), e.getMessage());
    }

    @Test
    void documentWithoutFormatIsRefused() throws Exception {
        String json = "{\"formatVersion\":1,\"incidents\":[\n" + compact(talAfar()) + "\n]}";
        ImportException e = refused(json);
        assertEquals("incidents.json: line 3: not an Incident Atlas file (no \"format\": \"incident-atlas\")",
                e.getMessage());
    }

    @Test
    void documentOfAnotherFormatIsRefused() {
        ImportException e = refused("{\"format\":\"geojson\",\"features\":[]}");
        assertEquals("incidents.json: line 1: format must be \"incident-atlas\"", e.getMessage());
    }

    @Test
    void laterFormatVersionIsRefused() {
        ImportException e = refused("{\"format\":\"incident-atlas\",\n\"formatVersion\":2,\"incidents\":[]}");
        assertEquals("incidents.json: line 2: formatVersion 2 is not supported (this version reads 1)",
                e.getMessage());
    }

    @Test
    void unknownTopLevelFieldIsRefused() {
        ImportException e = refused("{\"format\":\"incident-atlas\",\"formatVersion\":1,\"extra\":true}");
        assertEquals("incidents.json: line 1: unknown field 'extra'", e.getMessage());
    }

    @Test
    void topLevelArrayIsRefused() {
        ImportException e = refused("[]");
        assertEquals("incidents.json: line 1: expected a JSON object", e.getMessage());
    }

    @Test
    void incidentsThatAreNotAnArrayAreRefused() {
        ImportException e = refused("{\"format\":\"incident-atlas\",\"incidents\":{}}");
        assertEquals("incidents.json: line 1: incidents must be an array", e.getMessage());
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        ImportException e = refused("{\"format\":\"incident-atlas\",\"incidents\":[]}\n{}");
        assertEquals("incidents.json: line 2: unexpected content after the document", e.getMessage());
    }
}

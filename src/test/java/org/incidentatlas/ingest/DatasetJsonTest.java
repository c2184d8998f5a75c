package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.incidentatlas.domain.AttachedReport;
import org.incidentatlas.domain.Change;
import org.incidentatlas.domain.Edit;
import org.incidentatlas.domain.EditKind;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.PartialDate;
import org.incidentatlas.domain.SampleIncidents;
import org.incidentatlas.domain.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset's export with its history and attached reports, written and read back without a database. */
class DatasetJsonTest {
    private static final IncidentId GED = IncidentId.parse("ucdp-ged:114064");
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

    @TempDir
    Path dir;

    private static Edit created(long id, Incident incident) {
        return new Edit(id, incident.provenance().dataset(), incident.id(), AT, EditKind.CREATE, null, false, null,
                List.of(new Change(IncidentFields.WHOLE, null, IncidentFields.json(incident))));
    }

    private static Edit edited(long id, Incident incident, boolean undone, String note) {
        return new Edit(id, incident.provenance().dataset(), incident.id(), AT.plusSeconds(id), EditKind.EDIT, null,
                undone, note, List.of(new Change("casualties.deaths.best", "3", "4"),
                        new Change("note", null, "\"added\""), new Change("method", "\"IED\"", null)));
    }

    private static Source report() {
        return new Source("Rudaw", new PartialDate(2020, 5, 9), "Two killed", "https://rudaw.example/1", null, null,
                null);
    }

    private static DatasetJson.DatasetFile sample() {
        Incident one = SampleIncidents.full("mine", "m-1");
        Incident two = SampleIncidents.messy("mine", "m-2");
        Edit undo = new Edit(3, "mine", one.id(), AT.plusSeconds(9), EditKind.UNDO, 2L, false, null,
                List.of(new Change("casualties.deaths.best", "4", "3")));
        return new DatasetJson.DatasetFile("mine", "Mine, 2026", List.of(one, two),
                List.of(created(1, one), edited(2, one, true, "from the court record"), undo),
                List.of(new AttachedReport("mine", GED, report())));
    }

    private static byte[] written(DatasetJson.DatasetFile data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetJson.write(data, out);
        return out.toByteArray();
    }

    private static DatasetJson.Read read(String json) throws Exception {
        return DatasetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mine.json");
    }

    private static ObjectNode tree(DatasetJson.DatasetFile data) throws Exception {
        return (ObjectNode) NativeJson.mapper().readTree(written(data));
    }

    private static DatasetJson.Read read(JsonNode tree) throws Exception {
        return read(tree.toString());
    }

    @Test
    void aWrittenDatasetReadsBackWhole() throws Exception {
        DatasetJson.DatasetFile data = sample();
        DatasetJson.Read back = read(new String(written(data), StandardCharsets.UTF_8));
        assertEquals(List.of(), back.rejections());
        assertEquals(2, back.incidentsRead());
        assertEquals(data, back.dataset());
    }

    @Test
    void theDocumentHasTheSectionsItsFormatNames() throws Exception {
        ObjectNode doc = tree(sample());
        assertEquals(List.of("format", "formatVersion", "dataset", "incidents", "history", "attachedReports"),
                iterable(doc.fieldNames()));
        assertEquals("incident-atlas", doc.get("format").asText());
        assertEquals(1, doc.get("formatVersion").asInt());
        assertEquals("{\"name\":\"mine\",\"citation\":\"Mine, 2026\",\"editable\":true}", doc.get("dataset")
                .toString());
        JsonNode edit = doc.get("history").get(1);
        assertEquals(2, edit.get("edit").asLong());
        assertEquals("mine:m-1", edit.get("incident").asText());
        assertEquals("mine", edit.get("dataset").asText());
        assertEquals("2026-03-01T10:15:32Z", edit.get("at").asText());
        assertEquals("EDIT", edit.get("kind").asText());
        assertFalse(edit.has("reverts"));
        assertTrue(edit.get("undone").asBoolean());
        assertEquals("from the court record", edit.get("note").asText());
        assertEquals("[{\"field\":\"casualties.deaths.best\",\"old\":3,\"new\":4},{\"field\":\"note\",\"new\":"
                + "\"added\"},{\"field\":\"method\",\"old\":\"IED\"}]", edit.get("changes").toString());
        assertEquals(2, doc.get("history").get(2).get("reverts").asLong());
        assertFalse(doc.get("history").get(0).has("note"));
        JsonNode attached = doc.get("attachedReports").get(0);
        assertEquals("ucdp-ged:114064", attached.get("incident").asText());
        assertEquals("Rudaw", attached.get("report").get("outlet").asText());
        assertEquals("2020-05-09", attached.get("report").get("published").asText());
    }

    @Test
    void aDatasetWithoutCitationHistoryOrReportsIsWrittenSo() throws Exception {
        DatasetJson.DatasetFile bare = new DatasetJson.DatasetFile("mine", null, List.of(), List.of(), List.of());
        ObjectNode doc = tree(bare);
        assertEquals("{\"name\":\"mine\",\"editable\":true}", doc.get("dataset").toString());
        assertEquals("[]", doc.get("history").toString());
        assertEquals("[]", doc.get("attachedReports").toString());
        DatasetJson.Read back = read(doc);
        assertEquals(bare, back.dataset());
        assertNull(back.dataset().citation());
        assertEquals(0, back.incidentsRead());
    }

    @Test
    void sectionsLeftOutReadAsEmpty() throws Exception {
        DatasetJson.Read back = read("{\"format\": \"incident-atlas\", \"formatVersion\": 1, "
                + "\"dataset\": {\"name\": \"mine\"}, \"incidents\": []}");
        assertEquals(List.of(), back.rejections());
        assertEquals(new DatasetJson.DatasetFile("mine", null, List.of(), List.of(), List.of()), back.dataset());
    }

    @Test
    void aDatasetWithoutANameIsRefusedNamingTheKey() {
        for (String dataset : new String[] {"", ", \"dataset\": {}", ", \"dataset\": {\"name\": 7}"}) {
            ImportException e = assertThrows(ImportException.class, () -> read("{\"format\": \"incident-atlas\", "
                    + "\"formatVersion\": 1" + dataset + ", \"incidents\": []}"));
            assertEquals("mine.json: dataset.name is required and must be text", e.getMessage());
        }
    }

    @Test
    void recordsOfAnotherDatasetAreRefusedEachNamingWhere() throws Exception {
        Incident theirs = SampleIncidents.full("theirs", "t-1");
        DatasetJson.DatasetFile mixed = new DatasetJson.DatasetFile("mine", null, List.of(theirs),
                List.of(created(1, theirs)), List.of());
        DatasetJson.Read back = read(tree(mixed));
        assertEquals(List.of(
                new Rejection("incident theirs:t-1", "provenance.dataset", "the incident belongs to 'theirs', not to "
                        + "the dataset 'mine' the file holds"),
                new Rejection("history[0]", "dataset", "the change belongs to 'theirs', not to the dataset 'mine' "
                        + "the file holds")), back.rejections());
    }

    @Test
    void aHistoryEntryThatCannotBeReadIsRefusedNamingItsPlaceAndField() throws Exception {
        ObjectNode doc = tree(sample());
        ((ObjectNode) doc.get("history").get(1)).put("at", "yesterday");
        List<Rejection> r = read(doc).rejections();
        assertEquals(1, r.size(), r.toString());
        assertEquals("history", r.get(0).location());
        assertTrue(r.get(0).reason().startsWith("history[1]: Text 'yesterday' could not be parsed"), r.toString());

        ObjectNode noKind = tree(sample());
        ((ObjectNode) noKind.get("history").get(0)).remove("kind");
        assertEquals("history[0].kind is required and must be text", read(noKind).rejections().get(0).reason());

        ObjectNode notArray = tree(sample());
        notArray.put("history", "none");
        assertEquals(List.of(new Rejection("history", null, "history must be an array")),
                read(notArray).rejections());
    }

    @Test
    void aControlCharacterInTheHistoryOrAnAttachedReportIsRefused() throws Exception {
        ObjectNode doc = tree(sample());
        ((ObjectNode) doc.get("history").get(1)).put("note", "bell\u0007");
        ((ObjectNode) doc.get("attachedReports").get(0).get("report")).put("title", "esc\u001B[2J");
        List<Rejection> r = read(doc).rejections();
        assertEquals(2, r.size(), r.toString());
        assertEquals("history[1]", r.get(0).location());
        assertEquals("note", r.get(0).field());
        assertTrue(r.get(0).reason().startsWith("holds the control character U+0007 at character 5"), r.toString());
        assertEquals("attachedReports[0]", r.get(1).location());
        assertEquals("title", r.get(1).field());
    }

    @Test
    void attachedReportsThatCannotBeReadAreRefusedEachNamingItsPlace() throws Exception {
        ObjectNode doc = tree(sample());
        ArrayNode reports = (ArrayNode) doc.get("attachedReports");
        reports.addObject().put("incident", "ucdp-ged:1");
        reports.addObject().put("incident", "no id").set("report", reports.get(0).get("report"));
        ObjectNode badDate = reports.addObject().put("incident", "ucdp-ged:2");
        badDate.putObject("report").put("outlet", "AFP").put("published", "2020-13-40");
        List<Rejection> r = read(doc).rejections();
        assertEquals(3, r.size(), r.toString());
        assertEquals(new Rejection("attachedReports[1]", null, "needs \"incident\" (an id as text) and \"report\""),
                r.get(0));
        assertEquals("attachedReports[2]", r.get(1).location());
        assertEquals("attachedReports[3]", r.get(2).location());
        assertEquals("published", r.get(2).field());

        ObjectNode notArray = tree(sample());
        notArray.put("attachedReports", 3);
        assertEquals(List.of(new Rejection("attachedReports", null, "attachedReports must be an array")),
                read(notArray).rejections());
    }

    @Test
    void onlyADocumentWithADatasetSectionIsADatasetFile() throws Exception {
        Path dataset = Files.write(dir.resolve("d.json"), written(sample()));
        assertTrue(DatasetJson.isDatasetFile(dataset));
        Path plain = Files.writeString(dir.resolve("p.json"), NativeJson.toJson(List.of(SampleIncidents.full("mine",
                "m-1"))));
        assertFalse(DatasetJson.isDatasetFile(plain), "incidents are skipped whole, not mistaken for a section");
        assertFalse(DatasetJson.isDatasetFile(Files.writeString(dir.resolve("a.json"), "[{\"dataset\": 1}]")));
        assertFalse(DatasetJson.isDatasetFile(Files.writeString(dir.resolve("b.json"), "{\"dataset\" oops")));
        assertFalse(DatasetJson.isDatasetFile(Files.writeString(dir.resolve("c.csv"), "id,dataset\n1,x\n")));
        assertFalse(DatasetJson.isDatasetFile(dir.resolve("missing.json")));
        assertFalse(DatasetJson.isDatasetFile(dir));
    }

    @Test
    void historyJsonReadsEveryKeyItWrites() {
        Incident one = SampleIncidents.full("mine", "m-1");
        List<Edit> history = List.of(created(1, one), edited(2, one, true, "why"), new Edit(3, "mine", one.id(),
                AT, EditKind.REDO, 7L, false, null, List.of()));
        assertEquals(history, EditHistoryJson.fromJson(EditHistoryJson.toJson(history)));
        EditException e = assertThrows(EditException.class, () -> EditHistoryJson.fromJson(
                NativeJson.mapper().createObjectNode()));
        assertEquals("history", e.field());
        ArrayNode badIncident = EditHistoryJson.toJson(history);
        ((ObjectNode) badIncident.get(2)).put("incident", "m-1");
        EditException id = assertThrows(EditException.class, () -> EditHistoryJson.fromJson(badIncident));
        assertEquals("history[2]", id.field());
        assertTrue(id.getMessage().startsWith("history[2]: "), id.getMessage());
        ArrayNode badField = EditHistoryJson.toJson(history);
        ((ObjectNode) badField.get(1).get("changes").get(0)).put("field", 3);
        EditException field = assertThrows(EditException.class, () -> EditHistoryJson.fromJson(badField));
        assertEquals("history[1].field", field.field());
        assertEquals("history[1].field is required and must be text", field.getMessage());
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}

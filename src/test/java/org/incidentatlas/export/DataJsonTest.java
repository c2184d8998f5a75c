package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.PartialDate;
import org.incidentatlas.domain.SampleIncidents;
import org.incidentatlas.domain.Source;
import org.junit.jupiter.api.Test;

/** The JSON of an incident the data exports share: every field it has, none it lacks, read back by a parser. */
class DataJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode properties(Incident i) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = DataJson.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            DataJson.properties(g, i);
            g.writeEndObject();
        }
        return JSON.readTree(out.toString());
    }

    @Test
    void everyFieldOfAFullIncident() throws IOException {
        Incident i = SampleIncidents.full("test", "full-1");
        JsonNode p = properties(i);
        assertEquals("test:full-1", p.get("id").asText());
        assertEquals("test", p.get("dataset").asText());
        assertEquals("2021.1", p.get("datasetVersion").asText());
        assertEquals("full-1", p.get("originalId").asText());
        assertEquals("CC BY 4.0", p.get("licence").asText());
        assertEquals("2021-07-19", p.get("dateStart").asText());
        assertEquals("2021-07-20", p.get("dateEnd").asText());
        assertEquals(i.dates().precision().words(), p.get("datePrecision").asText());
        assertEquals(3, p.get("typeOfViolence").asInt());
        assertEquals(i.type().words(), p.get("typeOfViolenceName").asText());
        assertEquals(i.category().words(), p.get("category").asText());
        assertEquals("IS", p.get("sideA").asText());
        assertEquals("Civilians", p.get("sideB").asText());
        assertEquals(i.actors().claim().words(), p.get("claim").asText());
        assertEquals("suicide bombing", p.get("method").asText());
        assertEquals("Al-Wuhailat market, Sadr City", p.get("place").asText());
        assertEquals("Baghdād province", p.get("adm1").asText());
        assertEquals("Qaḑā’ al Ruşāfah", p.get("adm2").asText());
        assertEquals(i.place().precision().words(), p.get("locationPrecision").asText());
        JsonNode deaths = p.get("deaths");
        assertEquals(List.of(30, 35, 36, 0, 0, 35, 0), List.of(deaths.get("low").asInt(), deaths.get("best").asInt(),
                deaths.get("high").asInt(), deaths.get("sideA").asInt(), deaths.get("sideB").asInt(),
                deaths.get("civilians").asInt(), deaths.get("unknown").asInt()));
        assertEquals(JSON.readTree("{\"low\":50,\"best\":60,\"high\":70}"), p.get("wounded"));
        assertEquals(JSON.readTree("{\"low\":2,\"best\":2,\"high\":2}"), p.get("missing"));
        assertEquals(3, p.get("sourceCount").asInt());
        assertEquals(3, p.get("sources").size());
        assertEquals("Location chosen from the first report.", p.get("note").asText());
    }

    @Test
    void aReportsFiguresAndWordsAsGiven() throws IOException {
        JsonNode sources = properties(SampleIncidents.full("test", "full-1")).get("sources");
        JsonNode ministry = sources.get(0);
        assertEquals("Agence France Presse", ministry.get("outlet").asText());
        assertEquals("2021-07-19", ministry.get("published").asText());
        assertEquals("Suicide bomber kills 35 at Baghdad market on eve of Eid", ministry.get("title").asText());
        assertEquals("https://www.example.org/news/2021/07/19", ministry.get("url").asText());
        assertEquals("Iraqi health ministry", ministry.get("quoted").asText());
        assertEquals("figures updated next day", ministry.get("note").asText());
        assertEquals(JSON.readTree("{\"killed\":{\"low\":35,\"high\":35,\"reported\":\"35\"},"
                + "\"wounded\":{\"low\":50,\"high\":70,\"reported\":\"50 to 70\"}}"),
                ministry.get("figures"), "no missing figure when the report gave none");
        JsonNode police = sources.get(1);
        assertEquals("2021-07", police.get("published").asText());
        JsonNode atLeast = police.get("figures").get("killed");
        assertEquals(30, atLeast.get("low").asInt());
        assertFalse(atLeast.has("high"), "at least 30: no high");
        assertFalse(police.get("figures").has("wounded"));
        assertEquals(JSON.readTree("{\"reported\":\"several\"}"), police.get("figures").get("missing"));
        assertFalse(police.has("url"));
        assertFalse(police.has("note"));
        JsonNode local = sources.get(2);
        assertFalse(local.has("outlet"));
        assertFalse(local.has("figures"));
        assertFalse(local.has("quoted"));
        assertEquals("2021", local.get("published").asText());
    }

    @Test
    void whatAnIncidentLacksIsLeftOutOrNull() throws IOException {
        JsonNode p = properties(SampleIncidents.messy("test", "m-1"));
        for (String absent : List.of("datasetVersion", "licence", "sideB", "method", "place", "adm1", "adm2",
                "note")) {
            assertFalse(p.has(absent), absent);
        }
        assertTrue(p.get("wounded").isNull(), "no wounded figure is null, not zero");
        assertTrue(p.get("missing").isNull());
        assertEquals(1, p.get("sourceCount").asInt());
        JsonNode deaths = p.get("deaths");
        assertEquals(List.of(5, 3, 4, 1), List.of(deaths.get("low").asInt(), deaths.get("best").asInt(),
                deaths.get("high").asInt(), deaths.get("sideA").asInt()), "figures as the dataset published them");
    }

    @Test
    void sourcesAsOneJsonCellWithLanguageAndPassage() throws IOException {
        Source arabic = new Source("Al-Sumaria", PartialDate.parse("2021-07-19"), "عنوان", null, "ar", null,
                "نص المقطع", null, null);
        JsonNode cell = JSON.readTree(DataJson.sourcesJson(List.of(arabic)));
        assertEquals(1, cell.size());
        assertEquals("ar", cell.get(0).get("language").asText());
        assertEquals("نص المقطع", cell.get(0).get("passage").asText());
        assertEquals("[]", DataJson.sourcesJson(List.of()));
    }
}

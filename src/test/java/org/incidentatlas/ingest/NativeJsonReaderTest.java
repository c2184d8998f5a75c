package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.domain.SampleIncidents;
import org.junit.jupiter.api.Test;

/** The native JSON reader's handling of what is not an incident, its progress, and how it names a refused field. */
class NativeJsonReaderTest {
    private static final String HEAD = "{\"format\": \"incident-atlas\", \"formatVersion\": 1, \"incidents\": [\n";

    private static ParsedFile read(String json, ProgressListener progress) throws Exception {
        return new NativeJsonReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "n.json",
                progress);
    }

    private static String incident(String id) {
        return IncidentFields.json(SampleIncidents.messy("mine", id));
    }

    @Test
    void anIncidentThatIsNoObjectIsRejectedSayingWhatItIs() throws Exception {
        ParsedFile parsed = read(HEAD + incident("a") + ",\n3,\n\"text\",\n[],\nnull,\n" + incident("b") + "\n]}",
                ProgressListener.NONE);
        assertEquals(6, parsed.recordsRead());
        assertEquals(List.of("a", "b"), parsed.incidents().stream().map(i -> i.provenance().originalId()).toList());
        assertEquals(List.of(
                new Rejection("line 3, incidents[1]", null, "an incident must be a JSON object, not number"),
                new Rejection("line 4, incidents[2]", null, "an incident must be a JSON object, not string"),
                new Rejection("line 5, incidents[3]", null, "an incident must be a JSON object, not array"),
                new Rejection("line 6, incidents[4]", null, "an incident must be a JSON object, not null")),
                parsed.rejections());
    }

    @Test
    void progressIsToldEveryFiveHundredRecordsAndAtTheEnd() throws Exception {
        String one = incident("x");
        List<String> many = new ArrayList<>(Collections.nCopies(1000, one));
        many.add("7");
        List<String> told = new ArrayList<>();
        ParsedFile parsed = read(HEAD + String.join(",\n", many) + "\n]}",
                (done, total, message) -> told.add(done + "/" + total + " " + message));
        assertEquals(1001, parsed.recordsRead());
        assertEquals(List.of("500/-1 500 records read", "1000/-1 1000 records read", "1001/1001 1001 records read"),
                told);
    }

    @Test
    void aDatasetsSectionInAFileOfIncidentsSaysHowToImportIt() {
        ImportException e = assertThrows(ImportException.class, () -> read("{\"format\": \"incident-atlas\",\n"
                + "\"history\": []}", ProgressListener.NONE));
        assertEquals("n.json: line 2: unknown field 'history' (a dataset's export with its history: import it with "
                + "'import', which restores the dataset whole)", e.getMessage());
    }

    @Test
    void aFieldNamedByTheDomainsMessageIsNarrowedToThatField() {
        assertEquals("casualties.deaths.low", NativeJsonReader.field("casualties.deaths", Estimate.class,
                "low must not be negative (was -1)"));
        assertEquals("place.latitude", NativeJsonReader.field("place", Place.class,
                "place.latitude must be between -90 and 90 (was 95)"));
        assertEquals("casualties.deaths", NativeJsonReader.field("casualties.deaths", Estimate.class,
                "median must not be negative"), "a word that is no component of the record");
        assertEquals("casualties.deaths", NativeJsonReader.field("casualties.deaths", null,
                "low must not be negative"), "without the refusing record");
        assertEquals("casualties.deaths", NativeJsonReader.field("casualties.deaths", String.class,
                "low must not be negative"), "a refusing type that is no record");
        assertEquals("place", NativeJsonReader.field("place", Place.class, "Cannot construct instance"));
        assertEquals("place", NativeJsonReader.field("place", Place.class, null));
        assertNull(NativeJsonReader.field(null, Place.class, "latitude must be given"));
        assertEquals("dates.start", NativeJsonReader.field("dates", Incident.class, "dates.start has no day"));
    }

    @Test
    void aRefusedIncidentNamesItsFieldAndTheDomainsReason() throws Exception {
        String bad = incident("c").replace("\"low\":5", "\"low\":-5");
        ParsedFile parsed = read(HEAD + bad + "\n]}", ProgressListener.NONE);
        assertEquals(1, parsed.rejections().size(), parsed.rejections().toString());
        Rejection r = parsed.rejections().get(0);
        assertEquals("line 2, incidents[0]", r.location());
        assertEquals("casualties.deaths.low", r.field());
        assertTrue(r.reason().startsWith("low must not be negative"), r.reason());
    }
}

package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.incidentatlas.domain.EventDates;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.PartialDate;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.Sourcing;
import org.incidentatlas.ingest.NativeJsonReader;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.store.Database;
import org.incidentatlas.domain.IncidentFacts;
import org.incidentatlas.store.IncidentFactsQuery;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The data exports, checked by reading them back with parsers that know nothing of how they were written. */
class DataExportTest {
    private static final String HEADLINE = "He said \"no\", then,\nafter a pause; left";

    @TempDir
    Path dir;

    private Database db;
    private IncidentRepository repository;
    private List<Incident> incidents;
    private long[] allRows;

    @BeforeEach
    void fill() throws Exception {
        db = Database.open(dir.resolve("db"));
        repository = new IncidentRepository(db);
        List<Incident> curated;
        try (InputStream in = Files.newInputStream(Path.of("data", "curated", "iraq-2021.json"))) {
            curated = new NativeJsonReader().read(in, "iraq-2021.json", ProgressListener.NONE).incidents();
        }
        Incident base = curated.get(0);
        Incident tricky = new Incident(new EventDates(LocalDate.parse("2021-03-01"), LocalDate.parse("2021-03-02"),
                base.dates().precision()), base.place(), base.actors(), base.type(), base.method(),
                base.casualties(), new Sourcing(List.of(new Source("Outlet, Inc.", PartialDate.parse("2021-03-02"),
                        HEADLINE, "https://example.org/a?b=1,2", "an \"official\"", null, null)), null, null, null),
                new Provenance("test", "1", "tricky-1", "CC0-1.0"), Map.of(), null, null);
        incidents = new ArrayList<>(curated);
        incidents.add(tricky);
        repository.saveAll(incidents);
        allRows = new IncidentFactsQuery(db).all().stream().mapToLong(IncidentFacts::rowId).sorted().toArray();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Incident byId(String id) {
        return incidents.stream().filter(i -> i.id().toString().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void geoJsonIsAFeatureCollectionOfLonLatPointsWithCasualtiesAndEveryReport() throws IOException {
        Path out = dir.resolve("x.geojson");
        assertEquals(incidents.size(), DataExport.write(DataFormat.GEOJSON, repository, allRows, "Test", out,
                ProgressListener.NONE));
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        assertEquals("FeatureCollection", doc.get("type").asText());
        assertFalse(doc.has("crs"), "RFC 7946 drops crs: coordinates are WGS 84");
        assertEquals(incidents.size(), doc.get("features").size());
        for (JsonNode f : doc.get("features")) {
            assertEquals("Feature", f.get("type").asText());
            Incident i = byId(f.get("properties").get("id").asText());
            assertEquals("Point", f.get("geometry").get("type").asText());
            assertEquals(i.place().longitude(), f.get("geometry").get("coordinates").get(0).asDouble());
            assertEquals(i.place().latitude(), f.get("geometry").get("coordinates").get(1).asDouble());
            JsonNode deaths = f.get("properties").get("deaths");
            assertEquals(i.casualties().deaths().best(), deaths.get("best").asInt());
            assertEquals(i.casualties().deathsCivilians(), deaths.get("civilians").asInt());
            JsonNode sources = f.get("properties").get("sources");
            assertEquals(i.sourcing().reports().size(), sources.size());
            for (int k = 0; k < sources.size(); k++) {
                Source s = i.sourcing().reports().get(k);
                assertEquals(s.outlet(), sources.get(k).path("outlet").asText(null));
                if (s.figures() != null && s.figures().killed() != null && s.figures().killed().low() != null) {
                    assertEquals(s.figures().killed().low().intValue(),
                            sources.get(k).get("figures").get("killed").get("low").asInt());
                }
            }
        }
    }

    @Test
    void csvKeepsCommasQuotesAndLineBreaksAndHasOneRowPerIncident() throws IOException {
        Path out = dir.resolve("x.csv");
        DataExport.write(DataFormat.CSV, repository, allRows, "", out, ProgressListener.NONE);
        CsvMapper mapper = new CsvMapper();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(out.toFile())) {
            it.forEachRemaining(rows::add);
        }
        assertEquals(incidents.size(), rows.size());
        assertEquals(CsvData.COLUMNS, new ArrayList<>(rows.get(0).keySet()));
        Map<String, Map<String, String>> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.get("id"), r));
        Map<String, String> tricky = byId.get("test:tricky-1");
        assertEquals(HEADLINE, tricky.get("source_headline"));
        assertEquals("Outlet, Inc.", tricky.get("source_office"));
        assertEquals("an \"official\"", tricky.get("source_quoted"));
        assertEquals(HEADLINE, new ObjectMapper().readTree(tricky.get("sources_json")).get(0).get("title")
                .asText());
        for (Incident i : incidents) {
            Map<String, String> r = byId.get(i.id().toString());
            assertEquals(Integer.toString(i.casualties().deaths().best()), r.get("best"));
            assertEquals(Integer.toString(i.sourcing().reports().size()), r.get("number_of_sources"));
            assertEquals(i.dates().start().toString(), r.get("date_start"));
        }
    }

    @Test
    void kmlParsesAndStampsEveryPlacemarkWithItsDays() throws Exception {
        Path out = dir.resolve("x.kml");
        DataExport.write(DataFormat.KML, repository, allRows, "Test", out, ProgressListener.NONE);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(out.toFile());
        String ns = "http://www.opengis.net/kml/2.2";
        assertEquals("kml", doc.getDocumentElement().getLocalName());
        NodeList placemarks = doc.getElementsByTagNameNS(ns, "Placemark");
        assertEquals(incidents.size(), placemarks.getLength());
        for (int k = 0; k < placemarks.getLength(); k++) {
            Element p = (Element) placemarks.item(k);
            Incident i = byId(p.getAttribute("id").replaceFirst("_", ":"));
            String coordinates = p.getElementsByTagNameNS(ns, "coordinates").item(0).getTextContent();
            assertEquals(i.place().longitude() + "," + i.place().latitude() + ",0", coordinates);
            if (i.dates().start().equals(i.dates().end())) {
                assertEquals(i.dates().start().toString(),
                        p.getElementsByTagNameNS(ns, "when").item(0).getTextContent());
            } else {
                assertEquals(i.dates().start().toString(),
                        p.getElementsByTagNameNS(ns, "begin").item(0).getTextContent());
                assertEquals(i.dates().end().toString(),
                        p.getElementsByTagNameNS(ns, "end").item(0).getTextContent());
            }
            assertEquals("#type-" + i.type().gedCode(),
                    p.getElementsByTagNameNS(ns, "styleUrl").item(0).getTextContent());
        }
    }

    @Test
    void kmlStaysReadableWhenTheTextHoldsCharactersXmlCannot() throws Exception {
        Incident base = incidents.get(0);
        String headline = "Page\fbreak, bell\u0007, lone \uD800 half, kept \uD83D\uDE00 and\ttab";
        Incident odd = new Incident(base.dates(), base.place(), base.actors(), base.type(), base.method(),
                base.casualties(), new Sourcing(List.of(new Source("Wire\u000B", null, headline, null, null, null,
                        null)), null, null, null), new Provenance("test", "1", "odd\u0001id", null), Map.of(), null,
                null);
        repository.saveAll(List.of(odd));
        Path out = dir.resolve("odd.kml");
        DataExport.write(DataFormat.KML, repository, null, "Title\u001F", out, ProgressListener.NONE);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(out.toFile());
        NodeList placemarks = doc.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "Placemark");
        assertEquals(incidents.size() + 1, placemarks.getLength());
        String description = null;
        for (int k = 0; k < placemarks.getLength(); k++) {
            String text = ((Element) placemarks.item(k)).getElementsByTagName("description").item(0)
                    .getTextContent();
            if (text.contains("Page")) {
                description = text;
            }
        }
        assertTrue(description.contains("Page\uFFFDbreak, bell\uFFFD, lone \uFFFD half, kept \uD83D\uDE00 and\ttab"),
                description);
        assertTrue(description.contains("Wire\uFFFD"), description);
    }

    @Test
    void onlyTheChosenRowsAreReadEachWithAllItsSources() throws IOException {
        long[] some = {allRows[1], allRows[3]};
        List<Incident> read = new ArrayList<>();
        assertEquals(2, repository.forEachIncident(some, read::add));
        assertEquals(2, read.size());
        for (Incident i : read) {
            assertEquals(repository.find(i.id()).orElseThrow(), i);
        }
        assertThrows(IllegalArgumentException.class, () -> repository.forEachIncident(new long[] {5, 2}, i -> { }));
    }

    @Test
    void readsAcrossManyPagesReturnExactlyTheChosenRowsInOrder() throws IOException {
        org.incidentatlas.ingest.SyntheticGed.incidents(12_000, 3, 4_000, repository::saveAll);
        long[] every = new IncidentFactsQuery(db).all().stream().mapToLong(IncidentFacts::rowId).sorted().toArray();
        java.util.List<Long> chosen = new ArrayList<>();
        for (int k = 0; k < every.length; k++) {
            if (k % 7 == 3 || k > every.length - 3 || k > 5_000 && k < 5_020) {
                chosen.add(every[k]);
            }
        }
        long[] rows = chosen.stream().mapToLong(Long::longValue).toArray();
        java.util.List<IncidentId> read = new ArrayList<>();
        assertEquals(rows.length, repository.forEachIncident(rows, i -> read.add(i.id())));
        java.util.Map<Long, IncidentId> idOfRow = new HashMap<>();
        new IncidentFactsQuery(db).all().forEach(f -> idOfRow.put(f.rowId(),
                new IncidentId(f.dataset(), f.originalId())));
        assertEquals(chosen.stream().map(idOfRow::get).toList(), read);
        long[] all = {0};
        assertEquals(every.length, repository.forEachIncident(null, i -> all[0]++));
        assertEquals(every.length, all[0]);
    }

    @Tag("slow")
    @Test
    void cancellingMidwayLeavesNoFileAndTheDatabaseStillAnswers() throws Exception {
        org.incidentatlas.ingest.SyntheticGed.incidents(25_000, 5, 5_000, repository::saveAll);
        // Reopened, so the export reads H2's file rather than its cache, as after a fresh start.
        db.close();
        db = Database.open(dir.resolve("db"));
        repository = new IncidentRepository(db);
        long total = repository.count();
        Path out = dir.resolve("cancelled.csv");
        CountDownLatch midway = new CountDownLatch(1);
        CountDownLatch interruptSent = new CountDownLatch(1);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread exporter = new Thread(() -> {
            try {
                DataExport.write(DataFormat.CSV, repository, null, "", out, (done, all, message) -> {
                    if (midway.getCount() > 0) {
                        midway.countDown();
                        awaitQuietly(interruptSent);
                    }
                });
                outcome.set(new AssertionError("the export was not cancelled"));
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "test-exporter");
        exporter.start();
        midway.await();
        exporter.interrupt();
        interruptSent.countDown();
        exporter.join();

        assertTrue(outcome.get() instanceof InterruptedIOException, String.valueOf(outcome.get()));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("cancelled")), "no file left");
        }
        long[] read = {0};
        assertEquals(total, repository.forEachIncident(null, i -> read[0]++), "the same connection reads on");
        assertEquals(total, read[0]);
        assertEquals(total, repository.stats().incidents());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFailedOrCancelledExportLeavesNoFile() throws IOException {
        Path blocker = Files.writeString(dir.resolve("a-file"), "x");
        assertThrows(IOException.class, () -> DataExport.write(DataFormat.CSV, repository, allRows, "",
                blocker.resolve("x.csv"), ProgressListener.NONE));
        Path out = dir.resolve("cancelled.geojson");
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedIOException.class, () -> DataExport.write(DataFormat.GEOJSON, repository,
                    allRows, "", out, ProgressListener.NONE));
        } finally {
            Thread.interrupted();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("cancelled")
                    || p.getFileName().toString().endsWith(".partial")), "nothing left of either export");
        }
    }
}

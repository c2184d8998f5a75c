package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.incidentatlas.export.PngFile;
import org.incidentatlas.ingest.NativeJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code datasets}, {@code datasets remove}, {@code --dataset} and the credits of pictures, on the bundled data. */
class DatasetsCliTest {
    @TempDir
    static Path home;
    @TempDir
    Path mine;

    private static Path db;

    @BeforeAll
    static void firstStart() {
        db = home.resolve("db");
        assertEquals(0, CliRun.on(db, "stats").code());
    }

    @Test
    void datasetsJsonListsGedAndCuratedWithExactlyTheContractKeysAndTheirOwnTotals() throws Exception {
        CliRun r = CliRun.on(db, "datasets", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode list = NativeJson.mapper().readTree(r.out());
        assertEquals(2, list.size(), r.out());
        JsonNode ged = list.get(0);
        JsonNode curated = list.get(1);
        assertEquals(List.of("name", "incidents", "deathsBest", "firstDate", "lastDate", "version", "licence",
                "citation"), names(ged));
        assertEquals("ucdp-ged", ged.get("name").asText());
        assertEquals(7_473, ged.get("incidents").asLong());
        assertEquals(120_631, ged.get("deathsBest").asLong());
        assertEquals("1989-01-01", ged.get("firstDate").asText());
        assertEquals("19.1", ged.get("version").asText());
        assertEquals("CC BY 4.0", ged.get("licence").asText());
        assertTrue(ged.get("citation").asText().contains("Sundberg"), ged.get("citation").asText());
        assertEquals("curated", curated.get("name").asText());
        assertEquals(3, curated.get("incidents").asLong());
        assertEquals("2021-09", curated.get("version").asText());
        assertEquals("2021-09-05", curated.get("lastDate").asText());
        JsonNode stats = NativeJson.mapper().readTree(CliRun.on(db, "stats", "--json", "--dataset", "curated").out());
        assertEquals(3, stats.get("incidents").asLong(), "--dataset filters the count");
        assertEquals(stats.get("deathsBest").asLong(), curated.get("deathsBest").asLong());
        assertEquals(stats.get("firstDate").asText(), curated.get("firstDate").asText());
    }

    @Test
    void aDatasetWithoutVersionOrIncidentsStillHasEveryContractKeyAsNull() throws Exception {
        Path own = home.resolve("db-own");
        assertEquals(0, CliRun.on(own, "datasets", "create", "mine").code());
        CliRun r = CliRun.on(own, "datasets", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode mine = null;
        for (JsonNode d : NativeJson.mapper().readTree(r.out())) {
            mine = "mine".equals(d.get("name").asText()) ? d : mine;
        }
        assertNotNull(mine, r.out());
        assertEquals(List.of("name", "incidents", "deathsBest", "firstDate", "lastDate", "version", "licence",
                "citation"), names(mine));
        assertEquals(0, mine.get("incidents").asLong());
        assertTrue(mine.get("firstDate").isNull(), r.out());
        assertTrue(mine.get("version").isNull(), r.out());
    }

    @Test
    void theCommonCategoryFiltersAcrossDatasetsAndKeepsUcdpsTypeApart() throws Exception {
        long oneSided = incidents("--type", "one-sided");
        long civilians = incidents("--category", "attack on civilians");
        long bombings = incidents("--category", "bombing");
        assertEquals(2, bombings, "the curated suicide bombing and the assault with roadside bombs; GED records name "
                + "no method");
        assertEquals(oneSided - 1, civilians, "one-sided violence but the suicide bombing");
        assertEquals(incidents("--type", "state-based,non-state") - 1, incidents("--category", "armed clash"),
                "state-based and non-state violence but the assault with roadside bombs");
        assertEquals(0, incidents("--category", "protest"));
        assertEquals(1, incidents("--event-type", "suicide bombing (explosive vest)"));
        CliRun bad = CliRun.on(db, "stats", "--category", "riot police");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--category"), bad.err());
    }

    private static long incidents(String... filters) throws Exception {
        String[] args = new String[filters.length + 2];
        args[0] = "stats";
        args[1] = "--json";
        System.arraycopy(filters, 0, args, 2, filters.length);
        CliRun r = CliRun.on(db, args);
        assertEquals(0, r.code(), r.err());
        return NativeJson.mapper().readTree(r.out()).get("incidents").asLong();
    }

    @Test
    void aPictureOfOneDatasetCreditsThatDatasetOnly() throws Exception {
        Path png = mine.resolve("curated.png");
        CliRun r = CliRun.on(db, "export", "png", "--dataset", "curated", "--size", "400x300", "--out",
                png.toString());
        assertEquals(0, r.code(), r.err());
        String credits = PngFile.readText(png).get("Copyright");
        assertTrue(credits.contains("curated reports 2021-09"), credits);
        assertFalse(credits.contains("UCDP"), credits);
        Path both = mine.resolve("both.png");
        assertEquals(0, CliRun.on(db, "export", "png", "--size", "400x300", "--out", both.toString()).code());
        String all = PngFile.readText(both).get("Copyright");
        assertTrue(all.contains("UCDP GED 19.1 (CC BY 4.0)") && all.contains("curated reports 2021-09"), all);
        Path gedOnly = mine.resolve("2014.png");
        assertEquals(0, CliRun.on(db, "export", "png", "--from", "2014-01-01", "--to", "2014-12-31", "--size",
                "400x300", "--out", gedOnly.toString()).code());
        String y2014 = PngFile.readText(gedOnly).get("Copyright");
        assertTrue(y2014.contains("UCDP GED 19.1") && !y2014.contains("curated"), "2014 shows no curated record: "
                + y2014);
    }

    @Test
    void removeWithoutATerminalRefusesUnlessYesAndChangesNothing() throws Exception {
        Path own = copyOfTheDatabase();
        CliRun refused = CliRun.on(own, answering(false, List.of()), "datasets", "remove", "curated");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("--yes"), refused.err());
        assertEquals(2, datasets(own).size());
        CliRun unknown = CliRun.on(own, "datasets", "remove", "acled", "--yes");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no dataset named 'acled'") && unknown.err().contains("ucdp-ged"),
                unknown.err());
        CliRun removed = CliRun.on(own, answering(false, List.of()), "datasets", "remove", "curated", "--yes");
        assertEquals(0, removed.code(), removed.err());
        assertTrue(removed.out().contains("3 incidents"), removed.out());
        List<String> left = datasets(own);
        assertEquals(List.of("ucdp-ged"), left);
        JsonNode stats = NativeJson.mapper().readTree(CliRun.on(own, "stats", "--json").out());
        assertEquals(7_473, stats.get("incidents").asLong(), "the bundled curated file is not imported again");
    }

    @Test
    void removeOnATerminalAsksAndOnlyYesRemoves() throws Exception {
        Path own = copyOfTheDatabase();
        List<String> questions = new ArrayList<>();
        CliRun no = CliRun.on(own, answering(true, questions, "n"), "datasets", "remove", "ucdp-ged");
        assertEquals(1, no.code());
        assertEquals(1, questions.size());
        assertTrue(questions.get(0).contains("ucdp-ged") && questions.get(0).contains("7,473"), questions.get(0));
        assertEquals(2, datasets(own).size());
        CliRun yes = CliRun.on(own, answering(true, questions, "yes"), "datasets", "remove", "ucdp-ged");
        assertEquals(0, yes.code(), yes.err());
        assertEquals(List.of("curated"), datasets(own));
        assertEquals(3, NativeJson.mapper().readTree(CliRun.on(own, "stats", "--json").out()).get("incidents")
                .asLong());
    }

    /** A database of its own, copied from the one filled on first start (quicker than importing again). */
    private Path copyOfTheDatabase() throws java.io.IOException {
        Path own = mine.resolve("db");
        java.nio.file.Files.createDirectories(own);
        try (var files = java.nio.file.Files.list(db)) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, own.resolve(f.getFileName()));
            }
        }
        return own;
    }

    private static List<String> datasets(Path db) throws Exception {
        List<String> names = new ArrayList<>();
        NativeJson.mapper().readTree(CliRun.on(db, "datasets", "--json").out())
                .forEach(d -> names.add(d.get("name").asText()));
        return names;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            names.add(it.next().getKey());
        }
        return names;
    }

    private static Terminal answering(boolean present, List<String> questions, String... answers) {
        Iterator<String> next = List.of(answers).iterator();
        return new Terminal() {
            @Override
            public boolean present() {
                return present;
            }

            @Override
            public String ask(String question) {
                questions.add(question);
                return next.hasNext() ? next.next() : null;
            }
        };
    }
}

package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.Source;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.ingest.NativeJson;
import org.incidentatlas.ingest.NativeJsonReader;
import org.incidentatlas.ingest.ParsedFile;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against a real database filled on first start from the bundled data. */
class CliTest {
    private static final String AL_RASHAD = "curated:2021-kirkuk-al-rashad-checkpoint";

    @TempDir
    static Path home;

    private static Path db;

    @BeforeAll
    static void firstStart() {
        db = home.resolve("db");
        CliRun r = cli("stats");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void statsJsonReportsEveryBundledIncidentAndGedsOwnTotals() throws Exception {
        CliRun r = cli("stats", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode stats = NativeJson.mapper().readTree(r.out());
        List<Incident> curated = curated();
        assertEquals(7_473 + curated.size(), stats.get("incidents").asLong());
        assertEquals(3, curated.size());
        long curatedBest = curated.stream().mapToLong(i -> i.casualties().deaths().best()).sum();
        assertEquals(120_631, stats.get("deathsBest").asLong() - curatedBest);
        assertEquals("1989-01-01", stats.get("firstDate").asText());
        assertEquals("2021-09-05", stats.get("lastDate").asText());
        assertTrue(stats.get("deathsLow").asLong() <= stats.get("deathsHigh").asLong());
        assertTrue(stats.get("sources").asLong() > 7_000);
    }

    @Test
    void showJsonListsBothReportsOfTheTalAfarCarBomb() throws Exception {
        CliRun r = cli("show", "ucdp-ged:274540", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode reports = NativeJson.mapper().readTree(r.out()).at("/incidents/0/sourcing/reports");
        assertEquals(2, reports.size());
        assertEquals("Agence France Presse", reports.get(0).get("outlet").asText());
        assertEquals("2018-12-25", reports.get(0).get("published").asText());
        assertEquals("Car bomb in Iraq's Tal Afar kills two", reports.get(0).get("title").asText());
        assertEquals("Reuters News", reports.get(1).get("outlet").asText());
        assertEquals("2018-12-25", reports.get(1).get("published").asText());
        assertEquals("UPDATE 2-Two dead, 11 wounded by car bomb in northern Iraqi city Tal Afar",
                reports.get(1).get("title").asText());
    }

    @Test
    void showListsEveryAlRashadReportWithItsOwnFigures() throws Exception {
        Incident expected = curated().stream().filter(i -> i.id().toString().equals(AL_RASHAD)).findFirst()
                .orElseThrow();
        CliRun r = cli("show", AL_RASHAD);
        assertEquals(0, r.code(), r.err());
        assertEquals(6, expected.sourcing().reports().size());
        for (Source s : expected.sourcing().reports()) {
            assertTrue(r.out().contains(s.outlet()), "missing outlet " + s.outlet());
            assertTrue(r.out().contains("killed " + s.figures().killed().reported()),
                    "missing figure of " + s.outlet());
            if (s.url() != null) {
                assertTrue(r.out().contains(s.url()), "missing address " + s.url());
            }
        }
        assertTrue(r.out().contains("Killed: 13 (low 12, high 16)"), r.out());
    }

    @Test
    void showJsonReimportsIntoAnEmptyDatabaseUnchanged() throws Exception {
        for (String id : List.of("ucdp-ged:274540", AL_RASHAD)) {
            CliRun shown = cli("show", id, "--json");
            assertEquals(0, shown.code(), shown.err());
            Path file = home.resolve(id.replace(':', '_') + ".json");
            Files.writeString(file, shown.out(), StandardCharsets.UTF_8);
            try (Database empty = Database.open(home.resolve("empty-" + id.replace(':', '_')))) {
                IncidentRepository repository = new IncidentRepository(empty);
                assertEquals(0, repository.count());
                var report = new Importer(repository).importFile(file, false, ProgressListener.NONE);
                assertEquals(1, report.imported(), report.describe());
                Incident original = read(file).incidents().get(0);
                assertEquals(original, repository.find(IncidentId.parse(id)).orElseThrow());
                String again = NativeJson.toJson(List.of(repository.find(IncidentId.parse(id)).orElseThrow()));
                assertEquals(shown.out().strip(), again.strip());
            }
        }
    }

    @Test
    void importOfAMalformedFileNamesTheLineAndChangesNothing() throws Exception {
        String before = cli("stats", "--json").out();
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("data", "ucdp_ged191_iraq.csv")).subList(0, 4));
        lines.set(3, lines.get(3).replace(",34.9307,43.493107,", ",134.9307,43.493107,"));
        lines.set(2, lines.get(2).replaceFirst("^\\d+,", "900000001,"));
        Path bad = home.resolve("bad.csv");
        Files.write(bad, lines);
        CliRun r = cli("import", bad.toString());
        assertEquals(Cli.REJECTED, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("line 4, latitude"), r.out());
        assertTrue(r.out().contains("nothing was imported"), r.out());
        assertEquals(before, cli("stats", "--json").out());
        assertEquals(Cli.REJECTED, cli("show", "ucdp-ged:900000001").code());
    }

    @Test
    void unknownIncidentAndBadIdGiveClearErrors() {
        CliRun missing = cli("show", "ucdp-ged:0");
        assertEquals(Cli.REJECTED, missing.code());
        assertTrue(missing.err().contains("no incident ucdp-ged:0"), missing.err());
        CliRun bad = cli("show", "274540");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("DATASET:ORIGINAL_ID"), bad.err());
    }

    @Test
    void unreadableImportFileExitsWithFileError() {
        CliRun r = cli("import", home.resolve("no-such-file.csv").toString());
        assertEquals(Cli.FILE_ERROR, r.code());
        assertTrue(r.err().contains("no-such-file.csv"), r.err());
    }

    @Test
    void statsFiltersByDateWindowAndGovernorateByNameOrPcodeAsAnIndependentCount() throws Exception {
        long[] expected = IndependentCount.gedInGovernorate("2014-06-01", "2014-06-30", "IQG15");
        for (String governorate : List.of("Ninewa", "IQG15", "NINEWA")) {
            CliRun r = cli("stats", "--json", "--from", "2014-06-01", "--to", "2014-06-30", "--governorate",
                    governorate);
            assertEquals(0, r.code(), r.err());
            JsonNode stats = NativeJson.mapper().readTree(r.out());
            assertEquals(expected[0], stats.get("incidents").asLong(), governorate);
            assertEquals(expected[1], stats.get("deathsBest").asLong(), governorate);
        }
        assertTrue(expected[0] > 0);
    }

    @Test
    void statsJsonWritesEveryKeyWhenNothingMatchesWithNullDates() throws Exception {
        CliRun r = cli("stats", "--json", "--from", "1950-01-01", "--to", "1950-12-31");
        assertEquals(0, r.code(), r.err());
        JsonNode stats = NativeJson.mapper().readTree(r.out());
        assertEquals(List.of("incidents", "sources", "firstDate", "lastDate", "deathsLow", "deathsBest", "deathsHigh"),
                iterable(stats.fieldNames()));
        assertEquals(0, stats.get("incidents").asLong());
        assertTrue(stats.get("firstDate").isNull(), r.out());
        assertTrue(stats.get("lastDate").isNull(), r.out());
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    @Test
    void subdistrictFilterByEnglishOrArabicNameOrPcodeAgreesWithAnIndependentPointInPolygonCount() throws Exception {
        long[] expected = IndependentCount.gedInArea("1989-01-01", "2018-12-31", 3, "IQG15Q08N01");
        assertTrue(expected[0] > 100, "Markaz Telafar holds GED events");
        // OCHA's spelling, its p-code, its Arabic name, the Arabic with a kasra and with a tatweel, and
        // transliteration variants.
        for (String name : List.of("Markaz Telafar", "iqg15q08n01", "مركز تلعفر", "مركز تلعِفر", "مركـز تلعفر",
                "Markaz Tal Afar", "Markaz Tall ‘Afar")) {
            CliRun r = cli("stats", "--json", "--to", "2018-12-31", "--subdistrict", name);
            assertEquals(0, r.code(), r.err());
            JsonNode stats = NativeJson.mapper().readTree(r.out());
            assertEquals(expected[0], stats.get("incidents").asLong(), name);
            assertEquals(expected[1], stats.get("deathsBest").asLong(), name);
        }
        CliRun r = cli("stats", "--subdistrict", "Atlantis");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--subdistrict: no OCHA area is named or coded 'Atlantis'"), r.err());
    }

    @Test
    void governorateAndDistrictFiltersAcceptArabicNamesAndTransliterationVariants() throws Exception {
        long[] ninewa = IndependentCount.gedInArea("2014-06-01", "2014-06-30", 1, "IQG15");
        long[] risafa = IndependentCount.gedInArea("2006-01-01", "2006-12-31", 2, "IQG08Q06");
        assertTrue(ninewa[0] > 0 && risafa[0] > 0);
        // نينوى as OCHA writes it, with a yaa for the alef maqsura, with a tatweel; English spellings of others.
        for (String name : List.of("نينوى", "نينوي", "نيـنوى", "Nineveh", "Ninawa")) {
            CliRun r = cli("stats", "--json", "--from", "2014-06-01", "--to", "2014-06-30", "--governorate", name);
            assertEquals(0, r.code(), r.err());
            assertEquals(ninewa[0], NativeJson.mapper().readTree(r.out()).get("incidents").asLong(), name);
        }
        for (String name : List.of("الرصافة", "الرصافه", "Rusafa", "ar-Risafa")) {
            CliRun r = cli("stats", "--json", "--from", "2006-01-01", "--to", "2006-12-31", "--district", name);
            assertEquals(0, r.code(), r.err());
            assertEquals(risafa[0], NativeJson.mapper().readTree(r.out()).get("incidents").asLong(), name);
        }
    }

    @Test
    void statsRefusesAnUnknownGovernorateOrABadDayWithExitCodeTwo() {
        CliRun r = cli("stats", "--governorate", "Atlantis");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--governorate: no OCHA area is named or coded 'Atlantis'"), r.err());
        r = cli("stats", "--from", "2014-13-01");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--from must be a day written YYYY-MM-DD (was '2014-13-01')"), r.err());
    }

    private static List<Incident> curated() throws IOException, ImportException {
        return read(Path.of("data", "curated", "iraq-2021.json")).incidents();
    }

    private static ParsedFile read(Path file) throws IOException, ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return new NativeJsonReader().read(in, file.getFileName().toString(), ProgressListener.NONE);
        }
    }

    private static CliRun cli(String... args) {
        return CliRun.on(db, args);
    }
}

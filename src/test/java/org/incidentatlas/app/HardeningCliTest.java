package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.SampleIncidents;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a typo, a hostile text or a bad file does to the command line: one clear line, the right exit code, nothing
 * raw on the terminal.
 */
class HardeningCliTest {
    @TempDir
    static Path home;
    private static Path db;

    @BeforeAll
    static void database() {
        db = home.resolve("db");
        CliRun first = CliRun.on(db, "stats");
        assertEquals(0, first.code(), first.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"stast", "improt", "shwo", "exprot", "generat"})
    void aMistypedCommandIsOneLineWithTheCommandMeant(String typo) {
        CliRun r = CliRun.on(db, typo);
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("unknown command '" + typo + "'; did you mean '"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void theSuggestionIsTheNearestCommand() {
        assertTrue(CliRun.on(db, "stast").err().contains("did you mean 'stats'?"));
        assertTrue(CliRun.on(db, "improt").err().contains("did you mean 'import'?"));
        CliRun far = CliRun.on(db, "xylophone");
        assertEquals(2, far.code());
        assertFalse(far.err().contains("did you mean"), far.err());
    }

    @Test
    void aMistypedCommandWithItsArgumentsStillNamesTheCommandMeant() {
        CliRun r = CliRun.on(db, "imprt", "events.csv", "--skip-bad-rows");
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("unknown command 'imprt'; did you mean 'import'?"), r.err());
    }

    @Test
    void aMistypedOptionNamesTheOptionMeant() {
        CliRun r = CliRun.on(db, "stats", "--form", "2014-01-01");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("unknown option '--form'; did you mean '--from'?"), r.err());
        CliRun eq = CliRun.on(db, "stats", "--governorat=Ninewa");
        assertTrue(eq.err().contains("unknown option '--governorat'; did you mean '--governorate'?"), eq.err());
        CliRun far = CliRun.on(db, "stats", "--zzzzzzzz");
        assertEquals(2, far.code());
        assertTrue(far.err().contains("unknown option '--zzzzzzzz'"), far.err());
        assertFalse(far.err().contains("did you mean"), far.err());
    }

    @Test
    void aMissingFileToOpenIsOneLineAndExit4() {
        CliRun r = CliRun.on(db, home.resolve("no-such.iaview").toString());
        assertEquals(Cli.FILE_ERROR, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("no-such.iaview"), r.err());
    }

    /** Generator of bad options: unknown ones, bad values, missing values; each one line with a pointer to help. */
    @ParameterizedTest
    @ValueSource(strings = {"stats --frm 2014-01-01", "stats --from 2014-13-01", "stats --min-deaths many",
        "show", "import", "export png --zoom", "export csv", "generate --count x out.csv", "stats --json --json"})
    void aBadOptionIsOneLineAndAPointerToHelpNotAUsageDump(String args) {
        CliRun r = CliRun.on(db, args.split(" "));
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("--help"), r.err());
        assertFalse(r.err().contains("Usage"), r.err());
    }

    @Test
    void importOfAFolderSaysItIsAFolder() throws Exception {
        Path folder = Files.createDirectories(home.resolve("a-folder"));
        CliRun r = CliRun.on(db, "import", folder.toString());
        assertEquals(Cli.FILE_ERROR, r.code(), r.err());
        assertTrue(r.err().contains(folder.toString()) && r.err().contains("is a folder"), r.err());
    }

    @Test
    void generateIntoAFolderSaysItCannotWriteIt() throws Exception {
        Path folder = Files.createDirectories(home.resolve("gen-folder"));
        CliRun r = CliRun.on(db, "generate", "--count", "3", folder.toString());
        assertEquals(Cli.FILE_ERROR, r.code(), r.err());
        assertTrue(r.err().contains("cannot write " + folder) && r.err().contains("folder"), r.err());
    }

    /** Control characters already in a database (written before imports refused them) stay inert on the terminal. */
    @Test
    void showPrintsControlCharactersInert() throws Exception {
        Incident sample = SampleIncidents.full("curated", "escapes");
        Place p = sample.place();
        Incident hostile = new Incident(sample.dates(), new Place("Mosul\u001b[31m red\u0007\u0085\u009b2J\rX",
                p.adm1(), p.adm2(), p.latitude(), p.longitude(), p.precision()), sample.actors(), sample.type(),
                "bell\u0007", sample.casualties(), sample.sourcing(), sample.provenance(), sample.attributes(),
                "erase\u001b[2J\u000b\u000c\u007f", null);
        try (Database d = Database.open(db)) {
            new IncidentRepository(d).saveAll(List.of(hostile));
        }
        for (String json : new String[] {null, "--json"}) {
            CliRun r = json == null ? CliRun.on(db, "show", "curated:escapes") : CliRun.on(db, "show",
                    "curated:escapes", json);
            assertEquals(0, r.code(), r.err());
            for (char c : r.out().toCharArray()) {
                assertFalse(c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c >= 0x7f && c <= 0x9f,
                        "raw control character U+" + Integer.toHexString(c) + " in: " + r.out());
            }
            assertTrue(r.out().contains("[31m red"), r.out());
        }
        assertTrue(CliRun.on(db, "show", "curated:escapes").out().contains("Mosul\\u001B[31m red\\u0007"));
    }

    /** A JSON id with blanks around it is the same id as in CSV: trimmed. */
    @Test
    void blanksAroundAJsonIdAreNotPartOfIt() throws Exception {
        String doc = org.incidentatlas.ingest.NativeJson.toJson(List.of(SampleIncidents.full("curated", "x1")))
                .replace("\"originalId\" : \"x1\"", "\"originalId\" : \" 114064 \"");
        assertTrue(doc.contains("\" 114064 \""));
        Path file = home.resolve("spaced-id.json");
        Files.writeString(file, doc, StandardCharsets.UTF_8);
        CliRun r = CliRun.on(db, "import", file.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        CliRun shown = CliRun.on(db, "show", "curated:114064", "--json");
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().contains("\"originalId\" : \"114064\""), shown.out());
    }
}

package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.ingest.NativeJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code add}, {@code edit}, {@code report add}, {@code history} and {@code undo} on a real database. */
class EditCliTest {
    private static final String AL_RASHAD = "curated:2021-kirkuk-al-rashad-checkpoint";
    private static final String GED_EVENT = "ucdp-ged:114064";
    private static final String LANGUAGE_REFUSED = "--language must be a language code such as en, ar or ku (was "
            + "'Arabic')";

    @TempDir
    static Path home;

    private static Path db;
    private static Path rashadJson;

    @BeforeAll
    static void firstStart() throws IOException {
        db = home.resolve("db");
        CliRun created = cli("datasets", "create", "mine");
        assertEquals(0, created.code(), created.err());
        CliRun shown = cli("show", AL_RASHAD, "--json");
        assertEquals(0, shown.code(), shown.err());
        rashadJson = home.resolve("rashad.json");
        Files.writeString(rashadJson, shown.out(), StandardCharsets.UTF_8);
    }

    private static CliRun cli(String... args) {
        return CliRun.on(db, args);
    }

    /** Adds the Al-Rashad record under a new original id to the dataset "mine"; returns its id there. */
    private static String addCopy(String originalId) throws IOException {
        Path file = home.resolve(originalId + ".json");
        Files.writeString(file, Files.readString(rashadJson).replace("2021-kirkuk-al-rashad-checkpoint", originalId));
        CliRun r = cli("add", "--dataset", "mine", "--json", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("added mine:" + originalId), r.out());
        return "mine:" + originalId;
    }

    private static JsonNode record(String id) throws IOException {
        CliRun r = cli("show", id, "--json");
        assertEquals(0, r.code(), r.err());
        return NativeJson.mapper().readTree(r.out()).get("incidents").get(0);
    }

    @Test
    void datasetsCreateMakesAnEditableDatasetAndRefusesBadOrTakenNames() throws IOException {
        CliRun list = cli("datasets");
        assertTrue(list.out().contains("mine (editable)"), list.out());
        assertFalse(list.out().contains("ucdp-ged (editable)"), list.out());
        CliRun taken = cli("datasets", "create", "mine");
        assertEquals(1, taken.code());
        assertTrue(taken.err().contains("exists already"), taken.err());
        CliRun badName = cli("datasets", "create", "My Data");
        assertEquals(2, badName.code());
        assertTrue(badName.err().contains("lower-case letters, digits and dashes"), badName.err());
    }

    @Test
    void addGivesTheRecordsTheDatasetsNameAndKeepsTheirContent() throws IOException {
        String id = addCopy("added");
        JsonNode mine = record(id);
        JsonNode curated = record(AL_RASHAD);
        assertEquals("mine", mine.at("/provenance/dataset").asText());
        assertEquals(curated.get("casualties"), mine.get("casualties"));
        assertEquals(curated.get("sourcing"), mine.get("sourcing"));
    }

    @Test
    void addRefusesBadFilesReadOnlyOrUnknownDatasetsAndRecordsAlreadyThere() throws IOException {
        String id = addCopy("twice");
        Path file = home.resolve("twice.json");
        CliRun again = cli("add", "--dataset", "mine", "--json", file.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("mine:twice is already in the dataset"), again.err());

        CliRun curated = cli("add", "--dataset", "curated", "--json", rashadJson.toString());
        assertEquals(1, curated.code());
        assertTrue(curated.err().contains("'curated' is read-only"), curated.err());

        CliRun unknown = cli("add", "--dataset", "nobody", "--json", rashadJson.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("there is no dataset 'nobody'"), unknown.err());

        Path bad = home.resolve("bad.json");
        Files.writeString(bad, Files.readString(rashadJson).replace("2021-kirkuk-al-rashad-checkpoint", "bad")
                .replace("\"latitude\" : 34.93", "\"latitude\" : 134.93"));
        CliRun refused = cli("add", "--dataset", "mine", "--json", bad.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("place.latitude"), refused.err());
        assertEquals(1, cli("show", "mine:bad").code(), "nothing was added");

        CliRun missing = cli("add", "--dataset", "mine", "--json", home.resolve("none.json").toString());
        assertEquals(4, missing.code(), missing.err());
        assertEquals(id, "mine:twice");
    }

    @Test
    void editSetsDottedFieldsAndKeepsTheChangeWithItsNote() throws IOException {
        String id = addCopy("edited");
        CliRun r = cli("edit", id, "--set", "casualties.deaths.best=14", "--set", "place.latitude=34.95",
                "--set", "dates.start=2021-09-05", "--note", "Kayhan's figure weighed in");
        assertEquals(0, r.code(), r.err());
        JsonNode now = record(id);
        assertEquals(14, now.at("/casualties/deaths/best").asInt());
        assertEquals(34.95, now.at("/place/latitude").asDouble());
        assertEquals("2021-09-05", now.at("/dates/start").asText());

        CliRun history = cli("history", id, "--json");
        assertEquals(0, history.code(), history.err());
        JsonNode edits = NativeJson.mapper().readTree(history.out());
        assertEquals(2, edits.size());
        JsonNode edit = edits.get(1);
        assertEquals("EDIT", edit.get("kind").asText());
        assertEquals("Kayhan's figure weighed in", edit.get("note").asText());
        assertEquals(List.of("casualties.deaths.best", "dates.start", "place.latitude"),
                edit.get("changes").findValuesAsText("field"));
        JsonNode best = edit.get("changes").get(0);
        assertEquals(13, best.get("old").asInt());
        assertEquals(14, best.get("new").asInt());

        CliRun text = cli("history", id);
        assertTrue(text.out().contains("casualties.deaths.best: 13 -> 14"), text.out());
        assertTrue(text.out().contains("Kayhan's figure weighed in"), text.out());
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndNothingChanges() throws IOException {
        String id = addCopy("refused");
        JsonNode before = record(id);
        String[][] cases = {
            {"casualties.deaths.best=-3", "casualties.deaths.best"},
            {"casualties.deaths.best=thirteen", "casualties.deaths.best"},
            {"place.latitude=91", "place.latitude"},
            {"dates.start=2021-09-31", "dates.start"},
            {"dates.end=2020-01-01", "dates.end"},
            {"place.colour=red", "colour"},
            {"place.name=Kirkuk\u001b[31m", "place.name"},
        };
        for (String[] c : cases) {
            // The good change given with the bad one is not saved either: all or nothing.
            CliRun r = cli("edit", id, "--set", "casualties.wounded.best=4", "--set", c[0]);
            assertEquals(1, r.code(), c[0] + ": " + r.err());
            assertTrue(r.err().contains(c[1]) && r.err().contains("nothing was changed"), c[0] + ": " + r.err());
        }
        assertEquals(before, record(id));
        assertEquals(1, NativeJson.mapper().readTree(cli("history", id, "--json").out()).size());

        CliRun noEquals = cli("edit", id, "--set", "casualties.deaths.best");
        assertEquals(2, noEquals.code(), noEquals.err());
        assertTrue(noEquals.err().contains("FIELD=VALUE"), noEquals.err());
        CliRun identity = cli("edit", id, "--set", "provenance.dataset=ucdp-ged");
        assertEquals(1, identity.code());
        assertTrue(identity.err().contains("cannot be edited"), identity.err());
        CliRun unknown = cli("edit", "mine:nothing-here", "--set", "casualties.deaths.best=1");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no incident mine:nothing-here"), unknown.err());
        CliRun badId = cli("edit", "no-colon", "--set", "casualties.deaths.best=1");
        assertEquals(2, badId.code());
    }

    @Test
    void recordsOfPublicDatasetsCannotBeEdited() throws IOException {
        JsonNode before = record(AL_RASHAD);
        CliRun r = cli("edit", AL_RASHAD, "--set", "casualties.deaths.best=20");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("'curated' is read-only"), r.err());
        CliRun ged = cli("edit", GED_EVENT, "--set", "casualties.deaths.best=20");
        assertEquals(1, ged.code());
        assertTrue(ged.err().contains("'ucdp-ged' is read-only"), ged.err());
        assertEquals(before, record(AL_RASHAD));
    }

    @Test
    void undoTakesBackTheLatestChangeAndSaysWhenThereIsNothingLeft() throws IOException {
        String id = addCopy("undone");
        JsonNode before = record(id);
        assertEquals(0, cli("edit", id, "--set", "casualties.deaths.high=17").code());
        CliRun undo = cli("undo", id);
        assertEquals(0, undo.code(), undo.err());
        assertTrue(undo.out().contains("casualties.deaths.high: 17 -> 16"), undo.out());
        assertEquals(before, record(id));
        assertEquals(0, cli("undo", id).code(), "undoes the adding");
        assertEquals(1, cli("show", id).code(), "the record is gone");
        CliRun nothing = cli("undo", id);
        assertEquals(1, nothing.code());
        assertTrue(nothing.err().contains("nothing to undo for " + id), nothing.err());
        assertEquals(0, cli("redo", id).code());
        assertEquals(before, record(id));
        assertEquals(1, cli("undo", "ucdp-ged:62366").code(), "no history, nothing to undo");
        assertEquals(2, cli("undo", "nonsense").code());
    }

    @Test
    void aReportOnAGedEventIsKeptInTheResearchersDatasetAndSurvivesAReimportOfGed() throws IOException {
        JsonNode before = record(GED_EVENT);
        CliRun r = cli("report", "add", GED_EVENT, "--outlet", "Rudaw", "--published", "2014-01-26",
                "--title", "Attacks across Iraq", "--url", "https://rudaw.net/x", "--killed-low", "12",
                "--killed-high", "16", "--killed-best", "14", "--wounded", "5", "--dataset", "mine",
                "--language", "ar", "--passage", "Fourteen people were killed and five wounded in the attacks");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("kept in your dataset mine"), r.out());
        assertEquals(before, record(GED_EVENT), "GED's own record stays as published");

        Path ged = home.resolve("ged-one-event.csv");
        List<String> lines = Files.readAllLines(Path.of("data", "ucdp_ged191_iraq.csv"), StandardCharsets.UTF_8);
        Files.write(ged, lines.subList(0, 2), StandardCharsets.UTF_8);
        CliRun reimport = cli("import", ged.toString());
        assertEquals(0, reimport.code(), reimport.err());

        CliRun shown = cli("show", GED_EVENT);
        assertTrue(shown.out().contains("Rudaw") && shown.out().contains("yours, in mine"), shown.out());
        assertTrue(shown.out().contains("(in Arabic)"), shown.out());
        assertTrue(shown.out().contains("Passage: “Fourteen people were killed and five wounded"), shown.out());
        JsonNode history = NativeJson.mapper().readTree(cli("history", GED_EVENT, "--json").out());
        assertEquals("REPORT", history.get(0).get("kind").asText());
        JsonNode report = history.get(0).get("changes").get(0).get("new");
        assertEquals("14 (12 to 16)", report.at("/figures/killed/reported").asText());
        assertEquals(5, report.at("/figures/wounded/low").asInt());
        assertEquals("ar", report.get("language").asText());
        assertEquals("Fourteen people were killed and five wounded in the attacks", report.get("passage").asText());
    }

    @Test
    void reportAddRefusesBadFiguresDatesAndUnknownIncidents() {
        String[][] bad = {
            {"--outlet", "Rudaw", "--published", "2021-13-01"},
            {"--outlet", "Rudaw", "--published", "2021-09-05", "--killed-best", "-1"},
            {"--outlet", "Rudaw", "--published", "2021-09-05", "--killed-low", "9", "--killed-high", "3"},
            {"--outlet", "Rudaw", "--published", "2021-09-05", "--killed-low", "9", "--killed-best", "4"},
            {"--outlet", "Rudaw", "--published", "2021-09-05", "--wounded", "-2"},
            {"--outlet", "Rudaw", "--published", "2021-09-05", "--wounded", "many"},
            {"--outlet", "Rudaw", "--published", "2021-09-05", "--language", "Arabic"},
            {"--published", "2021-09-05"},
        };
        String[] named = {"--published", "--killed-best must not be negative",
            "--killed-high (3) is below --killed-low (9)",
            "--killed-best (4) lies outside --killed-low and --killed-high",
            "--wounded must not be negative", "--wounded", LANGUAGE_REFUSED, "--outlet"};
        for (int k = 0; k < bad.length; k++) {
            String[] args = bad[k];
            String[] all = new String[args.length + 3];
            all[0] = "report";
            all[1] = "add";
            all[2] = GED_EVENT;
            System.arraycopy(args, 0, all, 3, args.length);
            CliRun r = cli(all);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains(named[k]), named[k] + " in: " + r.err());
        }
        CliRun unknown = cli("report", "add", "ucdp-ged:1", "--outlet", "Rudaw", "--published", "2021");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no incident ucdp-ged:1"), unknown.err());
    }
}

package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.incidentatlas.ingest.NativeJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code datasets export} and {@code import} of its file: a colleague's database gets exactly the same coding, the
 * records, every change in their history and the researcher's reports on public records.
 */
class DatasetExportCliTest {
    private static final String MINE = "mine:2021-kirkuk-al-rashad-checkpoint";
    private static final String GED_EVENT = "ucdp-ged:114064";

    @TempDir
    static Path home;

    private static Path coder;
    private static Path colleague;
    private static Path exported;

    @BeforeAll
    static void codeADatasetAndExportIt() throws IOException {
        coder = home.resolve("coder");
        colleague = home.resolve("colleague");
        ok(coder, "datasets", "create", "mine", "--citation", "Kirkuk coding, 2021");
        Path rashad = home.resolve("rashad.json");
        Files.writeString(rashad, ok(coder, "show", "curated:2021-kirkuk-al-rashad-checkpoint", "--json"),
                StandardCharsets.UTF_8);
        ok(coder, "add", "--dataset", "mine", "--json", rashad.toString(), "--note", "from the curated record");
        ok(coder, "edit", MINE, "--set", "casualties.deaths.best=14", "--note", "Rudaw's later toll");
        ok(coder, "report", "add", MINE, "--outlet", "Shafaq News", "--published", "2021-09-06", "--language", "ar",
                "--passage", "ارتفاع حصيلة الهجوم", "--killed-best", "14");
        ok(coder, "undo", MINE);
        ok(coder, "report", "add", GED_EVENT, "--outlet", "Rudaw", "--published", "2014-01-26", "--killed-best",
                "14", "--dataset", "mine");
        exported = home.resolve("mine.json");
        String wrote = ok(coder, "datasets", "export", "mine", "--out", exported.toString());
        assertTrue(wrote.contains("1 incident, 5 changes in its history, 1 report on"), wrote);
    }

    @Test
    void importingTheExportRestoresTheSameRecordsHistoryAndReports() throws IOException {
        String said = ok(colleague, "import", exported.toString());
        assertTrue(said.contains("dataset mine restored with 5 changes in its history and 1 report"), said);
        assertEquals(ok(coder, "show", MINE, "--json"), ok(colleague, "show", MINE, "--json"));
        assertEquals(history(coder, MINE), history(colleague, MINE));
        assertEquals(history(coder, GED_EVENT), history(colleague, GED_EVENT));
        assertEquals(ok(coder, "show", GED_EVENT), ok(colleague, "show", GED_EVENT), "the report on GED's record");
        assertTrue(ok(colleague, "datasets").contains("mine (editable)"));
        assertTrue(ok(colleague, "datasets").contains("Kirkuk coding, 2021"));

        // A second import of the same dataset is refused, changing nothing.
        CliRun again = CliRun.on(colleague, "import", exported.toString());
        assertEquals(1, again.code(), again.out() + again.err());
        assertTrue(again.out().contains("a dataset named 'mine' is already in this database"), again.out());
        assertEquals(history(coder, MINE), history(colleague, MINE));

        // The undo marks came along: the next undo takes back the same change in both databases.
        ok(coder, "undo", MINE);
        ok(colleague, "undo", MINE);
        assertEquals(ok(coder, "show", MINE, "--json"), ok(colleague, "show", MINE, "--json"));
        assertEquals(13, NativeJson.mapper().readTree(ok(colleague, "show", MINE, "--json"))
                .at("/incidents/0/casualties/deaths/best").asInt());
        ok(coder, "redo", MINE);
        ok(colleague, "redo", MINE);
        assertEquals(ok(coder, "show", MINE, "--json"), ok(colleague, "show", MINE, "--json"));

    }

    @Test
    void aBrokenHistoryOrAReadOnlyDatasetIsRefusedAndNothingIsWritten() throws IOException {
        Path other = home.resolve("other");
        String json = Files.readString(exported).replace("\"mine\"", "\"theirs\"").replace("\"mine:", "\"theirs:");
        JsonNode doc = NativeJson.mapper().readTree(json);
        ((ObjectNode) doc.get("history").get(1)).put("at", "yesterday");
        Path broken = home.resolve("broken.json");
        Files.writeString(broken, doc.toString(), StandardCharsets.UTF_8);
        CliRun refused = CliRun.on(other, "import", broken.toString());
        assertEquals(1, refused.code(), refused.out() + refused.err());
        assertTrue(refused.out().contains("history[1]: Text 'yesterday' could not be parsed"), refused.out());
        assertTrue(refused.out().contains("0 imported") && refused.out().contains("imported whole or not at all"),
                refused.out());
        assertFalse(ok(other, "datasets").contains("theirs"), "nothing of the file was imported");

        CliRun readOnly = CliRun.on(other, "datasets", "export", "ucdp-ged", "--out", home.resolve("ged.json")
                .toString());
        assertEquals(1, readOnly.code());
        assertTrue(readOnly.err().contains("dataset 'ucdp-ged' is read-only"), readOnly.err());
        assertFalse(Files.exists(home.resolve("ged.json")));
        CliRun unknown = CliRun.on(other, "datasets", "export", "nobody", "--out", home.resolve("x.json").toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("there is no dataset 'nobody'"), unknown.err());

        CliRun asIncidents = CliRun.on(other, "add", "--dataset", "theirs", "--json", exported.toString());
        assertEquals(4, asIncidents.code(), asIncidents.err());
        assertTrue(asIncidents.err().contains("unknown field 'dataset'"), asIncidents.err());
    }

    /** The history as {@code history --json} prints it, edit numbers replaced by their place in the list. */
    private static JsonNode history(Path db, String id) throws IOException {
        JsonNode history = NativeJson.mapper().readTree(ok(db, "history", id, "--json"));
        Map<Long, Integer> place = new HashMap<>();
        for (JsonNode e : history) {
            place.put(e.get("edit").asLong(), place.size());
        }
        for (JsonNode e : history) {
            ((ObjectNode) e).put("edit", place.get(e.get("edit").asLong()));
            if (e.has("reverts")) {
                ((ObjectNode) e).put("reverts", place.get(e.get("reverts").asLong()));
            }
        }
        return history;
    }

    private static String ok(Path db, String... args) {
        CliRun r = CliRun.on(db, args);
        assertEquals(0, r.code(), String.join(" ", args) + ": " + r.out() + r.err());
        return r.out();
    }
}

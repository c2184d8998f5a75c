package org.incidentatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Rejection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing of both importers, seeded, with the database's content checked after every case ({@link FuzzDatabase}):
 * real GED rows and real native JSON records, (1) mutated at random (bytes flipped, inserted, deleted, lines cut,
 * repeated, quotes and separators injected) and (2) given hostile values by generators: control characters, markup,
 * spreadsheet formulas, values of the wrong JSON type, and days at the edges of the calendar, each with what the
 * import must do with it. {@code -Dreliability.fuzz=N} sets the number of cases per importer and kind (default 2,500,
 * so 10,000 in all); {@code -Dreliability.fuzzSeed=S} the seed.
 */
class ImporterFuzzTest {
    static final int CASES = Integer.getInteger("reliability.fuzz", 2_500);
    static final long SEED = Long.getLong("reliability.fuzzSeed", 20_261_125L);

    @TempDir
    static Path home;
    private static FuzzDatabase db;
    private static GedSample ged;
    private static JsonSample json;
    private static int refusedAsExpected;

    @BeforeAll
    static void open() throws IOException {
        db = new FuzzDatabase(home.resolve("db"));
        ged = GedSample.load(3, BadInputCorpus.FIRST_NEW_ID);
        json = JsonSample.load();
    }

    @AfterAll
    static void close() {
        db.checkIntegrity();
        db.close();
        System.out.println("fuzzing: " + db.cases() + " cases (seed " + SEED + "), " + db.committed()
                + " committed, " + refusedAsExpected + " hostile values refused as they must be; database content "
                + "checked after every case: 0 partial imports, 0 records stored other than read");
    }

    @Test
    void mutatedGedFilesNeverEscapeNorPartlyImport() throws IOException {
        byte[] base = ged.text().getBytes(StandardCharsets.UTF_8);
        Random random = new Random(SEED);
        for (int k = 0; k < CASES; k++) {
            db.importChecked(Mutations.apply(base, random), "ged191.csv", random.nextBoolean(), "GED mutation " + k);
        }
    }

    @Test
    void mutatedJsonFilesNeverEscapeNorPartlyImport() throws IOException {
        byte[] base = json.text().getBytes(StandardCharsets.UTF_8);
        Random random = new Random(SEED + 1);
        for (int k = 0; k < CASES; k++) {
            db.importChecked(Mutations.apply(base, random), "fuzz.json", random.nextBoolean(), "JSON mutation " + k);
        }
    }

    @Test
    void hostileGedValuesAreRefusedOrKeptExactly() throws IOException {
        Random random = new Random(SEED + 2);
        // Free-text columns (the packed source lists split on ';' and ',', so they are not free text).
        List<String> columns = List.of("where_coordinates", "side_a", "side_b", "adm_1", "adm_2", "conflict_name",
                "dyad_name", "source_original");
        for (int k = 0; k < CASES; k++) {
            int row = random.nextInt(3);
            HostileValues.Value v = HostileValues.next(random, false);
            String column = v.kind() == HostileValues.Kind.DAY ? (random.nextBoolean() ? "date_start" : "date_end")
                    : columns.get(random.nextInt(columns.size()));
            String[] change = v.kind() == HostileValues.Kind.DAY ? new String[] {"date_start", v.text(), "date_end",
                v.text()} : new String[] {column, ged.value(row, column) + v.text()};
            byte[] file = ged.withValue(row, change).getBytes(StandardCharsets.UTF_8);
            ImportReport r = db.importChecked(file, "ged191.csv", true, "GED " + v + " in " + column);
            expect(r, v, "line " + (row + 2), v.kind() == HostileValues.Kind.DAY ? "date_" : column);
        }
    }

    @Test
    void hostileJsonValuesAreRefusedOrKeptExactly() throws IOException {
        Random random = new Random(SEED + 3);
        String[][] texts = {{"place", "name"}, {"place", "adm1"}, {"actors", "sideA"}, {"actors", "sideB"},
            {"", "method"}, {"", "note"}, {"provenance", "licence"}};
        String[][] numbers = {{"place", "latitude"}, {"place", "longitude"}, {"casualties.deaths", "best"},
            {"casualties.deaths", "low"}, {"casualties", "deathsCivilians"}};
        for (int k = 0; k < CASES; k++) {
            ObjectNode copy = json.copy();
            int index = random.nextInt(json.size());
            ObjectNode incident = (ObjectNode) ((ArrayNode) copy.get("incidents")).get(index);
            HostileValues.Value v = HostileValues.next(random, true);
            String[] field = switch (v.kind()) {
                case DAY -> new String[] {"dates", random.nextBoolean() ? "start" : "end"};
                case WRONG_TYPE -> v.text().startsWith("\"") ? numbers[random.nextInt(numbers.length)]
                        : texts[random.nextInt(texts.length)];
                default -> texts[random.nextInt(texts.length)];
            };
            ObjectNode target = incident;
            for (String step : field[0].isEmpty() ? new String[0] : field[0].split("\\.")) {
                target = (ObjectNode) target.get(step);
            }
            if (v.kind() == HostileValues.Kind.DAY) {
                incident.with("dates").put("start", v.text());
                incident.with("dates").put("end", v.text());
            } else if (v.kind() == HostileValues.Kind.WRONG_TYPE) {
                target.set(field[1], HostileValues.wrongType(v.text(), target.get(field[1])));
            } else {
                String was = target.hasNonNull(field[1]) ? target.get(field[1]).asText() : "x";
                target.put(field[1], was + v.text());
            }
            byte[] file = JsonSample.pretty(copy).getBytes(StandardCharsets.UTF_8);
            ImportReport r = db.importChecked(file, "fuzz.json", true, "JSON " + v + " in " + String.join(".",
                    field));
            String path = field[0].isEmpty() ? field[1] : v.kind() == HostileValues.Kind.DAY ? "dates" : field[0]
                    + "." + field[1];
            expect(r, v, "incidents[" + index + "]", path);
        }
    }

    /** What the import of one hostile value must have done: refused that record naming the field, or kept it. */
    private static void expect(ImportReport r, HostileValues.Value v, String location, String field) {
        assertTrue(r != null && r.committed(), v + ": the file was refused whole");
        boolean refused = r.rejected().stream().anyMatch(x -> x.location().contains(location));
        if (!v.mustBeRefused()) {
            assertTrue(!refused, v + " was refused: " + r.describe());
            return;
        }
        Rejection x = r.rejected().stream().filter(j -> j.location().contains(location)).findFirst()
                .orElseThrow(() -> new AssertionError(v + " was not refused at " + location + ": " + r.describe()));
        assertTrue(x.toString().contains(field), v + ": the refusal does not name " + field + ": " + x);
        refusedAsExpected++;
    }
}

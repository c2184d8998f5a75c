package org.incidentatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Rejection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing of both importers, seeded, with the database's content checked after every import ({@link FuzzDatabase}):
 * real GED rows and real native JSON records (1) mutated at random, one mutated file per case (bytes flipped,
 * inserted, deleted, lines cut, repeated, quotes and separators injected), and (2) given hostile values by generators,
 * one value in one record per case, {@value #PER_FILE} cases to a file imported with skip-bad-rows: control characters,
 * markup, spreadsheet formulas, values of the wrong JSON type, and days at the edges of the calendar, each with what
 * the import must do with it, checked in the database record by record. Per CI run: {@code reliability.fuzz} mutated
 * files per importer (default 500) and {@code reliability.fuzzValues} hostile values per importer (default 4,500), so
 * 10,000 cases; the long variant raises them, e.g. {@code -Dreliability.fuzz=5000 -Dreliability.fuzzValues=50000}.
 */
class ImporterFuzzTest {
    static final int MUTATIONS = Integer.getInteger("reliability.fuzz", 500);
    static final int VALUES = Integer.getInteger("reliability.fuzzValues", 4_500);
    static final long SEED = Long.getLong("reliability.fuzzSeed", 20_261_125L);
    static final int PER_FILE = 25;

    @TempDir
    static Path home;
    private static FuzzDatabase db;
    private static GedSample ged;
    private static JsonSample json;
    private static int cases;
    private static int refusedAsExpected;
    private static long started;

    @BeforeAll
    static void open() throws IOException {
        started = System.nanoTime();
        db = new FuzzDatabase(FuzzDatabase.folder(home));
        ged = GedSample.load(PER_FILE, BadInputCorpus.FIRST_NEW_ID);
        json = JsonSample.load();
    }

    @AfterAll
    static void close() {
        db.checkIntegrity();
        db.close();
        System.out.println("fuzzing: " + cases + " cases in " + db.cases() + " imports, "
                + (System.nanoTime() - started) / 1_000_000_000 + " s (seed " + SEED + "), " + db.committed()
                + " committed, " + refusedAsExpected + " hostile values refused as they must be; database content "
                + "checked after every import: 0 partial imports, 0 records stored other than read");
    }

    @Test
    void mutatedGedFilesNeverEscapeNorPartlyImport() throws IOException {
        byte[] base = GedSample.load(3, BadInputCorpus.FIRST_NEW_ID).text().getBytes(StandardCharsets.UTF_8);
        Random random = new Random(SEED);
        for (int k = 0; k < MUTATIONS; k++) {
            db.importChecked(Mutations.apply(base, random), "ged191.csv", random.nextBoolean(), "GED mutation " + k);
            cases++;
        }
    }

    @Test
    void mutatedJsonFilesNeverEscapeNorPartlyImport() throws IOException {
        byte[] base = json.text().getBytes(StandardCharsets.UTF_8);
        Random random = new Random(SEED + 1);
        for (int k = 0; k < MUTATIONS; k++) {
            db.importChecked(Mutations.apply(base, random), "fuzz.json", random.nextBoolean(), "JSON mutation " + k);
            cases++;
        }
    }

    @Test
    void hostileGedValuesAreRefusedOrKeptExactly() throws IOException {
        Random random = new Random(SEED + 2);
        // Free-text columns (the packed source lists split on ';' and ',', so they are not free text).
        List<String> columns = List.of("where_coordinates", "side_a", "side_b", "adm_1", "adm_2", "conflict_name",
                "dyad_name", "source_original");
        for (int done = 0; done < VALUES; done += PER_FILE) {
            List<Planted> planted = new ArrayList<>();
            for (int row = 0; row < PER_FILE; row++) {
                HostileValues.Value v = HostileValues.next(random, false);
                while (v.text().indexOf('\r') >= 0) {
                    // a carriage return ends a line in CSV: the rows after it would be on other lines than planned
                    v = HostileValues.next(random, false);
                }
                boolean day = v.kind() == HostileValues.Kind.DAY;
                String column = day ? "date_start" : columns.get(random.nextInt(columns.size()));
                planted.add(new Planted(v, new IncidentId("ucdp-ged", ged.value(row, "id")), "line " + (row + 2),
                        day ? "date_" : column, day ? new String[] {"date_start", v.text(), "date_end", v.text()}
                                : new String[] {column, ged.value(row, column) + v.text()}));
            }
            byte[] file = ged.withEachRow(row -> planted.get(row).change()).getBytes(StandardCharsets.UTF_8);
            check(planted, () -> db.importChecked(file, "ged191.csv", true, "GED hostile values " + planted));
        }
    }

    @Test
    void hostileJsonValuesAreRefusedOrKeptExactly() throws IOException {
        Random random = new Random(SEED + 3);
        String[][] texts = {{"place", "name"}, {"place", "adm1"}, {"actors", "sideA"}, {"actors", "sideB"},
            {"", "method"}, {"", "note"}, {"provenance", "licence"}};
        String[][] numbers = {{"place", "latitude"}, {"place", "longitude"}, {"casualties.deaths", "best"},
            {"casualties.deaths", "low"}, {"casualties", "deathsCivilians"}};
        for (int done = 0; done < VALUES; done += PER_FILE) {
            ObjectNode doc = json.copy();
            ArrayNode incidents = (ArrayNode) doc.get("incidents");
            ArrayNode originals = incidents.deepCopy();
            incidents.removeAll();
            List<Planted> planted = new ArrayList<>();
            for (int index = 0; index < PER_FILE; index++) {
                ObjectNode incident = (ObjectNode) originals.get(index % originals.size()).deepCopy();
                String id = "fuzz-" + index;
                incident.with("provenance").put("originalId", id);
                incidents.add(incident);
                HostileValues.Value v = HostileValues.next(random, true);
                String[] field = switch (v.kind()) {
                    case DAY -> new String[] {"dates", "start"};
                    case WRONG_TYPE -> v.text().startsWith("\"") ? numbers[random.nextInt(numbers.length)]
                            : texts[random.nextInt(texts.length)];
                    default -> texts[random.nextInt(texts.length)];
                };
                ObjectNode target = incident;
                for (String step : field[0].isEmpty() ? new String[0] : field[0].split("\\.")) {
                    target = (ObjectNode) target.get(step);
                }
                if (v.kind() == HostileValues.Kind.DAY) {
                    target.put("start", v.text());
                    target.put("end", v.text());
                } else if (v.kind() == HostileValues.Kind.WRONG_TYPE) {
                    target.set(field[1], HostileValues.wrongType(v.text(), target.get(field[1])));
                } else {
                    target.put(field[1], (target.hasNonNull(field[1]) ? target.get(field[1]).asText() : "x")
                            + v.text());
                }
                String path = field[0].isEmpty() ? field[1] : v.kind() == HostileValues.Kind.DAY ? "dates"
                        : field[0] + "." + field[1];
                planted.add(new Planted(v, new IncidentId(incident.get("provenance").get("dataset").asText(), id),
                        "incidents[" + index + "]", path, null));
            }
            byte[] file = JsonSample.pretty(doc).getBytes(StandardCharsets.UTF_8);
            check(planted, () -> db.importChecked(file, "fuzz.json", true, "JSON hostile values " + planted));
        }
    }

    /** One hostile value planted in one record: where, and the field a refusal must name. */
    private record Planted(HostileValues.Value value, IncidentId id, String location, String field,
            String[] change) {
        @Override
        public String toString() {
            return value + " at " + location;
        }
    }

    /** An import of a file of planted values. */
    @FunctionalInterface
    private interface Run {
        ImportReport run() throws IOException;
    }

    /** Imports, then checks case by case: each refused value refused naming its field and its record unchanged. */
    private static void check(List<Planted> planted, Run run) throws IOException {
        List<Optional<Incident>> before = new ArrayList<>();
        for (Planted p : planted) {
            before.add(p.value().mustBeRefused() ? db.repository().find(p.id()) : Optional.empty());
        }
        ImportReport r = run.run();
        assertTrue(r != null && r.committed(), "the file was refused whole: " + planted);
        for (int k = 0; k < planted.size(); k++) {
            Planted p = planted.get(k);
            cases++;
            Optional<Rejection> refusal = r.rejected().stream().filter(x -> x.location().equals(p.location())
                    || x.location().endsWith(", " + p.location())).findFirst();
            if (!p.value().mustBeRefused()) {
                assertTrue(refusal.isEmpty(), p + " was refused: " + refusal);
                if (p.value().kind() == HostileValues.Kind.DAY) {
                    Incident stored = db.repository().find(p.id()).orElseThrow();
                    assertEquals(LocalDate.parse(p.value().text()), stored.dates().start(), p.toString());
                    assertEquals(LocalDate.parse(p.value().text()), stored.dates().end(), p.toString());
                }
                continue;
            }
            Rejection x = refusal.orElseThrow(() -> new AssertionError(p + " was not refused: " + r.describe()));
            assertTrue(x.toString().contains(p.field()), p + ": the refusal does not name " + p.field() + ": " + x);
            assertEquals(before.get(k), db.repository().find(p.id()), p + ": its record changed");
            refusedAsExpected++;
        }
    }
}

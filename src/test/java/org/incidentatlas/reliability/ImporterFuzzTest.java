package org.incidentatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.ingest.GedCsvReader;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.ingest.IncidentReader;
import org.incidentatlas.ingest.NativeJsonReader;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;

/**
 * Property-based fuzzing of both importers with jqwik: real GED rows and real native JSON records, mutated at random
 * (bytes flipped, inserted, deleted, lines cut, repeated or swapped, quotes and separators injected). Whatever the
 * input, no exception other than {@link ImportException} escapes, and the database afterwards holds either exactly
 * what it held before (checked by content) or, after a commit, exactly that with every incident read from the file
 * added or replaced (each incident compared whole, with its sources, against what the reader makes of the file).
 */
class ImporterFuzzTest {
    static final int TRIES = 250;

    private static Path home;
    private static Database db;
    private static String current;
    private static final Map<IncidentId, Incident> HELD = new HashMap<>();
    private static int runs;
    private static int committed;

    /** One change to a file's bytes. */
    record Mutation(int kind, double at, int length, byte[] bytes) {
    }

    @BeforeContainer
    static void open() throws IOException {
        home = Files.createTempDirectory("fuzz");
        db = Database.open(home.resolve("db"));
        current = DatabaseDigest.of(db);
        HELD.clear();
        HELD.putAll(incidentsIn(db));
    }

    @AfterContainer
    static void close() throws IOException {
        db.close();
        try (java.util.stream.Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        System.out.println("fuzzing: " + runs + " mutated files imported (" + committed + " imports committed, "
                + HELD.size() + " incidents held at the end); 0 escaped exceptions, 0 partial imports, the database "
                + "held exactly the incidents read after every commit");
    }

    @Property(tries = TRIES, seed = "20261125")
    void mutatedGedRowsNeverEscapeNorPartlyImport(@ForAll("mutations") List<Mutation> mutations) throws Exception {
        byte[] base = GedSample.load(BadInputCorpus.GED_ROWS, BadInputCorpus.FIRST_NEW_ID).text()
                .getBytes(StandardCharsets.UTF_8);
        importChecked(apply(base, mutations), "ged191.csv");
    }

    @Property(tries = TRIES, seed = "20261125")
    void mutatedJsonNeverEscapesNorPartlyImports(@ForAll("mutations") List<Mutation> mutations) throws Exception {
        byte[] base = JsonSample.load().text().getBytes(StandardCharsets.UTF_8);
        importChecked(apply(base, mutations), "fuzz.json");
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 7),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 400),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    private static void importChecked(byte[] file, String name) throws IOException {
        runs++;
        for (boolean skip : new boolean[] {false, true}) {
            ImportReport report;
            try {
                report = new Importer(new IncidentRepository(db)).importStream(new ByteArrayInputStream(file), name,
                        skip, ProgressListener.NONE, null, null);
            } catch (ImportException refused) {
                assertEquals(current, DatabaseDigest.of(db), "a refused file changed the database");
                continue;
            }
            if (report.committed()) {
                assertTrue(skip || report.rejected().isEmpty(), report.describe());
                assertEquals(report.rowsRead(), report.imported() + report.rejected().size(), report.describe());
                Map<IncidentId, Incident> read = firstOfEachId(file, name);
                assertEquals(read.size(), report.imported(), "the report counts the records written");
                HELD.putAll(read);
                assertEquals(HELD, incidentsIn(db), "after committing " + name + " the database holds what it held "
                        + "before, with every incident read from the file added or replaced, and nothing else");
                current = DatabaseDigest.of(db);
                committed++;
            } else {
                assertEquals(0, report.imported());
                assertEquals(current, DatabaseDigest.of(db), "a refused import changed the database");
            }
        }
        assertTrue(DatabaseDigest.integrityProblems(db).isEmpty());
    }

    /**
     * The incidents a reader makes of the file, the first of each id (a later record with the same id is rejected),
     * read again apart from the import, the reader picked by the first non-blank byte as the importer does.
     */
    private static Map<IncidentId, Incident> firstOfEachId(byte[] file, String name) throws IOException {
        int k = 0;
        while (k < file.length && (file[k] == ' ' || file[k] == '\n' || file[k] == '\r' || file[k] == '\t')) {
            k++;
        }
        IncidentReader reader = k < file.length && (file[k] == '{' || file[k] == '[') ? new NativeJsonReader()
                : new GedCsvReader("19.1");
        Map<IncidentId, Incident> first = new LinkedHashMap<>();
        try {
            for (Incident incident : reader.read(new ByteArrayInputStream(file), name, ProgressListener.NONE)
                    .incidents()) {
                first.putIfAbsent(incident.id(), incident);
            }
        } catch (ImportException e) {
            throw new AssertionError("the import committed a file its reader refuses: " + e.getMessage(), e);
        }
        return first;
    }

    /** Every incident in the database, with its sources, by id. */
    private static Map<IncidentId, Incident> incidentsIn(Database database) throws IOException {
        Map<IncidentId, Incident> all = new HashMap<>();
        new IncidentRepository(database).forEachIncident(null, incident -> all.put(incident.id(), incident));
        return all;
    }

    static byte[] apply(byte[] base, List<Mutation> mutations) {
        byte[] b = base;
        for (Mutation m : mutations) {
            b = apply(b, m);
        }
        return b;
    }

    private static byte[] apply(byte[] b, Mutation m) {
        int at = (int) (m.at() * b.length);
        int end = Math.min(b.length, at + m.length());
        return switch (m.kind()) {
            case 0 -> splice(b, at, at + Math.min(m.bytes().length, b.length - at), m.bytes());
            case 1 -> splice(b, at, at, m.bytes());
            case 2 -> splice(b, at, end, new byte[0]);
            case 3 -> java.util.Arrays.copyOf(b, at);
            case 4 -> splice(b, at, at, java.util.Arrays.copyOfRange(b, at, end));
            case 5 -> splice(b, at, at, new byte[] {'"'});
            case 6 -> splice(b, at, at, new byte[] {(byte) (m.length() % 2 == 0 ? ',' : '\n')});
            default -> splice(b, at, Math.min(b.length, at + 1), new byte[] {(byte) (m.length() % 10 + '0')});
        };
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] with) {
        byte[] out = new byte[b.length - (to - from) + with.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(with, 0, out, from, with.length);
        System.arraycopy(b, to, out, from + with.length, b.length - to);
        return out;
    }
}

package org.incidentatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.reliability.BadInputCorpus.Case;
import org.incidentatlas.reliability.BadInputCorpus.Outcome;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the bad-input corpus through the importer, on a small database: refused input leaves every row of
 * every table as it was (checked by content after each case); with skip-bad-rows exactly the good records land and
 * the report lists the rest; messy-but-valid input is imported whole.
 */
class BadInputImportTest {
    @TempDir
    static Path home;

    private static Database db;
    private static String before;
    private static int cases;

    @BeforeAll
    static void smallDatabase() throws Exception {
        db = Database.open(home.resolve("db"));
        Path seed = home.resolve("seed.csv");
        SyntheticGedRows.write(seed, 1, 50, 7);
        new Importer(new IncidentRepository(db)).importFile(seed, false, ProgressListener.NONE);
        before = DatabaseDigest.of(db);
    }

    @AfterAll
    static void close() {
        db.close();
        System.out.println("bad-input corpus: " + cases + " cases imported, with and without skip-bad-rows");
    }

    static List<Case> corpus() throws Exception {
        return BadInputCorpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusedInputChangesNoRowAndSkippingKeepsTheGoodOnes(Case c) throws Exception {
        Path file = c.writeTo(home.resolve("corpus"));
        Importer importer = new Importer(new IncidentRepository(db), c.options());
        if (c.outcome() == Outcome.UNREADABLE) {
            ImportException e = assertThrows(ImportException.class,
                    () -> importer.importFile(file, false, ProgressListener.NONE));
            assertTrue(e.getMessage().contains(c.file()), e.getMessage());
            assertThrows(ImportException.class, () -> importer.importFile(file, true, ProgressListener.NONE));
            assertEquals(before, DatabaseDigest.of(db));
        } else if (c.outcome() == Outcome.REJECTED) {
            ImportReport strict = importer.importFile(file, false, ProgressListener.NONE);
            assertFalse(strict.committed(), strict.describe());
            assertEquals(0, strict.imported());
            assertFalse(strict.rejected().isEmpty());
            assertEquals(before, DatabaseDigest.of(db));
            skipping(c, file);
        } else {
            skipping(c, file);
        }
        assertTrue(DatabaseDigest.integrityProblems(db).isEmpty());
        cases++;
    }

    /** Into a fresh database: the good records land, the report lists the rest. */
    private static void skipping(Case c, Path file) throws Exception {
        try (Database fresh = Database.open(home.resolve("skip-" + cases))) {
            IncidentRepository repository = new IncidentRepository(fresh);
            ImportReport report = new Importer(repository, c.options()).importFile(file,
                    c.outcome() == Outcome.REJECTED, ProgressListener.NONE);
            assertTrue(report.committed(), report.describe());
            assertEquals(c.goodRows(), report.imported(), report.describe());
            assertEquals(c.goodRows(), repository.count());
            assertEquals(report.rowsRead() - c.goodRows(), report.rejected().size(), report.describe());
            assertEquals(c.outcome() == Outcome.ACCEPTED, report.rejected().isEmpty(), report.describe());
            assertTrue(DatabaseDigest.integrityProblems(fresh).isEmpty());
        }
    }
}

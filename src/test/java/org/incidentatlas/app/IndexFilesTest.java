package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.FilterEvaluator;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.IndexSnapshot;
import org.incidentatlas.ingest.ImportOptions;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.ingest.SyntheticGed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index snapshot of a real database: written, trusted only while it matches the database, else rebuilt. */
class IndexFilesTest {
    private static final AdminBoundaries OCHA = AdminBoundaries.bundled();

    @TempDir
    Path dir;

    @Test
    void theSnapshotIsReadWhileTheDatabaseIsUnchangedAndRebuiltWhenItIsDamagedOrStale() throws Exception {
        try (AtlasSession session = AtlasSession.open(dir, (d, t, m) -> { })) {
            IndexSnapshot.Loaded first = IndexFiles.load(session, OCHA, true);
            assertEquals("missing", first.rebuiltBecause());
            assertEquals(7_476, first.index().points().size());
            IndexSnapshot.Loaded again = IndexFiles.load(session, OCHA, true);
            assertNull(again.rebuiltBecause());
            IncidentFilter mosul = IncidentFilter.builder().text("mosul").build();
            int mosulCount = FilterEvaluator.evaluate(again.index().codes(), mosul).cardinality();
            assertEquals(FilterEvaluator.evaluate(first.index().codes(), mosul).cardinality(), mosulCount);

            Path file = IndexFiles.file(session);
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 0x40;
            Files.write(file, bytes);
            IndexSnapshot.Loaded repaired = IndexFiles.load(session, OCHA, true);
            assertTrue(repaired.rebuiltBecause().startsWith("damaged"), repaired.rebuiltBecause());
            assertEquals(7_476, repaired.index().points().size());
            assertEquals(mosulCount, FilterEvaluator.evaluate(repaired.index().codes(), mosul).cardinality());

            StringWriter csv = new StringWriter();
            SyntheticGed.writeCsv(csv, 50, 3);
            new Importer(session.repository()).importStream(
                    new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "fifty.csv", false,
                    (d, t, m) -> { }, null, null);
            IndexSnapshot.Loaded afterImport = IndexFiles.load(session, OCHA, true);
            assertTrue(afterImport.rebuiltBecause().startsWith("stale"), afterImport.rebuiltBecause());
            assertEquals(7_526, afterImport.index().points().size());
            IncidentFilter synthetic = IncidentFilter.builder().text("synthetic").build();
            assertEquals(50, FilterEvaluator.evaluate(afterImport.index().codes(), synthetic).cardinality());
        }
    }

    /**
     * {@code import}, and the window's import, build the snapshot from the facts the import hands over (the incidents
     * held before read from the database, the imported ones from their records as they are moved in): byte for byte
     * the snapshot the database itself gives, after a first import beside the bundled data (by the command) and after
     * a second that replaces 300 of its incidents and adds 100 (by the window).
     */
    @Test
    void theSnapshotAnImportBuildsFromItsRecordsIsTheOneTheDatabaseGives() throws Exception {
        Path db = dir.resolve("db");
        int[][] imports = {{300, 3}, {400, 4}};
        for (int[] run : imports) {
            Path csv = dir.resolve("synthetic-" + run[1] + ".csv");
            try (java.io.Writer w = Files.newBufferedWriter(csv)) {
                SyntheticGed.writeCsv(w, run[0], run[1]);
            }
            if (run[1] == 3) {
                CliRun imported = CliRun.on(db, "import", csv.toString());
                assertEquals(0, imported.code(), imported.err());
            } else {
                // The window's import, as File > Import runs it.
                try (AtlasSession session = AtlasSession.open(db, (d, t, m) -> { })) {
                    assertTrue(new SessionData(session).importFile(csv, ImportOptions.NONE, false,
                            (d, t, m) -> { }).committed());
                }
            }
            byte[] fromImport = Files.readAllBytes(db.resolve(IndexSnapshot.FILE_NAME));
            try (AtlasSession session = AtlasSession.open(db, (d, t, m) -> { })) {
                IndexSnapshot.Loaded loaded = IndexFiles.load(session, OCHA, true);
                assertNull(loaded.rebuiltBecause(), "the snapshot the import wrote fits the database");
                assertEquals(7_476 + run[0], loaded.index().points().size());
                IndexFiles.refresh(session, OCHA);
            }
            assertArrayEquals(Files.readAllBytes(db.resolve(IndexSnapshot.FILE_NAME)), fromImport,
                    "import of " + run[0]);
        }
    }
}

package org.incidentatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.domain.SampleIncidents;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.reliability.DatabaseDigest;
import org.incidentatlas.reliability.SyntheticGedRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import is staged in a file and moved into place once decided: one cut short before the decision leaves the live
 * tables as they were and its staging file is deleted at the next open; one cut short after it is completed by the next
 * open; no copy of the database is taken before the decision.
 */
class StagedImportTest {
    @TempDir
    Path dir;

    private static void putState(Database db, String name, String value) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO app_state (name, attr_value) VALUES (?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, value);
                return ps.executeUpdate();
            }
        });
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection raw() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(Database.FILE_NAME).toAbsolutePath()
                + ";FILE_LOCK=FILE;MAX_COMPACT_TIME=0", "atlas", "");
    }

    private static long stagingFiles(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(StagedFile.PREFIX)).count();
        }
    }

    @Test
    void theHighestRowIdEveryOpenAndImportAsksForIsLookedUpInTheKeyNotFoundByReadingEveryIncident() throws Exception {
        try (Database db = Database.open(dir)) {
            String plan = db.read(c -> {
                try (java.sql.Statement s = c.createStatement();
                        java.sql.ResultSet rs = s.executeQuery("EXPLAIN " + ImportStage.HIGHEST_ROW_ID)) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertTrue(plan.contains("direct lookup"), plan);
        }
    }

    @Test
    void anImportCutShortWhileStagingLeavesTheLiveTablesAsTheyWereAndItsFileIsDeletedOnOpen() throws Exception {
        String before;
        try (Database db = Database.open(dir)) {
            new IncidentRepository(db).saveAll(java.util.List.of(SampleIncidents.full("curated", "k-0")));
            before = DatabaseDigest.of(db);
            // An import that has staged 120 incidents and is staging more when the process dies.
            db.read(c -> {
                c.setAutoCommit(false);
                IncidentBatch batch = new IncidentBatch(c, dir);
                for (int i = 0; i < 120; i++) {
                    batch.write(SampleIncidents.full("curated", "s-" + i));
                }
                batch.putState("k", "imported");
                return null;
            });
        }
        assertEquals(1, stagingFiles(dir), "the staging file the import left");
        try (Connection c = raw()) {
            assertEquals(1, count(c, "incident"), "the live table holds nothing of the import");
        }
        try (Database db = Database.open(dir)) {
            assertTrue(db.restoredAfterInterruptedImport());
            assertEquals(before, DatabaseDigest.of(db), "nothing changed");
        }
        assertEquals(0, stagingFiles(dir), "the staging file is deleted");
    }

    @Test
    void aDecidedImportCutShortBeforeOrDuringItsMoveIsCompletedOnOpen() throws Exception {
        for (int keptOfMove : new int[] {0, 1}) {
            Path folder = dir.resolve("cut-" + keptOfMove);
            decideWithoutMoving(folder, keptOfMove == 1);
            try (Database db = Database.open(folder)) {
                assertTrue(db.restoredAfterInterruptedImport());
                IncidentRepository r = new IncidentRepository(db);
                assertEquals(121, r.count(), "case " + keptOfMove);
                for (int i = 0; i < 120; i++) {
                    Incident expected = SampleIncidents.full("curated", "s-" + i);
                    assertEquals(java.util.Optional.of(expected), r.find(expected.id()), "case " + keptOfMove);
                }
                assertTrue(DatabaseDigest.integrityProblems(db).isEmpty());
                assertEquals(-1L, db.<Long>read(StagedMove::staged), "its note is let go");
            }
            assertEquals(0, stagingFiles(folder), "its staging file is deleted");
        }
    }

    /**
     * A database of one incident and a decided import of 120 more, as a process leaves it that dies before the move
     * (or, with {@code partOfMove}, after the move ran and H2 kept it without an incident and some reports).
     */
    private static void decideWithoutMoving(Path folder, boolean partOfMove) {
        try (Database db = Database.open(folder)) {
            new IncidentRepository(db).saveAll(java.util.List.of(SampleIncidents.full("curated", "k-0")));
            DecidedImports.decide(db, folder, "s-", 120);
            if (partOfMove) {
                db.read(c -> StagedMove.complete(c, folder, false, 1_000));
                db.read(c -> {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("DELETE FROM source WHERE incident_id IN (SELECT id FROM incident "
                                + "WHERE original_id IN ('s-3', 's-77'))");
                        s.executeUpdate("DELETE FROM incident WHERE original_id = 's-50'");
                    }
                    return null;
                });
            }
            // the process dies here: endImport never runs
        }
    }

    @Test
    void aDecidedImportWhoseStagingFileWasDamagedIsTakenOutNotHalfMovedAndSaysSoOnce() throws Exception {
        decideWithoutMoving(dir, true);
        Path staged;
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            staged = files.filter(f -> f.getFileName().toString().startsWith(StagedFile.PREFIX)).findFirst()
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(staged);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(staged, bytes);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("Import the same file again"), e.getMessage());
        try (Connection c = raw()) {
            assertEquals(1, count(c, "incident"), "what of it had been moved is taken out");
            assertEquals(count(c, "source"), SampleIncidents.full("curated", "k-0").sourcing().reports().size());
        }
        // Said once: the next open succeeds, with the database as before the import.
        try (Database db = Database.open(dir)) {
            assertEquals(1, new IncidentRepository(db).count());
            assertTrue(DatabaseDigest.integrityProblems(db).isEmpty());
            assertEquals(-1L, db.<Long>read(StagedMove::staged));
        }
        assertEquals(0, stagingFiles(dir), "the damaged file is deleted");
    }

    @Test
    void anImportWhollyMovedWhoseNoteOutlivedItsStagingFileIsKeptNotTakenOut() throws Exception {
        decideWithoutMoving(dir, false);
        try (Connection c = raw()) {
            // The move runs to its end (not through an open, which would let the note go after it); then the
            // process dies before the note is let go, and the file is gone.
            assertTrue(StagedMove.complete(c, dir, false, 1_000));
            assertEquals(121, count(c, "incident"));
            assertTrue(StagedMove.staged(c) > 0, "the note is still there");
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith(StagedFile.PREFIX)).forEach(f -> f.toFile()
                    .delete());
        }
        try (Database db = Database.open(dir)) {
            IncidentRepository r = new IncidentRepository(db);
            assertEquals(121, r.count());
            for (int i = 0; i < 120; i++) {
                Incident expected = SampleIncidents.full("curated", "s-" + i);
                assertEquals(java.util.Optional.of(expected), r.find(expected.id()));
            }
            assertTrue(DatabaseDigest.integrityProblems(db).isEmpty());
            assertEquals(-1L, db.<Long>read(StagedMove::staged), "its note is let go");
        }
    }

    @Test
    void aDecidedImportWhoseStagingFileIsMissingOpensTheSecondTime() throws Exception {
        decideWithoutMoving(dir, false);
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith(StagedFile.PREFIX)).forEach(f -> f.toFile()
                    .delete());
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("is missing"), e.getMessage());
        try (Database db = Database.open(dir)) {
            assertEquals(1, new IncidentRepository(db).count());
        }
    }

    @Test
    void anImportAnEarlierVersionStagedInTablesAndDecidedIsCompletedOnOpen() throws Exception {
        java.util.List<Incident> staged = java.util.List.of(SampleIncidents.full("curated", "s-0"),
                SampleIncidents.messy("curated", "s-1"), SampleIncidents.full("curated", "s-2"));
        try (Database db = Database.open(dir)) {
            IncidentRepository r = new IncidentRepository(db);
            r.saveAll(java.util.List.of(SampleIncidents.full("curated", "k-0")));
            r.saveAll(staged);
        }
        // As that version left it: the three staged under their numbers within the import, decided, not moved.
        try (Connection c = raw(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO import_incident (id, replaces, " + IncidentWriter.COLUMNS + ") SELECT id - 1, "
                    + "FALSE, " + IncidentWriter.COLUMNS + " FROM incident WHERE original_id LIKE 's-%'");
            s.executeUpdate("INSERT INTO import_source (incident_id, seq, " + SourceColumns.NAMES + ") SELECT "
                    + "incident_id - 1, seq, " + SourceColumns.NAMES + " FROM source WHERE incident_id > 1");
            s.executeUpdate("DELETE FROM incident WHERE original_id LIKE 's-%'");
            s.executeUpdate("INSERT INTO app_state (name, attr_value) VALUES ('" + ImportMove.MOVE + "', '1;3')");
        }
        try (Database db = Database.open(dir)) {
            assertTrue(db.restoredAfterInterruptedImport());
            IncidentRepository r = new IncidentRepository(db);
            assertEquals(4, r.count());
            for (Incident expected : staged) {
                assertEquals(java.util.Optional.of(expected), r.find(expected.id()));
            }
            assertEquals(0L, db.<Long>read(c -> count(c, "import_incident") + count(c, "import_source")));
            assertEquals(null, db.read(ImportMove::note));
        }
    }

    @Test
    void aStagingThatAnotherConnectionOfThisProcessMayBeWritingIsLeftAlone() throws Exception {
        try (Database db = Database.open(dir)) {
            IncidentBatch batch = db.read(c -> {
                IncidentBatch b = new IncidentBatch(c, dir);
                for (int i = 0; i < 10; i++) {
                    b.write(SampleIncidents.full("curated", "s-" + i));
                }
                return b;
            });
            try (Database other = Database.open(dir)) {
                assertFalse(other.restoredAfterInterruptedImport());
                assertEquals(1, stagingFiles(dir), "the running import's staging file is left alone");
            }
            batch.abandon();
            assertEquals(0, stagingFiles(dir), "deleted when its import is over");
        }
    }

    @Test
    void aFinishedImportIsKeptAndLeavesNothingStaged() throws Exception {
        Path file = dir.resolve("ged191.csv");
        SyntheticGedRows.write(file, 1, 300, 1);
        Path db = dir.resolve("db");
        try (Database d = Database.open(db)) {
            ImportReport report = new Importer(new IncidentRepository(d)).importFile(file, false,
                    ProgressListener.NONE);
            assertTrue(report.committed(), report.describe());
            assertEquals(300, new IncidentRepository(d).count());
            assertEquals(0, stagingFiles(db));
        }
        try (Database d = Database.open(db)) {
            assertFalse(d.restoredAfterInterruptedImport());
            assertEquals(300, new IncidentRepository(d).count());
        }
        assertFalse(Files.exists(db.resolve(ImportGuard.MARKER)), "no marker");
        assertFalse(Files.exists(db.resolve(ImportGuard.BACKUP)), "no copy of the database");
        assertFalse(MoveCopy.exists(db), "no copy of it from before the move is left");
    }

    @Test
    void anIncidentSavedAfterAnImportGetsARowIdOfItsOwn() {
        try (Database db = Database.open(dir)) {
            new IncidentRepository(db).saveAll(java.util.List.of(SampleIncidents.full("curated", "k-0"),
                    SampleIncidents.full("curated", "k-1")));
            db.inTransaction(c -> {
                try (IncidentWriter w = new IncidentWriter(c)) {
                    w.write(SampleIncidents.full("mine", "e-1"));
                    w.flush();
                }
                return null;
            });
            // A move committed and the process died before the counter of row ids was set past its rows.
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE incident ALTER COLUMN id RESTART WITH 1");
                }
                return null;
            });
        }
        try (Database db = Database.open(dir)) {
            db.inTransaction(c -> {
                try (IncidentWriter w = new IncidentWriter(c)) {
                    w.write(SampleIncidents.full("mine", "e-2"));
                    w.flush();
                }
                return null;
            });
            assertEquals(4, new IncidentRepository(db).count());
        }
    }

    @Test
    void aRefusedImportLeavesTheFileNoLargerAndTheContentAsBefore() throws Exception {
        Path good = dir.resolve("good.csv");
        SyntheticGedRows.write(good, 1, 200, 1);
        Path refused = dir.resolve("refused.csv");
        SyntheticGedRows.write(refused, 1_000, 20_000, 2);
        // One bad record at the end: the whole file is read and written before the import is refused.
        Files.writeString(refused, Files.readAllLines(good).get(1)
                .replaceFirst(",Baghdad district,[0-9.]+,", ",Baghdad district,134.5,") + "\n",
                StandardOpenOption.APPEND);
        Path db = dir.resolve("db");
        Path file = db.resolve(Database.FILE_NAME + ".mv.db");
        try (Database d = Database.open(db)) {
            Importer importer = new Importer(new IncidentRepository(d));
            importer.importFile(good, false, ProgressListener.NONE);
            String before = DatabaseDigest.of(d);
            long sizeBefore = Files.size(file);
            ImportReport report = importer.importFile(refused, false, ProgressListener.NONE);
            assertFalse(report.committed());
            assertEquals(1, report.rejected().size(), report.describe());
            assertEquals(20_001, report.rowsRead());
            assertEquals(before, DatabaseDigest.of(d), "the same connection reads the content from before");
            assertEquals(0, stagingFiles(db), "its staging file is deleted");
            // The 20,000 records were staged in a file of their own: the database file is not grown by them.
            assertTrue(Files.size(file) < sizeBefore + 64 * 1024, "the staged records left no space behind: "
                    + sizeBefore + " -> " + Files.size(file));
        }
    }

    @Test
    void aCopyAnEarlierVersionKeptBeforeAnImportCutShortIsPutBack() throws Exception {
        try (Database db = Database.open(dir)) {
            putState(db, "k", "before");
        }
        Files.copy(dir.resolve(Database.FILE_NAME + ".mv.db"), dir.resolve(ImportGuard.BACKUP));
        try (Database db = Database.open(dir)) {
            putState(db, "k", "imported");
        }
        // As the earlier version left it when killed mid-import: the copy from before, the marker, the file changed.
        Files.writeString(dir.resolve(ImportGuard.MARKER), "an import started\n");
        try (Database db = Database.open(dir)) {
            assertTrue(db.restoredAfterInterruptedImport());
            assertEquals("before", new IncidentRepository(db).state("k"));
        }
        assertFalse(ImportGuard.interrupted(dir));
    }

    @Test
    void aMarkerHeldByAnotherProgramIsNotTakenForAnImportCutShort() throws Exception {
        try (Database db = Database.open(dir)) {
            putState(db, "k", "before");
        }
        Files.copy(dir.resolve(Database.FILE_NAME + ".mv.db"), dir.resolve(ImportGuard.BACKUP));
        Files.writeString(dir.resolve(ImportGuard.MARKER), "an import started\n");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                HoldMarker.class.getName(), dir.resolve(ImportGuard.MARKER).toString())
                .redirectErrorStream(true).start();
        try {
            assertEquals("locked", new String(holder.getInputStream().readNBytes(6),
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThrows(DatabaseInUseException.class, () -> Database.open(dir));
            assertTrue(ImportGuard.interrupted(dir), "marker and copy left alone");
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
        try (Database db = Database.open(dir)) {
            assertTrue(db.restoredAfterInterruptedImport(), "once nothing holds it, it counts as cut short");
        }
    }
}

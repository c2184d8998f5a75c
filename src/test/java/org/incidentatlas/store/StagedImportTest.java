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
 * An import is staged and moved into place in one transaction: one cut short leaves the live tables as they were and
 * its staged rows are emptied at the next open; no copy of the database is taken.
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

    @Test
    void anImportCutShortWhileStagingLeavesTheLiveTablesAsTheyWereAndItsRowsAreEmptiedOnOpen() throws Exception {
        String before;
        try (Database db = Database.open(dir)) {
            new IncidentRepository(db).saveAll(java.util.List.of(SampleIncidents.full("curated", "k-0")));
            before = DatabaseDigest.of(db);
            // An import that has committed 100 staged incidents and is writing more when the process dies.
            db.read(c -> {
                c.setAutoCommit(false);
                IncidentBatch batch = new IncidentBatch(c, 50);
                for (int i = 0; i < 120; i++) {
                    batch.write(SampleIncidents.full("curated", "s-" + i));
                }
                batch.putState("k", "imported");
                return null;
            });
        }
        try (Connection c = raw()) {
            assertEquals(100, count(c, "import_incident"), "the staged rows committed before the crash");
            assertEquals(1, count(c, "incident"), "the live table holds nothing of the import");
        }
        try (Database db = Database.open(dir)) {
            assertTrue(db.restoredAfterInterruptedImport());
            assertEquals(before, DatabaseDigest.of(db), "the staging tables are emptied, nothing else changed");
            assertEquals(0L, db.<Long>read(c -> count(c, "import_source")));
        }
    }

    @Test
    void aDecidedImportCutShortBeforeOrDuringItsMoveIsCompletedOnOpen() throws Exception {
        for (int keptOfMove : new int[] {0, 1}) {
            Path folder = dir.resolve("cut-" + keptOfMove);
            try (Database db = Database.open(folder)) {
                new IncidentRepository(db).saveAll(java.util.List.of(SampleIncidents.full("curated", "k-0")));
                db.inTransaction(c -> {
                    IncidentBatch batch = new IncidentBatch(c, 50);
                    for (int i = 0; i < 120; i++) {
                        batch.write(SampleIncidents.full("curated", "s-" + i));
                    }
                    batch.finish();
                    return null;
                });
                if (keptOfMove == 1) {
                    // The move ran, and what H2 kept of it after the crash lacks an incident and some reports.
                    db.read(c -> ImportMove.complete(c, false, 1_000, ProgressListener.NONE));
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
            try (Database db = Database.open(folder)) {
                assertTrue(db.restoredAfterInterruptedImport());
                IncidentRepository r = new IncidentRepository(db);
                assertEquals(121, r.count(), "case " + keptOfMove);
                for (int i = 0; i < 120; i++) {
                    Incident expected = SampleIncidents.full("curated", "s-" + i);
                    assertEquals(java.util.Optional.of(expected), r.find(expected.id()), "case " + keptOfMove);
                }
                assertEquals(0L, db.<Long>read(c -> count(c, "import_incident") + count(c, "import_source")));
                assertTrue(DatabaseDigest.integrityProblems(db).isEmpty());
                assertEquals(null, db.read(ImportMove::note), "its note is let go");
            }
        }
    }

    @Test
    void aStagingThatAnotherConnectionOfThisProcessMayBeWritingIsLeftAlone() throws Exception {
        try (Database db = Database.open(dir)) {
            db.read(c -> {
                c.setAutoCommit(false);
                IncidentBatch batch = new IncidentBatch(c, 10);
                for (int i = 0; i < 10; i++) {
                    batch.write(SampleIncidents.full("curated", "s-" + i));
                }
                c.setAutoCommit(true);
                return null;
            });
            try (Database other = Database.open(dir)) {
                assertFalse(other.restoredAfterInterruptedImport());
                assertEquals(10L, other.<Long>read(c -> count(c, "import_incident")));
            }
            db.endImport(false);
            assertEquals(0L, db.<Long>read(c -> count(c, "import_incident")), "emptied when its import is over");
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
            assertEquals(0L, d.<Long>read(c -> count(c, "import_incident") + count(c, "import_source")));
        }
        try (Database d = Database.open(db)) {
            assertFalse(d.restoredAfterInterruptedImport());
            assertEquals(300, new IncidentRepository(d).count());
        }
        assertFalse(Files.exists(db.resolve(ImportGuard.MARKER)), "no marker");
        assertFalse(Files.exists(db.resolve(ImportGuard.BACKUP)), "no copy of the database");
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
            // The staged 20,000 records were committed as they went; kept, their space would add megabytes.
            assertTrue(Files.size(file) < sizeBefore + 64 * 1024, "the space the staged records took is given "
                    + "back: " + sizeBefore + " -> " + Files.size(file));
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

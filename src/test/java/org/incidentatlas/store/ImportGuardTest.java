package org.incidentatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.reliability.DatabaseDigest;
import org.incidentatlas.reliability.SyntheticGedRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import cut short leaves the database as it was before the import, whatever the file holds after the crash. */
class ImportGuardTest {
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

    @Test
    void anImportCutShortIsUndoneEvenWhenItsTransactionHadCommitted() {
        try (Database db = Database.open(dir)) {
            putState(db, "k", "before");
            db.beginImport();
            putState(db, "k", "imported");
            // the process dies here: endImport never runs
        }
        assertTrue(ImportGuard.interrupted(dir));
        try (Database db = Database.open(dir)) {
            assertTrue(db.restoredAfterInterruptedImport());
            assertEquals("before", new IncidentRepository(db).state("k"), "not acknowledged, so not kept");
        }
        assertFalse(Files.exists(dir.resolve(ImportGuard.MARKER)));
        assertFalse(Files.exists(dir.resolve(ImportGuard.BACKUP)));
        assertFalse(Files.exists(dir.resolve(ImportGuard.ZIP_BACKUP)));
    }

    @Test
    void withAnotherConnectionOpenTheCopyIsTakenOnlineAndPutBackAllTheSame() {
        try (Database db = Database.open(dir)) {
            putState(db, "k", "before");
        }
        Database importing = Database.open(dir);
        try (Database other = Database.open(dir)) {
            importing.beginImport();
            assertTrue(Files.exists(dir.resolve(ImportGuard.ZIP_BACKUP)), "closing would not close the file");
            assertFalse(Files.exists(dir.resolve(ImportGuard.BACKUP)));
            putState(importing, "k", "imported");
            assertEquals("imported", new IncidentRepository(other).state("k"));
        }
        // the process dies here: endImport never runs
        importing.close();
        try (Database db = Database.open(dir)) {
            assertTrue(db.restoredAfterInterruptedImport());
            assertEquals("before", new IncidentRepository(db).state("k"));
        }
        assertFalse(ImportGuard.interrupted(dir));
        assertFalse(Files.exists(dir.resolve(ImportGuard.ZIP_BACKUP)));
    }

    @Test
    void aFinishedImportLeavesNoCopyAndIsNotUndone() {
        try (Database db = Database.open(dir)) {
            db.beginImport();
            putState(db, "k", "imported");
            db.endImport(true);
        }
        assertFalse(ImportGuard.interrupted(dir));
        try (Database db = Database.open(dir)) {
            assertFalse(db.restoredAfterInterruptedImport());
            assertEquals("imported", new IncidentRepository(db).state("k"));
        }
    }

    @Test
    void aDatabaseDamagedDuringAnImportIsPutBackAsItWasBefore() throws Exception {
        try (Database db = Database.open(dir)) {
            putState(db, "k", "before");
            db.beginImport();
            putState(db, "k", "imported");
        }
        Path file = dir.resolve(Database.FILE_NAME + ".mv.db");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long at = 4096; at < raf.length(); at += 512) {
                raf.seek(at);
                raf.write(new byte[64]);
            }
        }
        try (Database db = Database.open(dir)) {
            assertTrue(db.restoredAfterInterruptedImport());
            assertEquals("before", new IncidentRepository(db).state("k"));
        }
        assertFalse(ImportGuard.interrupted(dir));
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
                java.nio.file.StandardOpenOption.APPEND);
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
            // Opening the file again adds a page or so; 20,000 rolled-back records kept would add megabytes.
            assertTrue(Files.size(file) < sizeBefore + 64 * 1024, "the file is the one from before the import, not "
                    + "one that keeps the space of the rolled-back records: " + sizeBefore + " -> " + Files.size(file));
        }
        assertFalse(Files.exists(db.resolve(ImportGuard.MARKER)));
        assertFalse(Files.exists(db.resolve(ImportGuard.BACKUP)));
        assertFalse(Files.exists(db.resolve(ImportGuard.ZIP_BACKUP)));
    }

    @Test
    void anImportThatIsStillRunningIsNotUndoneByAnotherProcess() throws Exception {
        try (Database db = Database.open(dir)) {
            putState(db, "k", "before");
        }
        // An import between closing and opening its connection again: the marker is there and held, the database not.
        ImportGuard.Held held = ImportGuard.begin(dir);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(Database.FILE_NAME)
                + ";FILE_LOCK=FILE;MAX_COMPACT_TIME=0", "atlas", "")) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE app_state SET attr_value = ? WHERE name = ?")) {
                ps.setString(1, "imported");
                ps.setString(2, "k");
                ps.executeUpdate();
            }
        }
        try {
            String out = otherProcess(OpenInAnotherProcess.IN_USE);
            assertTrue(out.contains("is in use by another program"), out);
            assertTrue(ImportGuard.interrupted(dir), "marker and copy left alone");
            assertThrows(DatabaseInUseException.class, () -> Database.open(dir), "nor undone from this process");
        } finally {
            held.release();
        }
        // Once nothing holds the marker, the import counts as cut short and is undone.
        otherProcess(OpenInAnotherProcess.OPENED);
        try (Database db = Database.open(dir)) {
            assertEquals("before", new IncidentRepository(db).state("k"));
        }
        assertFalse(ImportGuard.interrupted(dir));
    }

    private String otherProcess(int expectedExit) throws Exception {
        OpenInAnotherProcess.Result r = OpenInAnotherProcess.run(dir);
        assertEquals(expectedExit, r.exit(), r.output());
        return r.output();
    }
}

package org.incidentatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
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
    }

    @Test
    void aFinishedImportLeavesNoCopyAndIsNotUndone() {
        try (Database db = Database.open(dir)) {
            db.beginImport();
            putState(db, "k", "imported");
            db.endImport();
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
}

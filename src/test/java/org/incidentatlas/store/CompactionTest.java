package org.incidentatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.domain.SampleIncidents;
import org.incidentatlas.reliability.DatabaseDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compaction after a bulk import writes a compacted copy and renames it over the file: the content is unchanged,
 * the file shrinks, nothing is left beside it, what a compaction cut short leaves is cleared at the next open, and no
 * other program opens the database while it runs.
 */
class CompactionTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(Database.FILE_NAME + ".mv.db");
    }

    /** A database whose file holds far more than its data: 3,000 incidents written, then 2,500 of them deleted. */
    private String bloated(Database db) {
        List<Incident> many = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            many.add(SampleIncidents.full("curated", "c-" + i));
        }
        IncidentRepository r = new IncidentRepository(db);
        r.saveAll(many);
        db.inTransaction(c -> {
            try (java.sql.Statement s = c.createStatement()) {
                return s.executeUpdate("DELETE FROM incident WHERE id > 500");
            }
        });
        return DatabaseDigest.of(db);
    }

    @Test
    void theCompactedFileHoldsTheSameDataInLessSpaceAndNothingIsLeftBeside() throws Exception {
        String before;
        long bloatedSize;
        try (Database db = Database.open(dir)) {
            before = bloated(db);
            db.read(c -> {
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT SYNC");
                }
                return null;
            });
            bloatedSize = Files.size(file());
            db.endImport(false, true, IncidentBatch.LARGE_MOVE, ProgressListener.NONE, null);
            assertTrue(Files.size(file()) < bloatedSize / 2, Files.size(file()) + " of " + bloatedSize);
            assertEquals(before, DatabaseDigest.of(db), "the same content, read through the reopened connection");
            assertEquals(500, new IncidentRepository(db).count());
            assertFalse(Files.exists(dir.resolve(Compaction.COMPACTING)));
            assertFalse(Files.exists(dir.resolve(Compaction.MARKER)));
        }
        try (Database db = Database.open(dir)) {
            assertEquals(before, DatabaseDigest.of(db));
            assertTrue(DatabaseDigest.integrityProblems(db).isEmpty());
        }
    }

    @Test
    void whatACompactionCutShortLeftIsClearedAndTheDatabaseOpensAsItWas() throws Exception {
        String before;
        try (Database db = Database.open(dir)) {
            before = bloated(db);
        }
        // As a kill mid-compaction leaves it: a marker no one holds and a partial copy; the file itself untouched.
        Files.writeString(dir.resolve(Compaction.MARKER), "");
        Files.write(dir.resolve(Compaction.COMPACTING), new byte[] {'H', ':', '2', ',', 0, 0, 0});
        try (Database db = Database.open(dir)) {
            assertEquals(before, DatabaseDigest.of(db));
        }
        assertFalse(Files.exists(dir.resolve(Compaction.COMPACTING)));
        assertFalse(Files.exists(dir.resolve(Compaction.MARKER)));
    }

    @Test
    void noOneOpensTheDatabaseWhileItIsBeingCompacted() throws Exception {
        try (Database db = Database.open(dir)) {
            bloated(db);
        }
        try (FileChannel marker = FileChannel.open(dir.resolve(Compaction.MARKER), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = marker.lock()) {
            assertTrue(lock.isValid());
            assertThrows(DatabaseInUseException.class, () -> Database.open(dir));
            assertTrue(Files.exists(dir.resolve(Compaction.MARKER)), "the running compaction's marker is left alone");
        }
        try (Database db = Database.open(dir)) {
            assertEquals(500, new IncidentRepository(db).count());
        }
    }
}

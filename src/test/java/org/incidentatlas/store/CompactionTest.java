package org.incidentatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    void anImportOfNewIncidentsLeavesTheFileAsItIsAndOneThatReplacesManyCompactsIt() throws Exception {
        try (Database db = Database.open(dir)) {
            DecidedImports.decide(db, dir, "c-", 3_000);
            db.endImport(true, false, IncidentBatch.LARGE_MOVE, ProgressListener.NONE, null);
            List<String> phases = new ArrayList<>();
            Object fileBefore = fileKey();
            DecidedImports.decide(db, dir, "n-", 200);
            db.endImport(true, true, IncidentBatch.LARGE_MOVE, (done, total, message) -> phases.add(message), null);
            assertEquals(List.of("moving 200 incidents into place"), phases, "nothing to gain from a compaction");
            // The file's identity (its inode), where the system gives one: Windows does not.
            if (fileBefore != null) {
                assertEquals(fileBefore, fileKey(), "the same file, not a compacted copy renamed over it");
            }
            phases.clear();
            // 1,000 of the 3,200 incidents replaced: what they held before is dead space in the file.
            DecidedImports.decide(db, dir, "c-", 1_000);
            db.endImport(true, true, IncidentBatch.LARGE_MOVE, (done, total, message) -> phases.add(message), null);
            assertEquals(List.of("moving 1000 incidents into place", "compacting the database"), phases);
            if (fileBefore != null) {
                assertNotEquals(fileBefore, fileKey(), "a compacted copy renamed over the file");
            }
            assertEquals(3_200, new IncidentRepository(db).count());
        }
    }

    @Test
    void aCompactionIsWorthItAfterReplacingAQuarterOfTheIncidentsOrWhenMostOfTheFileIsDead() {
        assertFalse(Compaction.worthIt(0, 1_007_476, 94), "a million new incidents, as a move leaves them");
        assertFalse(Compaction.worthIt(249, 1_000, 94));
        assertTrue(Compaction.worthIt(250, 1_000, 94), "a quarter replaced");
        assertTrue(Compaction.worthIt(1_000, 1_000, 100), "a dataset imported again");
        assertFalse(Compaction.worthIt(0, 1_000, 40));
        assertTrue(Compaction.worthIt(0, 1_000, 39), "most of the file dead, from earlier deletions");
        assertFalse(Compaction.worthIt(0, 0, 94), "an empty database");
    }

    private Object fileKey() throws java.io.IOException {
        return Files.readAttributes(file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
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

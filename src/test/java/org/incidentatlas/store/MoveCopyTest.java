package org.incidentatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.incidentatlas.domain.FactsSink;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentFacts;
import org.incidentatlas.domain.SampleIncidents;
import org.incidentatlas.reliability.DatabaseDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy of the database taken between an import's decision and its move into place: it is there while the move
 * runs and gone after it; the next open after a kill in the move puts it back and completes the move from it, whether
 * the file H2 left is whole or damaged.
 */
class MoveCopyTest {
    private static final int IMPORTED = 120;

    @TempDir
    Path dir;

    private static Incident staged(int i) {
        return SampleIncidents.full("curated", "s-" + i);
    }

    /** A database of one incident and a decided import of 120 more, as left by a process that died before the move. */
    private static void decide(Database db, Path folder) {
        new IncidentRepository(db).saveAll(List.of(SampleIncidents.full("curated", "k-0")));
        db.inTransaction(c -> {
            IncidentBatch batch = new IncidentBatch(c, folder);
            for (int i = 0; i < IMPORTED; i++) {
                batch.write(staged(i));
            }
            batch.finish();
            return null;
        });
    }

    private static void assertWholeImport(Database db) {
        IncidentRepository r = new IncidentRepository(db);
        assertEquals(IMPORTED + 1, r.count());
        for (int i = 0; i < IMPORTED; i++) {
            assertEquals(Optional.of(staged(i)), r.find(staged(i).id()));
        }
        assertTrue(DatabaseDigest.integrityProblems(db).isEmpty());
        assertEquals(-1L, db.<Long>read(StagedMove::staged), "the import's note is let go");
    }

    private static long stagingFiles(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(StagedFile.PREFIX)).count();
        }
    }

    @Test
    void theCopyIsThereWhileTheImportIsMovedAndGoneAfter() throws Exception {
        List<String> seen = new ArrayList<>();
        // Told of each incident the database holds as the move goes (the one from before, then the import's 120).
        List<Boolean> duringMove = java.util.Collections.synchronizedList(new ArrayList<>());
        FactsSink sink = new FactsSink() {
            @Override
            public void expect(int incidents) {
                // nothing to make room for
            }

            @Override
            public void accept(IncidentFacts facts) {
                duringMove.add(MoveCopy.exists(dir));
            }
        };
        try (Database db = Database.open(dir)) {
            decide(db, dir);
            assertFalse(MoveCopy.exists(dir), "no copy before the move");
            db.endImport(true, false, 1, (done, total, message) -> seen.add(message.split(" ")[0] + " "
                    + MoveCopy.exists(dir)), new ImportFacts(sink, id -> false));
            assertWholeImport(db);
        }
        assertEquals(List.of("moving false"), seen, "taken after the decision, before the move");
        assertEquals(121, duringMove.size());
        assertEquals(List.of(true), duringMove.stream().distinct().toList(), "there all through the move");
        assertFalse(MoveCopy.exists(dir), "deleted once the import is in");
        assertEquals(0, stagingFiles(dir));
    }

    private Connection raw(Path folder) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve(Database.FILE_NAME).toAbsolutePath()
                + ";FILE_LOCK=FILE;MAX_COMPACT_TIME=0", "atlas", "");
    }

    @Test
    void aMoveCutShortIsDoneAgainFromTheCopyAndTheCopyDeleted() throws Exception {
        try (Database db = Database.open(dir)) {
            decide(db, dir);
        }
        assertTrue(MoveCopy.take(dir));
        // Written after the copy was taken: gone after the open shows the move was done again from the copy.
        try (Connection c = raw(dir)) {
            AppState.put(c, "after-copy", "kept");
        }
        try (Database db = Database.open(dir)) {
            assertTrue(db.restoredAfterInterruptedImport());
            assertWholeImport(db);
            assertNull(db.<String>read(c -> AppState.get(c, "after-copy")), "the copy was put back");
        }
        assertFalse(MoveCopy.exists(dir), "the copy is deleted once the import is whole");
        assertEquals(0, stagingFiles(dir));
    }

    @Test
    void aMoveCutShortOnADamagedFileIsDoneAgainFromTheCopy() throws Exception {
        try (Database db = Database.open(dir)) {
            decide(db, dir);
        }
        assertTrue(MoveCopy.take(dir));
        // As a kill during the move can leave it: the chunks H2 wrote last are not what its header says.
        Path file = dir.resolve(Database.FILE_NAME + ".mv.db");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[(int) f.length() - 8192];
            java.util.Arrays.fill(junk, (byte) 0x5a);
            f.seek(8192);
            f.write(junk);
        }
        // The damage is real: without the copy the same file does not open with the import (H2 2.5 opens it as a new,
        // empty database).
        Path alone = dir.resolve("without-copy");
        Files.createDirectories(alone);
        Files.copy(file, alone.resolve(file.getFileName()));
        long aloneHolds;
        try (Database db = Database.open(alone)) {
            aloneHolds = new IncidentRepository(db).count();
        } catch (StoreException e) {
            aloneHolds = -1;
        }
        assertNotEquals(IMPORTED + 1, aloneHolds);

        try (Database db = Database.open(dir)) {
            assertTrue(db.restoredAfterInterruptedImport());
            assertWholeImport(db);
        }
        assertFalse(MoveCopy.exists(dir), "the copy is deleted once the import is whole");
        assertEquals(0, stagingFiles(dir));
        assertFalse(Files.exists(dir.resolve(MoveCopy.RESTORING)));
    }

    @Test
    void whatATakingOrAPuttingBackCutShortLeftIsCleared() throws Exception {
        try (Database db = Database.open(dir)) {
            decide(db, dir);
        }
        // Killed while the copy was written: no copy under its own name, so the move is completed as before.
        Files.write(dir.resolve(MoveCopy.PART), new byte[] {'H', ':', '2'});
        Files.write(dir.resolve(MoveCopy.RESTORING), new byte[] {'H', ':', '2'});
        try (Database db = Database.open(dir)) {
            assertWholeImport(db);
        }
        assertFalse(Files.exists(dir.resolve(MoveCopy.PART)));
        assertFalse(Files.exists(dir.resolve(MoveCopy.RESTORING)));
        assertFalse(MoveCopy.exists(dir));
    }
}

package org.incidentatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A copy of the database file taken once an import is decided and before its records are moved into place
 * ({@value #COPY}), kept until the move and the compaction are over. H2 does not always survive a
 * kill while it writes a large move: about one kill in a hundred to a hundred and sixty left a file it could not open
 * ("Chunk 8 not found") or could not commit to. The next open after such a kill finds the copy beside the file; if
 * the file does not open, cannot complete the move or fails its check, the copy is put back and the move done again
 * from it (it holds the decision, and the staging file is still there). The copy is of the database as it was before
 * the import (its pages written compressed): a few megabytes for the bundled data, about 170 MB at a million
 * incidents, never the import itself.
 */
final class MoveCopy {
    static final String COPY = "before-move.mv.db";
    static final String PART = COPY + ".part";
    static final String RESTORING = Database.FILE_NAME + ".mv.db.restoring";

    private MoveCopy() {
    }

    private static Path file(Path folder) {
        return folder.resolve(Database.FILE_NAME + ".mv.db");
    }

    /** Whether a copy is there: a move was cut short, or what follows it (the compaction). */
    static boolean exists(Path folder) {
        return Files.exists(folder.resolve(COPY));
    }

    /**
     * Copies the closed database file: written under another name, forced to disk, then renamed, so that a copy
     * under its own name is always whole. A copy that cannot be taken (a full disk) is deleted, and the move goes on
     * without it.
     */
    static boolean take(Path folder) {
        Path part = folder.resolve(PART);
        try {
            Files.copy(file(folder), part, StandardCopyOption.REPLACE_EXISTING);
            Compaction.force(part);
            Files.move(part, folder.resolve(COPY), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            Compaction.force(folder);
            return true;
        } catch (IOException e) {
            deleteQuietly(part);
            return false;
        }
    }

    /**
     * Puts the copy back over the closed database file in one rename, and keeps it: a kill during the move done again
     * from it finds it there once more.
     */
    static void restore(Path folder) throws IOException {
        Path restoring = folder.resolve(RESTORING);
        Files.copy(folder.resolve(COPY), restoring, StandardCopyOption.REPLACE_EXISTING);
        Compaction.force(restoring);
        Files.move(restoring, file(folder), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Compaction.force(folder);
    }

    /** Deletes the copy, once the import it guarded is whole on disk. */
    static void drop(Path folder) {
        deleteQuietly(folder.resolve(COPY));
    }

    /** Removes what a copy or a restore cut short left (partial files; the database file was not touched). */
    static void cleanUp(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(PART));
        Files.deleteIfExists(folder.resolve(RESTORING));
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left behind, the next open finds the database whole, and deletes it.
        }
    }
}

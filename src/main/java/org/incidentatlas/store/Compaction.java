package org.incidentatlas.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;

/**
 * Compaction of the database file after a bulk import, made so that a crash at any moment leaves a whole database: the
 * live data are copied into a new file beside it ({@value #COMPACTING}), which is forced to disk and then renamed over
 * the old one in one step. H2's own {@code SHUTDOWN COMPACT} moves chunks about inside the one file instead, and a
 * kill in the middle of that can leave a file H2 cannot open ("Chunk 8 not found", met by the long crash test). The
 * database is closed meanwhile; a marker ({@value #MARKER}), locked from before it is closed until it is open again,
 * keeps other programs from opening it until the new file is in place.
 */
final class Compaction {
    static final String MARKER = "compacting";
    static final String COMPACTING = Database.FILE_NAME + ".mv.db.compacting";
    /** Every large import is followed by a compaction (the crash test sets it, to kill imports in the compaction). */
    private static final boolean ALWAYS = Boolean.getBoolean("incidentatlas.compactAlways");

    private Compaction() {
    }

    /**
     * Compacts the closed database in {@code folder}; returns whether it did. A compaction that fails (a full disk,
     * say) leaves the old file as it was: the import stands all the same, in a larger file.
     */
    static boolean compactQuietly(Path folder) {
        try {
            compact(folder);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs {@code work} on the database file while the database is closed, holding the marker from before the
     * database is closed with {@code close} until it is opened again with {@code reopen}: no other program opens it
     * in between (the copy before a move is taken this way too; see {@link MoveCopy}).
     */
    static <T> T whileClosed(Path folder, Runnable close, Runnable work, Supplier<T> reopen) throws IOException {
        try (FileChannel marker = FileChannel.open(folder.resolve(MARKER), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = marker.lock()) {
            close.run();
            work.run();
            return reopen.get();
        } finally {
            try {
                Files.deleteIfExists(folder.resolve(MARKER));
            } catch (IOException e) {
                // Unlocked, it keeps no one out; the next open removes it.
            }
        }
    }

    private static void compact(Path folder) throws IOException {
        Path file = folder.resolve(Database.FILE_NAME + ".mv.db");
        Path copy = folder.resolve(COMPACTING);
        Files.deleteIfExists(copy);
        try {
            // Pages compressed (LZF): at a million incidents 248 MB instead of 466 MB, as H2's own compaction made it.
            MVStore.compact(file.toString(), copy.toString(), true, null);
            force(copy);
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            force(folder);
        } catch (RuntimeException e) {
            throw new IOException("the compacted copy could not be written: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * Whether the file of the database open on {@code c}, holding {@code held} incidents after an import that
     * replaced {@code replaced} of them, is worth compacting. Pages are written compressed, and the move into place
     * appends to its tables in small commits, so a large import of new incidents leaves a file almost all live (94% at
     * a million GED incidents): rewriting it would only cost time (about 6 s at a million). The dead space is what
     * replaced incidents leave, so the file is compacted when the import replaced a quarter or more of the incidents
     * held, or when less than 40% of what H2's chunks hold is live (what earlier deletions left).
     */
    static boolean worthIt(java.sql.Connection c, long replaced, long held) {
        if (ALWAYS) {
            return true;
        }
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet fill = s.executeQuery("SELECT "
                + "SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            return worthIt(replaced, held, fill.next() ? Integer.parseInt(fill.getString(1).trim()) : 0);
        } catch (java.sql.SQLException | NumberFormatException e) {
            // Not known: compacting is what was done before H2 could tell.
            return true;
        }
    }

    /** As above, from the incidents replaced and held, and the percentage of H2's chunks that is live. */
    static boolean worthIt(long replaced, long held, int chunksFillRate) {
        return replaced > 0 && replaced * 4 >= held || chunksFillRate < 40;
    }

    /** Whether another program (or another thread of this one) is compacting the database in {@code folder}. */
    static boolean running(Path folder) throws IOException {
        return ImportGuard.lockedElsewhere(folder.resolve(MARKER));
    }

    /**
     * Removes what a compaction cut short left (its partial copy and its marker): the database file itself was not
     * touched until the finished copy replaced it in one step.
     */
    static void cleanUp(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(COMPACTING));
        Files.deleteIfExists(folder.resolve(MARKER));
    }

    /** Forces {@code path} (a file, or a folder where the system allows it) to disk. */
    static void force(Path path) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // A folder cannot be forced on every system; the rename is in the file system's journal all the same.
        }
    }
}

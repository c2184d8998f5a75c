package org.incidentatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Makes an import all or nothing even when the process dies in the middle of it. H2 promises that, but its recovery of
 * a large transaction cut short by a kill was seen to leave an index naming rows its table no longer held. So before
 * an import writes anything, the database file is copied beside it (while it is closed) and a marker says an import
 * is running; both go once the import's transaction is over. When a database is opened and the
 * marker is still there, the import was cut short before it was acknowledged, and the backup is put back: the
 * database as it was before the import, never a damaged or a partial one.
 */
final class ImportGuard {
    static final String MARKER = "import-in-progress";
    /** The database file as it was before the import, copied while the database was closed. */
    static final String BACKUP = "before-import.mv.db";
    /** The same made by H2's online {@code BACKUP TO}, when another connection of this process keeps it open. */
    static final String ZIP_BACKUP = "before-import.zip";
    /** Markers this process holds: a second lock on them from here would throw, and a probe would drop the first. */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private ImportGuard() {
    }

    /**
     * Before an import writes, with the database closed (checkpointed first): a copy of its file, then the marker (so
     * a marker always has a whole copy beside it). A file copy takes a fraction of a second where H2's {@code BACKUP
     * TO} compresses the file: 16 s for a database of a million incidents.
     *
     * <p>The marker stays locked by this process until {@link #end}, so that while the import runs (even in the
     * moments when its connection is closed and opened again) no other process takes it for an import cut short.
     */
    static Held begin(Path folder) throws IOException {
        Path temp = folder.resolve(BACKUP + ".partial");
        Files.deleteIfExists(temp);
        Files.copy(folder.resolve(Database.FILE_NAME + ".mv.db"), temp);
        return hold(folder, temp, BACKUP);
    }

    /**
     * As {@link #begin(Path)}, for a database that stays open: H2's online {@code BACKUP TO}, for when another
     * connection in this process keeps the file open and closing this one would not close it.
     */
    static Held beginOnline(Connection c, Path folder) throws SQLException, IOException {
        Path temp = folder.resolve(ZIP_BACKUP + ".partial");
        Files.deleteIfExists(temp);
        try (Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + temp.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        return hold(folder, temp, ZIP_BACKUP);
    }

    /** Puts the copy on disk under its name, then writes and locks the marker. */
    private static Held hold(Path folder, Path copy, String name) throws IOException {
        try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(copy, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Path marker = folder.resolve(MARKER).toAbsolutePath();
        FileChannel channel = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        try {
            FileLock lock = channel.lock();
            HELD_HERE.add(marker);
            channel.write(StandardCharsets.UTF_8.encode(
                    "an import started; if this is still here and no program holds it, it did not finish\n"));
            channel.force(true);
            return new Held(marker, channel, lock);
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(marker);
            channel.close();
            throw e;
        }
    }

    /** After the import committed or rolled back: the marker and the backup go, then the lock. */
    static void end(Path folder, Held held) throws IOException {
        try {
            Files.deleteIfExists(folder.resolve(MARKER));
            Files.deleteIfExists(folder.resolve(BACKUP));
            Files.deleteIfExists(folder.resolve(ZIP_BACKUP));
        } finally {
            if (held != null) {
                held.release();
            }
        }
    }

    /**
     * Whether the marker in {@code folder} is held by a running import, in this process or another: then the import
     * is not one cut short, and nothing may be put back.
     */
    static boolean running(Path folder) throws IOException {
        Path marker = folder.resolve(MARKER).toAbsolutePath();
        if (HELD_HERE.contains(marker)) {
            // Checked first: probing a file this process has locked would drop the lock (POSIX locks go with any
            // close of the file by the process).
            return true;
        }
        try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /** The lock on a running import's marker. */
    static final class Held {
        private final Path marker;
        private final FileChannel channel;
        private final FileLock lock;

        private Held(Path marker, FileChannel channel, FileLock lock) {
            this.marker = marker;
            this.channel = channel;
            this.lock = lock;
        }

        /** Lets go of the marker (left in place if still there: the import then counts as cut short). */
        void release() throws IOException {
            HELD_HERE.remove(marker);
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    /** Whether the last import in {@code folder} was cut short (its marker is still there). */
    static boolean interrupted(Path folder) {
        return Files.exists(folder.resolve(MARKER))
                && (Files.exists(folder.resolve(BACKUP)) || Files.exists(folder.resolve(ZIP_BACKUP)));
    }

    /** Puts the backup's database files back in {@code folder} (the database must be closed). */
    static void restore(Path folder) throws IOException {
        Path copy = folder.resolve(BACKUP);
        if (Files.exists(copy)) {
            // Moved, not copied: if the process dies right after, the marker has no copy beside it any more and the
            // database file is the one from before the import, which is what the next open then uses.
            Files.move(copy, folder.resolve(Database.FILE_NAME + ".mv.db"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        try (InputStream in = Files.newInputStream(folder.resolve(ZIP_BACKUP));
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path name = Path.of(e.getName()).getFileName();
                if (e.isDirectory() || name == null) {
                    continue;
                }
                Path temp = folder.resolve(name + ".restoring");
                try (OutputStream out = Files.newOutputStream(temp)) {
                    zip.transferTo(out);
                }
                Files.move(temp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }
}

package org.incidentatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What earlier versions left when an import of theirs was cut short: they copied the whole database file beside it
 * before an import ({@code before-import.mv.db}, or H2's zip {@code before-import.zip}) and wrote a marker, both
 * removed when the import was over. Imports are now staged and moved into place in one transaction (see
 * {@link ImportStage}) and take no copy; a database opened with such a marker and copy still beside it is put back as
 * it was before that import, as those versions promised.
 */
final class ImportGuard {
    static final String MARKER = "import-in-progress";
    static final String BACKUP = "before-import.mv.db";
    static final String ZIP_BACKUP = "before-import.zip";

    private ImportGuard() {
    }

    /** Whether an import of an earlier version was cut short in {@code folder} (its marker and copy are there). */
    static boolean interrupted(Path folder) {
        return Files.exists(folder.resolve(MARKER))
                && (Files.exists(folder.resolve(BACKUP)) || Files.exists(folder.resolve(ZIP_BACKUP)));
    }

    /**
     * Whether the marker in {@code folder} is locked by a running import of an earlier version in another program:
     * then the import is not one cut short, and nothing may be put back.
     */
    static boolean running(Path folder) throws IOException {
        return lockedElsewhere(folder.resolve(MARKER).toAbsolutePath());
    }

    /**
     * Whether {@code marker} is locked by another program, or by another channel of this one (false when it is not
     * there): what tells a running import's or compaction's marker from one a crash left.
     */
    static boolean lockedElsewhere(Path marker) throws IOException {
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

    /** Removes the marker and the copy (after the copy was put back). */
    static void end(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(MARKER));
        Files.deleteIfExists(folder.resolve(BACKUP));
        Files.deleteIfExists(folder.resolve(ZIP_BACKUP));
    }

    /** Puts the copy's database files back in {@code folder} (the database must be closed). */
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

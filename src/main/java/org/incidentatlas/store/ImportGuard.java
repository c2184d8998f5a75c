package org.incidentatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Makes an import all or nothing even when the process dies in the middle of it. H2 promises that, but its recovery of
 * a large transaction cut short by a kill was seen to leave an index naming rows its table no longer held. So before
 * an import writes anything, the database is backed up (H2's online {@code BACKUP TO}, beside the database) and a
 * marker says an import is running; both go once the import's transaction is over. When a database is opened and the
 * marker is still there, the import was cut short before it was acknowledged, and the backup is put back: the
 * database as it was before the import, never a damaged or a partial one.
 */
final class ImportGuard {
    static final String MARKER = "import-in-progress";
    static final String BACKUP = "before-import.zip";

    private ImportGuard() {
    }

    /** Before an import writes: the backup, then the marker (so a marker always has a whole backup beside it). */
    static void begin(Connection c, Path folder) throws SQLException, IOException {
        Path temp = folder.resolve(BACKUP + ".partial");
        Files.deleteIfExists(temp);
        try (Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + temp.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        Files.move(temp, folder.resolve(BACKUP), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve(MARKER), "an import started; if this is still here, it did not finish\n");
    }

    /** After the import committed or rolled back. */
    static void end(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(MARKER));
        Files.deleteIfExists(folder.resolve(BACKUP));
    }

    /** Whether the last import in {@code folder} was cut short (its marker is still there). */
    static boolean interrupted(Path folder) {
        return Files.exists(folder.resolve(MARKER)) && Files.exists(folder.resolve(BACKUP));
    }

    /** Puts the backup's database files back in {@code folder} (the database must be closed). */
    static void restore(Path folder) throws IOException {
        try (InputStream in = Files.newInputStream(folder.resolve(BACKUP));
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

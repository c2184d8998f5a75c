package org.incidentatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.DiskFullException;
import org.incidentatlas.store.IncidentRepository;
import org.incidentatlas.store.StoreException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports onto a disk that fills up: a real small tmpfs where the test may mount one (as root on Linux); where it may
 * not, the same failure as the file system reports it ({@code No space left on device}) stands in for it.
 */
class DiskFullTest {
    @TempDir
    Path home;

    @Test
    void anImportOntoAFullDiskSaysSoAndLeavesTheDatabaseAndFolderAsBefore() throws Exception {
        Path disk = Files.createDirectories(home.resolve("small-disk"));
        Assumptions.assumeTrue(mount(disk, "16m"), "cannot mount a tmpfs here; the stand-in test below runs instead");
        try {
            Path folder = disk.resolve("db");
            Path seed = home.resolve("seed.csv");
            SyntheticGedRows.write(seed, 1, 50, 3);
            Path big = home.resolve("big.csv");
            SyntheticGedRows.write(big, 1_000, 60_000, 4);
            String before;
            List<String> filesBefore;
            try (Database db = Database.open(folder)) {
                new Importer(new IncidentRepository(db)).importFile(seed, false, ProgressListener.NONE);
                before = DatabaseDigest.of(db);
                filesBefore = names(folder);
                StoreException e = assertThrows(StoreException.class, () -> new Importer(new IncidentRepository(db))
                        .importFile(big, false, ProgressListener.NONE));
                assertTrue(e instanceof DiskFullException, e.getMessage());
                assertTrue(e.getMessage().startsWith("the disk is full ("), e.getMessage());
                assertTrue(e.getMessage().matches("(?s).*\\d+ MB free in .*, about \\d[\\d,]* MB needed.*"),
                        e.getMessage());
                assertFalse(e.getMessage().contains("INSERT") || e.getMessage().contains("MVStore"), e.getMessage());
            }
            try (Database db = Database.open(folder)) {
                assertEquals(before, DatabaseDigest.of(db), "the database changed");
                assertTrue(DatabaseDigest.integrityProblems(db).isEmpty());
            }
            assertEquals(filesBefore, names(folder), "something was left behind");
            System.out.println("full disk: a 16 MB tmpfs filled mid-import; database unchanged, nothing left behind");
        } finally {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        }
    }

    /** The stand-in: what the file system says when full, as H2 wraps it, becomes the documented message. */
    @Test
    void theFileSystemsNoSpaceMessageBecomesTheDocumentedOne() {
        IOException io = new IOException("No space left on device");
        RuntimeException h2 = new IllegalStateException("Could not write to file: " + home + " [2.5.252/2]", io);
        java.sql.SQLException sql = new java.sql.SQLException("General error: \"org.h2.mvstore.MVStoreException\"",
                "HY000", 50000, h2);
        assertTrue(DiskFullException.isDiskFull(sql));
        assertFalse(DiskFullException.isDiskFull(new java.sql.SQLException("Table not found")));
        DiskFullException e = DiskFullException.of(home, 5L * 1024 * 1024, sql).forImportOf(2L * 1024 * 1024);
        assertTrue(e.getMessage().matches("the disk is full \\([\\d,]+ MB free in .*, about 12 MB needed\\).*"),
                e.getMessage());
    }

    private static boolean mount(Path dir, String size) {
        if (!System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            // H2's lock file is there only while the database is open
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".lock.db")).sorted().toList();
        }
    }
}

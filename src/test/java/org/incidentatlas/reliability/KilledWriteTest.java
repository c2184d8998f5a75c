package org.incidentatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.incidentatlas.app.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} while the app writes a file over an existing one: the old file stays whole (never one cut mid-row),
 * and the temporary file the killed process left is removed by the next run that writes the same file.
 */
class KilledWriteTest {
    @TempDir
    Path home;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS) // guards against a hang only; not a speed check
    void aKilledGenerateLeavesTheOldFileAndTheNextRunRemovesItsLeftover() throws Exception {
        Path out = home.resolve("out");
        Files.createDirectories(out);
        Path target = out.resolve("synthetic.csv");
        String old = "the old file\n";
        Files.writeString(target, old);
        Process child;
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            out.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            child = ChildJvm.start(Launcher.class, List.of("-Djava.awt.headless=true"), home.resolve("err.txt"),
                    "--db", home.resolve("db").toString(), "generate", "--count", "5000000", target.toString());
            child.getOutputStream().close();
            // Kill once the temporary file holds a megabyte: well inside the write.
            // Each write to the folder wakes the loop; the key is reset so that the next write does too.
            while (partialSize(out) < 1_000_000) {
                assertTrue(child.isAlive(), "generate ended before it could be killed");
                WatchKey key = watch.poll(30, TimeUnit.SECONDS);
                assertNotNull(key, "generate wrote nothing for 30 s");
                key.pollEvents();
                key.reset();
            }
            child.destroyForcibly().waitFor();
        }
        assertEquals(old.length(), Files.size(target), "the old file was replaced");
        assertEquals(old, Files.readString(target), "the old file was replaced by a partial one");
        assertTrue(partialSize(out) > 0, "the killed write left no temporary file (killed too late?)");

        Process again = ChildJvm.start(Launcher.class, List.of("-Djava.awt.headless=true"), home.resolve("err2.txt"),
                "--db", home.resolve("db").toString(), "generate", "--count", "10", target.toString());
        again.getOutputStream().close();
        assertEquals(0, again.waitFor(), Files.readString(home.resolve("err2.txt")));
        assertEquals(11, Files.readAllLines(target).size(), "header and 10 rows");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("synthetic.csv"), files.map(f -> f.getFileName().toString()).toList(),
                    "the leftover of the killed run is still there");
        }
    }

    private static long partialSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".partial")).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }
}

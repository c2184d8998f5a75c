package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.reliability.ChildJvm;
import org.incidentatlas.reliability.DatabaseDigest;
import org.incidentatlas.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second process on a database that this one holds (as the window does while it is open): the real command line in
 * its own JVM must stop at once with exit code 3 and a clear message, never hang and never touch the data.
 */
class SecondProcessTest {
    @TempDir
    Path home;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // guards against a hang only; not a speed check
    void aSecondProcessFailsFastWithAClearMessage() throws Exception {
        Path folder = home.resolve("db");
        try (Database held = Database.open(folder)) {
            String before = DatabaseDigest.of(held);
            for (List<String> command : List.of(List.of("stats"), List.of("import", "whatever.csv"))) {
                Path err = home.resolve("err.txt");
                String[] args = new String[command.size() + 2];
                args[0] = "--db";
                args[1] = folder.toString();
                for (int i = 0; i < command.size(); i++) {
                    args[i + 2] = command.get(i);
                }
                Process second = ChildJvm.start(Launcher.class, List.of("-Djava.awt.headless=true"), err, args);
                second.getOutputStream().close();
                int code = second.waitFor();
                String said = Files.readString(err, StandardCharsets.UTF_8);
                assertEquals(Cli.DATABASE_ERROR, code, said);
                assertTrue(said.contains("in use by another program"), said);
                assertTrue(said.contains(folder.toString()), said);
            }
            assertEquals(before, DatabaseDigest.of(held));
        }
    }
}

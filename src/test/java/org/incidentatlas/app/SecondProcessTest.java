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

    /**
     * Racing processes: several {@code stats} started at once on one closed database. Each either answers or says
     * the database is in use (never H2's own "Lock file recently modified"), and none leaves H2's trace file behind.
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS) // guards against a hang only; not a speed check
    void processesStartedAtOnceEitherAnswerOrSayTheDatabaseIsInUse() throws Exception {
        Path folder = home.resolve("race");
        try (Database first = Database.open(folder)) {
            new org.incidentatlas.ingest.BundledData(new org.incidentatlas.store.IncidentRepository(first))
                    .importMissing(org.incidentatlas.domain.ProgressListener.NONE);
        }
        int racers = 5;
        java.util.List<Process> processes = new java.util.ArrayList<>();
        for (int k = 0; k < racers; k++) {
            Process p = ChildJvm.start(Launcher.class, List.of("-Djava.awt.headless=true", "-Xmx128m"),
                    home.resolve("race-" + k + ".txt"), "--db", folder.toString(), "stats", "--json");
            p.getOutputStream().close();
            processes.add(p);
        }
        int answered = 0;
        for (int k = 0; k < racers; k++) {
            int code = processes.get(k).waitFor();
            String said = Files.readString(home.resolve("race-" + k + ".txt"), StandardCharsets.UTF_8);
            assertTrue(code == 0 || code == Cli.DATABASE_ERROR, code + ": " + said);
            if (code == 0) {
                answered++;
            } else {
                assertTrue(said.contains("in use by another program"), said);
                assertTrue(said.lines().count() <= 2, said);
            }
            assertTrue(!said.contains("Lock file") && !said.contains("Exception"), said);
        }
        assertTrue(answered >= 1, "no process answered");
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".trace.db")), "H2 trace file left: " + names);
        }
        System.out.println("racing processes: " + racers + " at once, " + answered + " answered, the rest were told "
                + "the database is in use");
    }
}

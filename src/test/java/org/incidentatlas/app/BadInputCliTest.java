package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.incidentatlas.reliability.BadInputCorpus;
import org.incidentatlas.reliability.BadInputCorpus.Case;
import org.incidentatlas.reliability.BadInputCorpus.Outcome;
import org.incidentatlas.reliability.DatabaseDigest;
import org.incidentatlas.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refused case of the bad-input corpus through the real command line, on a database holding the bundled data: a
 * non-zero exit code, a short message naming the file, the line or JSON path and the field, and in the end every row
 * of every table exactly as before.
 */
class BadInputCliTest {
    @TempDir
    static Path home;

    private static Path db;
    private static String before;
    private static int tried;

    @BeforeAll
    static void bundledDatabase() {
        db = home.resolve("db");
        CliRun first = cli("stats");
        assertEquals(0, first.code(), first.err());
        before = digest();
    }

    /** Reading every table after each case would take minutes here; BadInputImportTest does so on a small one. */
    @AfterAll
    static void databaseIsExactlyAsBefore() {
        assertEquals(before, digest(), "the database changed");
        System.out.println("bad-input corpus: " + tried + " refused inputs tried through the CLI; every row of every "
                + "table unchanged");
    }

    static Stream<Case> refused() throws Exception {
        List<Case> all = BadInputCorpus.all();
        assertTrue(all.stream().filter(c -> c.outcome() != Outcome.ACCEPTED).count() >= 60, "corpus too small");
        return all.stream().filter(c -> c.outcome() != Outcome.ACCEPTED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void badInputIsRefusedWithWhereAndWhyAndChangesNothing(Case c) throws Exception {
        Path file = c.writeTo(home.resolve("corpus"));
        CliRun r = cli(c.importArgs(file));
        String said = r.out() + r.err();
        assertEquals(c.outcome() == Outcome.REJECTED ? Cli.REJECTED : Cli.FILE_ERROR, r.code(), said);
        assertTrue(said.contains(c.file()), "the message does not name the file: " + said);
        for (String word : c.mentions()) {
            assertTrue(said.contains(word), "the message does not mention '" + word + "': " + said);
        }
        assertTrue(said.lines().count() < 40 && said.length() < 20_000, "the message is not short: " + said.length());
        tried++;
    }

    private static String digest() {
        try (Database d = Database.open(db)) {
            assertTrue(DatabaseDigest.integrityProblems(d).isEmpty());
            return DatabaseDigest.of(d);
        }
    }

    private static CliRun cli(String... args) {
        return CliRun.on(db, args);
    }
}

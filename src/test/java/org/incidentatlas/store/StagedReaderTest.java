package org.incidentatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.domain.FactsSink;
import org.incidentatlas.domain.IncidentFacts;
import org.incidentatlas.domain.SampleIncidents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The move reads the staging file on a thread of its own ({@link StagedReader}): every record arrives, in order, with
 * its facts, across the reader's batches; and a file the reader cannot read to its end fails the move instead of
 * ending it early, so nothing of it is kept. A large move runs with a smaller page cache and gives the connection its
 * own back after it, whether it succeeded or failed.
 */
class StagedReaderTest {
    private static final int STAGED = 2_345;

    @TempDir
    Path dir;

    /** A database of one incident and a decided, not yet moved import of {@value #STAGED} more. */
    private void decide() {
        try (Database db = Database.open(dir)) {
            new IncidentRepository(db).saveAll(List.of(SampleIncidents.full("curated", "k-0")));
            DecidedImports.decide(db, dir, "s-", STAGED);
            // the process dies here: endImport never runs
        }
    }

    private Connection raw() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(Database.FILE_NAME).toAbsolutePath()
                + ";FILE_LOCK=FILE;MAX_COMPACT_TIME=0;CACHE_SIZE=65536", "atlas", "");
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long cacheSize(Connection c) throws SQLException {
        return count(c, "SELECT CAST(SETTING_VALUE AS BIGINT) FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME = 'CACHE_SIZE'");
    }

    private Path stagingFile() throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(StagedFile.PREFIX)).findFirst()
                    .orElseThrow();
        }
    }

    /** Collects the facts it is told, in order. */
    private static final class Collected extends ArrayList<IncidentFacts> implements FactsSink {
        @Override
        public void expect(int incidents) {
            ensureCapacity(incidents);
        }

        @Override
        public void accept(IncidentFacts facts) {
            add(facts);
        }
    }

    @Test
    void everyStagedRecordIsMovedAndHandsOnItsFactsInRowIdOrder() throws Exception {
        decide();
        Collected facts = new Collected();
        try (Connection c = raw()) {
            long offset = StagedMove.offset(c);
            assertTrue(StagedMove.complete(c, dir, false, 1_000,
                    new ImportFacts(facts, id -> false)));
            assertEquals(1 + STAGED, count(c, "SELECT COUNT(*) FROM incident"));
            assertEquals(count(c, "SELECT COUNT(*) FROM source WHERE incident_id = 1") * (1 + STAGED),
                    count(c, "SELECT COUNT(*) FROM source"), "every incident has its reports");
            assertEquals(1 + STAGED, facts.size(), "the one held before, then each moved one");
            assertEquals(65_536L, cacheSize(c), "the large move gives the connection its page cache back");
            for (int k = 1; k <= STAGED; k++) {
                IncidentFacts f = facts.get(k);
                assertEquals(offset + k, f.rowId());
                assertEquals("s-" + (k - 1), f.originalId());
                assertEquals(count(c, "SELECT id FROM incident WHERE original_id = 's-" + (k - 1) + "'"), f.rowId());
            }
        }
    }

    @Test
    void aStagingFileThatEndsTooSoonFailsTheMoveAndKeepsNoneOfIt() throws Exception {
        decide();
        Path file = stagingFile();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        try (Connection c = raw()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> StagedMove.complete(c, dir, false, 1_000));
            assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
            assertEquals(1, count(c, "SELECT COUNT(*) FROM incident"), "nothing of the move is kept");
            assertTrue(StagedMove.staged(c) > 0, "the decision stands, for a redo");
            assertEquals(65_536L, cacheSize(c), "also when it failed");
            // An incident saved before the redo gets a row id past the import's: the redo deletes every row in theirs.
            assertEquals(StagedMove.offset(c) + STAGED + 1, count(c, "SELECT IDENTITY_BASE FROM "
                    + "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'INCIDENT' AND COLUMN_NAME = 'ID'"));
            StoreException another = assertThrows(StoreException.class, () -> new IncidentBatch(c, dir));
            assertTrue(another.getMessage().contains("an earlier import of " + STAGED + " incidents is not in place"),
                    another.getMessage());
        }
    }
}

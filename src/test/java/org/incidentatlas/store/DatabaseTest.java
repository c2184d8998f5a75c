package org.incidentatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.SampleIncidents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    private static List<String> schemaVersions(Database db) {
        return db.read(c -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT version, script, checksum, applied_at FROM schema_version "
                            + "ORDER BY version")) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
                }
            }
            return rows;
        });
    }

    private static String sha256OfScript(String script) throws Exception {
        try (InputStream in = DatabaseTest.class.getResourceAsStream("/db/migration/" + script)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }

    @Test
    void openCreatesTheFolderAndTheDatabaseFile() {
        Path folder = dir.resolve("a").resolve("b");
        try (Database db = Database.open(folder)) {
            assertEquals(folder, db.folder());
            assertTrue(Files.isRegularFile(folder.resolve(Database.FILE_NAME + ".mv.db")));
        }
    }

    @Test
    void folderThatCannotBeCreatedIsReported() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file.resolve("db")));
        assertTrue(e.getMessage().startsWith("Cannot create the database folder " + file.resolve("db")),
                e.getMessage());
    }

    @Test
    void openRecordsEveryMigrationWithItsChecksum() throws Exception {
        try (Database db = Database.open(dir)) {
            List<String> rows = schemaVersions(db);
            assertEquals(Migrations.currentVersion(), rows.size());
            assertTrue(rows.get(0).startsWith("1 V1__incidents.sql " + sha256OfScript("V1__incidents.sql") + " "),
                    rows.get(0));
        }
    }

    @Test
    void reopeningDoesNotApplyMigrationsAgain() {
        List<String> first;
        try (Database db = Database.open(dir)) {
            first = schemaVersions(db);
            new IncidentRepository(db).saveAll(List.of(SampleIncidents.full("curated", "k-1")));
        }
        try (Database db = Database.open(dir)) {
            assertEquals(first, schemaVersions(db), "same rows, same applied_at");
            assertEquals(0, db.<Integer>read(Migrations::apply));
            assertEquals(1, new IncidentRepository(db).count(), "data survive reopening");
        }
    }

    @Test
    void aScriptWhoseStructureChangesAKillLeftAppliedButUnrecordedRunsAgain() {
        try (Database db = Database.open(dir)) {
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    // V8 dropped the indexes and the reports' key (H2 commits each at once), then the process died
                    // before the script was recorded.
                    return s.executeUpdate("DELETE FROM schema_version WHERE script = 'V8__lean_import_indexes.sql'");
                }
            });
        }
        try (Database db = Database.open(dir)) {
            assertEquals(Migrations.currentVersion(), schemaVersions(db).size(), "V8 applied again and recorded");
        }
    }

    @Test
    void migrationChangedAfterItWasAppliedIsRefused() {
        try (Database db = Database.open(dir)) {
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE schema_version SET checksum = 'edited' WHERE version = 1");
                }
            });
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("migration V1__incidents.sql differs from the one applied"),
                e.getMessage());
    }

    @Test
    void transactionIsRolledBackWhenTheWorkFails() {
        try (Database db = Database.open(dir)) {
            IncidentRepository repository = new IncidentRepository(db);
            IllegalStateException failure = new IllegalStateException("stop");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO app_state (name, attr_value) VALUES ('half', 'done')")) {
                    ps.executeUpdate();
                }
                throw failure;
            }));
            assertSame(failure, thrown);
            assertNull(repository.state("half"));
        }
    }

    @Test
    void sqlErrorBecomesAStoreExceptionAndRollsBack() {
        try (Database db = Database.open(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO app_state (name, attr_value) VALUES ('a', '1')");
                    return s.executeUpdate("INSERT INTO app_state (name, attr_value) VALUES ('a', '2')");
                }
            }));
            assertTrue(e.getMessage().startsWith("Database error: "), e.getMessage());
            assertInstanceOf(SQLException.class, e.getCause());
            assertNull(new IncidentRepository(db).state("a"));
        }
    }

    @Test
    void closedDatabaseRefusesWork() {
        Database db = Database.open(dir);
        IncidentRepository repository = new IncidentRepository(db);
        db.close();
        assertThrows(StoreException.class, repository::count);
    }

    @Test
    void secondOpenInTheSameProcessSharesTheDatabase() {
        Incident kirkuk = SampleIncidents.full("curated", "kirkuk-1");
        Incident halabja = SampleIncidents.messy("curated", "halabja-1");
        try (Database first = Database.open(dir)) {
            IncidentRepository one = new IncidentRepository(first);
            one.saveAll(List.of(kirkuk));
            try (Database second = Database.open(dir)) {
                IncidentRepository two = new IncidentRepository(second);
                assertEquals(Optional.of(kirkuk), two.find(kirkuk.id()));
                two.saveAll(List.of(halabja));
                assertEquals(Optional.of(halabja), one.find(halabja.id()));
                assertEquals(schemaVersions(first), schemaVersions(second));
                assertEquals(Migrations.currentVersion(), schemaVersions(second).size());
            }
            assertEquals(2, one.count(), "the first stays usable after the second is closed");
        }
    }

    @Test
    void anotherProcessIsToldTheDatabaseIsInUseUntilItIsClosed() throws Exception {
        try (Database db = Database.open(dir)) {
            new IncidentRepository(db).saveAll(List.of(SampleIncidents.full("curated", "k-1")));
            String out = runOtherProcess(OpenInAnotherProcess.IN_USE);
            assertTrue(out.contains("The database in " + dir + " is in use by another program"), out);
        }
        String out = runOtherProcess(OpenInAnotherProcess.OPENED);
        assertTrue(out.contains("opened, 1 incidents"), out);
    }

    private String runOtherProcess(int expectedExit) throws Exception {
        OpenInAnotherProcess.Result r = OpenInAnotherProcess.run(dir);
        assertEquals(expectedExit, r.exit(), r.output());
        return r.output();
    }
}

package org.incidentatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.ingest.GedCsvReader;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.ingest.IncidentReader;
import org.incidentatlas.ingest.NativeJsonReader;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.ingest.RecordSink;
import org.incidentatlas.ingest.Rejection;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;

/**
 * A small database that fuzz cases are imported into, checked by content after every case: a refused or rolled-back
 * import leaves every row of every table as it was (a digest over all of them); a committed one holds exactly the
 * records the file gives, each stored equal to the record read (every field, every report), and nothing else new.
 */
final class FuzzDatabase implements AutoCloseable {
    private final Database db;
    private final IncidentRepository repository;
    private String digest;
    private long count;
    private int cases;
    private int committed;

    /**
     * A second connection to the same database, held open as the window holds one while an import runs: the import
     * then keeps its copy with H2's online backup instead of closing and copying the file, which makes a case about
     * ten times cheaper; both ways are the same all-or-nothing transaction, and CrashSafetyTest kills the other way.
     */
    private final Database held;

    FuzzDatabase(Path folder) throws IOException {
        db = Database.open(folder);
        held = Database.open(folder);
        repository = new IncidentRepository(db);
        digest = DatabaseDigest.of(db);
        count = repository.count();
        repository.forEachIncident(null, incident -> {
            known.put(incident.id(), incident);
            before.add(incident.id());
        });
    }

    /**
     * Where the database goes: on a memory-backed file system where there is one (Linux's {@code /dev/shm}), so the
     * disk syncs of thousands of imports do not set the pace; removed with {@code fallback} otherwise.
     */
    static Path folder(Path fallback) throws IOException {
        Path shm = Path.of("/dev/shm");
        if (java.nio.file.Files.isDirectory(shm) && java.nio.file.Files.isWritable(shm)) {
            Path dir = java.nio.file.Files.createTempDirectory(shm, "incident-atlas-fuzz");
            dir.toFile().deleteOnExit();
            return dir.resolve("db");
        }
        return fallback.resolve("db");
    }

    IncidentRepository repository() {
        return repository;
    }

    int cases() {
        return cases;
    }

    int committed() {
        return committed;
    }

    /** Imports one case and checks the database's content; returns the report, or null when the file was refused. */
    ImportReport importChecked(byte[] file, String name, boolean skip, String what) throws IOException {
        cases++;
        ImportReport report;
        try {
            report = new Importer(repository).importStream(new ByteArrayInputStream(file), name, skip,
                    ProgressListener.NONE, null, null);
        } catch (ImportException refused) {
            assertEquals(digest, DatabaseDigest.of(db), what + ": a refused file changed the database");
            return null;
        }
        if (!report.committed()) {
            assertEquals(digest, DatabaseDigest.of(db), what + ": a rolled-back import changed the database");
            return report;
        }
        Map<IncidentId, Incident> expected = expected(file, name, report);
        // Every incident, compared whole: what it held before, with the file's records added or replaced.
        known.putAll(expected);
        Map<IncidentId, Incident> now = new java.util.HashMap<>();
        repository.forEachIncident(null, incident -> now.put(incident.id(), incident));
        if (!known.equals(now)) {
            fail(what + ": after the commit the database holds other incidents than before plus the file's");
        }
        long added = 0;
        for (Incident e : expected.values()) {
            Incident stored = repository.find(e.id()).orElse(null);
            if (stored == null) {
                fail(what + ": " + e.id() + " was read and not rejected, but is not in the database");
            }
            if (!stored.equals(e)) {
                fail(what + ": " + e.id() + " is stored as\n" + stored + "\nbut was read as\n" + e);
            }
        }
        for (IncidentId id : expected.keySet()) {
            added += before.contains(id) ? 0 : 1;
        }
        long total = repository.count();
        assertEquals(count + added, total, what + ": the database holds other new incidents than the file's");
        assertEquals(expected.size(), report.imported(), what + ": " + report.describe());
        count = total;
        before.addAll(expected.keySet());
        digest = DatabaseDigest.of(db);
        committed++;
        return report;
    }

    private final Set<IncidentId> before = new HashSet<>();
    private final Map<IncidentId, Incident> known = new java.util.HashMap<>();

    /** The records of {@code file} read again, without the ones the report rejected (the first of an id is kept). */
    private static Map<IncidentId, Incident> expected(byte[] file, String name, ImportReport report)
            throws IOException {
        Set<String> rejectedAt = new HashSet<>();
        for (Rejection r : report.rejected()) {
            rejectedAt.add(r.location());
        }
        Map<IncidentId, Incident> records = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try {
            reader(file, name).stream(new ByteArrayInputStream(file), name, ProgressListener.NONE, new RecordSink() {
                @Override
                public void accept(Incident incident, String location) {
                    if (!rejectedAt.contains(location)) {
                        records.putIfAbsent(incident.id(), incident);
                    }
                }

                @Override
                public void reject(Rejection rejection) {
                    // rejected records are not expected in the database
                }
            });
        } catch (ImportException e) {
            problems.add(e.getMessage());
        }
        assertTrue(problems.isEmpty(), "the file was imported, but reading it again failed: " + problems);
        return records;
    }

    /** The reader the importer picks: JSON when the first byte after a byte order mark and blanks opens one. */
    private static IncidentReader reader(byte[] file, String name) {
        int i = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < file.length && (file[i] == ' ' || file[i] == '\n' || file[i] == '\r' || file[i] == '\t')) {
            i++;
        }
        boolean json = i < file.length && (file[i] == '{' || file[i] == '[');
        return json ? new NativeJsonReader() : new GedCsvReader(name.startsWith("ged191") ? "19.1" : null);
    }

    void checkIntegrity() {
        assertTrue(DatabaseDigest.integrityProblems(db).isEmpty(), DatabaseDigest.integrityProblems(db).toString());
    }

    @Override
    public void close() {
        if (held != null) {
            held.close();
        }
        db.close();
    }
}

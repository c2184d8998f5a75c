package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.domain.SampleIncidents;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the importer writes, in a few small imports into one database per test: all or nothing, the good records when
 * asked, a state value with the records, progress in bytes, the user's version, and the checks every record passes.
 */
class ImportWriteTest {
    private static final String TABLE = "Key,Day,Lat,Lon\nk1,2014-06-10,36.3,43.1\nk2,2014-06-11,36.4,43.2\n";

    @TempDir
    Path dir;

    private Database db;
    private IncidentRepository repository;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        repository = new IncidentRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Importer mapped(IncidentRepository repository) {
        return new Importer(repository, new ImportOptions(null, new TableMapping(Map.of("dataset", "mine", "id",
                "Key", "startDate", "Day", "latitude", "Lat", "longitude", "Lon")), null));
    }

    private ImportReport stream(Importer importer, String text, boolean skip, String state) throws Exception {
        return importer.importStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", skip,
                ProgressListener.NONE, state, state == null ? null : "done");
    }

    @Test
    void aGoodTableIsWrittenWithProgressInBytes() throws Exception {
        Path file = Files.writeString(dir.resolve("t.csv"), TABLE);
        List<long[]> progress = new ArrayList<>();
        ImportReport report = mapped(repository).importFile(file, false,
                (done, total, message) -> progress.add(new long[] {done, total}));
        assertEquals(new ImportReport("t.csv", 2, 2, List.of(), true), report);
        assertEquals(2, repository.count());
        long size = Files.size(file);
        assertFalse(progress.isEmpty());
        assertTrue(progress.stream().allMatch(p -> p[1] == size && p[0] <= size && p[0] >= 0));
        assertEquals(size, progress.get(progress.size() - 1)[0]);
    }

    @Test
    void theVersionTheUserGivesIsEveryRecordsRelease() throws Exception {
        String acled = AcledSample.text(AcledSample.CURRENT, AcledSample.rows());
        IncidentId bomb = IncidentId.parse("acled:IRQ1001");
        stream(new Importer(repository).withVersion(" 2024-05 "), acled, false, null);
        assertEquals("2024-05", repository.find(bomb).orElseThrow().provenance().version());
        stream(new Importer(repository).withVersion("  "), acled, false, null);
        assertNull(repository.find(bomb).orElseThrow().provenance().version(), "a blank version is none");
    }

    @Test
    void oneBadRecordKeepsEverythingOutUnlessTheGoodOnesAreAskedFor() throws Exception {
        String bad = TABLE + "k3,2014-02-30,36.5,43.3\n";
        ImportReport refused = stream(mapped(repository), bad, false, "state:t");
        assertFalse(refused.committed());
        assertEquals(0, refused.imported());
        assertEquals(3, refused.rowsRead());
        assertEquals(List.of(new Rejection("line 4", "Day", "not a date (expected YYYY-MM-DD): '2014-02-30'")),
                refused.rejected());
        assertEquals(0, repository.count());
        assertNull(repository.state("state:t"), "the state is kept only with the records");

        ImportReport skipped = stream(mapped(repository), bad, true, "state:t");
        assertTrue(skipped.committed());
        assertEquals(2, skipped.imported());
        assertEquals(1, skipped.rejected().size());
        assertEquals(2, repository.count());
        assertEquals("done", repository.state("state:t"));
    }

    @Test
    void aRecordTwiceInOneFileKeepsTheFirst() throws Exception {
        ImportReport report = stream(mapped(repository), TABLE + "k1,2015-01-01,30,40\n", true, null);
        assertEquals(List.of(new Rejection("line 4", "id", "incident mine:k1 appears more than once in t.csv; the "
                + "first one was kept")), report.rejected());
        assertEquals(2, report.imported());
        assertEquals(2014, repository.find(IncidentId.parse("mine:k1")).orElseThrow().dates().start().getYear());
    }

    @Test
    void aControlCharacterAnywhereInARecordIsRefusedNamingItsField() throws Exception {
        String json = NativeJson.toJson(List.of(SampleIncidents.full("mine", "m-1"),
                IncidentFields.set(SampleIncidents.full("mine", "m-2"), "actors.sideB", "Civ\u0007ilians")));
        ImportReport report = new Importer(repository).importStream(new ByteArrayInputStream(json.getBytes(
                StandardCharsets.UTF_8)), "m.json", false, ProgressListener.NONE, null, null);
        assertFalse(report.committed());
        assertEquals(1, report.rejected().size());
        assertEquals("actors.sideB", report.rejected().get(0).field());
        assertTrue(report.rejected().get(0).location().endsWith("incidents[1]"), report.rejected().toString());
        assertEquals(0, repository.count());
    }

    @Test
    void whatIsNoFileIsRefusedBeforeAnythingIsRead() throws Exception {
        Importer importer = new Importer(repository);
        assertEquals(dir + ": is a folder; name a GED CSV or Incident Atlas JSON file", assertThrows(
                ImportException.class, () -> importer.importFile(dir, false, ProgressListener.NONE)).getMessage());
        Path missing = dir.resolve("gone.csv");
        assertEquals(missing + ": no such file", assertThrows(ImportException.class,
                () -> importer.importFile(missing, false, ProgressListener.NONE)).getMessage());
        Path device = Path.of("/dev/null");
        if (Files.exists(device)) {
            assertEquals(device + ": is not a regular file (a device, pipe or socket); nothing was read",
                    assertThrows(ImportException.class, () -> importer.importFile(device, false,
                            ProgressListener.NONE)).getMessage());
        }
    }
}

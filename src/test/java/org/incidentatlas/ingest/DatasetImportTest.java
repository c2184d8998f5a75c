package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.incidentatlas.domain.AttachedReport;
import org.incidentatlas.domain.Change;
import org.incidentatlas.domain.Edit;
import org.incidentatlas.domain.EditKind;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.SampleIncidents;
import org.incidentatlas.domain.Source;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.EditStore;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset's export restored into a database whole, or refused whole; one small database per test. */
class DatasetImportTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

    @TempDir
    Path dir;

    private Database db;
    private EditStore store;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        store = new EditStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path file(DatasetJson.DatasetFile data) throws Exception {
        Path file = dir.resolve(data.name() + ".json");
        try (OutputStream out = Files.newOutputStream(file)) {
            DatasetJson.write(data, out);
        }
        return file;
    }

    private static DatasetJson.DatasetFile mine(String citation) {
        Incident one = SampleIncidents.full("mine", "m-1");
        Incident two = SampleIncidents.messy("mine", "m-2");
        Edit create = new Edit(1, "mine", one.id(), AT, EditKind.CREATE, null, false, "typed in", List.of(
                new Change(IncidentFields.WHOLE, null, IncidentFields.json(one))));
        Source report = new Source("Rudaw", null, "Two killed", null, null, null, null);
        return new DatasetJson.DatasetFile("mine", citation, List.of(one, two), List.of(create),
                List.of(new AttachedReport("mine", IncidentId.parse("ucdp-ged:1"), report)));
    }

    @Test
    void aDatasetComesBackWithItsRecordsHistoryAndReports() throws Exception {
        DatasetImport.Restored restored = new DatasetImport(store).importFile(file(mine("Mine, 2026")));
        assertTrue(restored.report().committed());
        assertEquals(2, restored.report().imported());
        assertEquals(2, restored.report().rowsRead());
        assertEquals("mine.json", restored.report().file());
        assertTrue(store.editable("mine"));
        assertEquals(mine("Mine, 2026").incidents().get(0), new IncidentRepository(db).find(
                IncidentId.parse("mine:m-1")).orElseThrow());
        assertEquals(List.of("typed in"), store.history(IncidentId.parse("mine:m-1")).stream().map(Edit::note)
                .toList());
        assertEquals(1, store.attachedReports(IncidentId.parse("ucdp-ged:1")).size());
        String nl = System.lineSeparator();
        assertEquals("mine.json: 2 records read, 2 imported, 0 rejected" + nl + "dataset mine restored with 1 change "
                + "in its history and 1 report on other datasets' incidents", restored.describe());
    }

    @Test
    void countsInTheSummaryAgreeInNumber() throws Exception {
        DatasetJson.DatasetFile empty = new DatasetJson.DatasetFile("mine", null, List.of(), List.of(), List.of());
        assertTrue(new DatasetImport(store).importFile(file(empty)).describe().endsWith("dataset mine restored "
                + "with 0 changes in its history and 0 reports on other datasets' incidents"));
    }

    @Test
    void aDatasetAlreadyHereIsRefusedSayingHowToReplaceIt() throws Exception {
        Path file = file(mine(null));
        new DatasetImport(store).importFile(file);
        DatasetImport.Restored again = new DatasetImport(store).importFile(file);
        assertFalse(again.report().committed());
        assertEquals(0, again.report().imported());
        assertEquals(List.of(new Rejection("dataset", "name", "a dataset named 'mine' is already in this database; "
                + "remove it first (datasets remove mine) to take the file's records and history")),
                again.report().rejected());
        assertTrue(again.describe().contains("(nothing was imported; a dataset with its history is imported whole "
                + "or not at all)"), again.describe());
        assertEquals(1, store.history(IncidentId.parse("mine:m-1")).size(), "the first restore is left as it was");
    }

    @Test
    void aFileWithABadPartRestoresNothing() throws Exception {
        Incident theirs = SampleIncidents.full("theirs", "t-1");
        DatasetJson.DatasetFile mixed = new DatasetJson.DatasetFile("mine", null, List.of(
                SampleIncidents.full("mine", "m-1"), theirs), List.of(), List.of());
        DatasetImport.Restored refused = new DatasetImport(store).importFile(file(mixed));
        assertFalse(refused.report().committed());
        assertEquals(2, refused.report().rowsRead());
        assertEquals(List.of("incident theirs:t-1"), refused.report().rejected().stream().map(Rejection::location)
                .toList());
        assertFalse(store.exists("mine"));
    }

    @Test
    void aDatasetNameTheStoreRefusesIsRefusedByName() throws Exception {
        DatasetJson.DatasetFile badName = new DatasetJson.DatasetFile("Mine Data", null, List.of(), List.of(),
                List.of());
        DatasetImport.Restored refused = new DatasetImport(store).importFile(file(badName));
        assertFalse(refused.report().committed());
        assertEquals(1, refused.report().rejected().size());
        assertEquals("name", refused.report().rejected().get(0).field());
        assertFalse(store.exists("Mine Data"));
    }

    @Test
    void aRestoredDatasetExportsAsItCame() throws Exception {
        DatasetJson.DatasetFile original = mine("Mine, 2026");
        new DatasetImport(store).importFile(file(original));
        DatasetJson.DatasetFile exported = new DatasetExport(db).read("mine");
        assertEquals("mine", exported.name());
        assertEquals("Mine, 2026", exported.citation());
        assertEquals(java.util.Set.copyOf(original.incidents()), java.util.Set.copyOf(exported.incidents()));
        assertEquals(original.reports(), exported.reports());
        assertEquals(original.history().stream().map(e -> e.changes()).toList(), exported.history().stream()
                .map(e -> e.changes()).toList());
    }

    @Test
    void onlyAResearchersOwnDatasetIsExportedWhole() {
        TestDatasets.create(db, "ucdp-ged", false);
        IllegalArgumentException readOnly = assertThrows(IllegalArgumentException.class,
                () -> new DatasetExport(db).read("ucdp-ged"));
        assertEquals("dataset 'ucdp-ged' is read-only: it is imported from its own files, which hold it whole; "
                + "write its incidents with export csv, geojson or kml", readOnly.getMessage());
        assertEquals("there is no dataset 'nobody'", assertThrows(IllegalArgumentException.class,
                () -> new DatasetExport(db).read("nobody")).getMessage());
    }

    @Test
    void aMissingFileIsSaidToBeMissing() {
        Path missing = dir.resolve("gone.json");
        ImportException e = assertThrows(ImportException.class, () -> new DatasetImport(store).importFile(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }
}

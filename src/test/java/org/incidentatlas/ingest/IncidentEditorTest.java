package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Change;
import org.incidentatlas.domain.Edit;
import org.incidentatlas.domain.EditKind;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.Figure;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.PartialDate;
import org.incidentatlas.domain.ReportedFigures;
import org.incidentatlas.domain.SampleIncidents;
import org.incidentatlas.domain.Source;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.EditStore;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentEditorTest {
    private static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");
    private static final IncidentId MINE = new IncidentId("mine", "market");

    @TempDir
    Path dir;

    private Database db;
    private IncidentRepository repository;
    private IncidentEditor editor;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        repository = new IncidentRepository(db);
        editor = new IncidentEditor(new EditStore(db, Clock.fixed(NOON, ZoneOffset.UTC)));
        TestDatasets.create(db, "mine", true);
        TestDatasets.create(db, "ucdp-ged", false);
        repository.saveAll(List.of(SampleIncidents.full("ucdp-ged", "274540")));
        editor.add("mine", List.of(SampleIncidents.full("somewhere-else", "market")), "from my notes");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void addPutsTheRecordInTheDatasetUnderItsNameAndKeepsItsCreation() {
        Incident added = repository.find(MINE).orElseThrow();
        assertEquals("mine", added.provenance().dataset());
        List<Edit> history = editor.history(MINE);
        assertEquals(1, history.size());
        assertEquals(EditKind.CREATE, history.get(0).kind());
        assertEquals("from my notes", history.get(0).note());
        assertEquals(NOON, history.get(0).at());
    }

    @Test
    void anEditKeepsEachFieldWithItsOldAndNewValueAndTheNote() {
        Map<String, String> set = new LinkedHashMap<>();
        set.put("casualties.deaths.best", "34");
        set.put("place.name", "Woheilat market");
        editor.set(MINE, set, "AFP revised the toll");
        Incident now = repository.find(MINE).orElseThrow();
        assertEquals(new Estimate(30, 34, 36), now.casualties().deaths());
        assertEquals("Woheilat market", now.place().name());
        Edit edit = editor.history(MINE).get(1);
        assertEquals(EditKind.EDIT, edit.kind());
        assertEquals("AFP revised the toll", edit.note());
        assertEquals(List.of(new Change("casualties.deaths.best", "35", "34"),
                new Change("place.name", "\"Al-Wuhailat market, Sadr City\"", "\"Woheilat market\"")), edit.changes());
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndChangeNothing() {
        Incident before = repository.find(MINE).orElseThrow();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("casualties.deaths.best", "-1");
        cases.put("place.latitude", "200");
        cases.put("dates.start", "2021-02-30");
        cases.put("dates.end", "2001-01-01");
        cases.put("casualties.wounded.low", "many");
        cases.put("place.elevation", "12");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            EditException e = assertThrows(EditException.class,
                    () -> editor.set(MINE, Map.of(c.getKey(), c.getValue()), null), c.toString());
            assertTrue(e.getMessage().contains(c.getKey().substring(c.getKey().indexOf('.') + 1)),
                    c + " -> " + e.getMessage());
        }
        assertEquals(before, repository.find(MINE).orElseThrow());
        assertEquals(1, editor.history(MINE).size());
    }

    @Test
    void theMessageSaysWhichFieldWasRefused() {
        EditException e = assertThrows(EditException.class,
                () -> editor.set(MINE, Map.of("casualties.deaths.best", "-1"), null));
        assertEquals("casualties.deaths.best", e.field());
        EditException lat = assertThrows(EditException.class,
                () -> editor.set(MINE, Map.of("place.latitude", "95.5"), null));
        assertEquals("place.latitude", lat.field());
        assertTrue(lat.getMessage().contains("between -90 and 90"), lat.getMessage());
    }

    @Test
    void recordsOfReadOnlyDatasetsAreNeverChanged() {
        IncidentId ged = new IncidentId("ucdp-ged", "274540");
        Incident before = repository.find(ged).orElseThrow();
        EditException e = assertThrows(EditException.class,
                () -> editor.set(ged, Map.of("casualties.deaths.best", "3"), null));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertThrows(EditException.class, () -> editor.add("ucdp-ged", List.of(before), null));
        assertEquals(before, repository.find(ged).orElseThrow());
    }

    @Test
    void undoPutsTheOldValuesBackAndRedoTheNewOnesEachKeptInTheHistory() {
        Incident original = repository.find(MINE).orElseThrow();
        editor.set(MINE, Map.of("casualties.deaths.best", "34"), null);
        Incident edited = repository.find(MINE).orElseThrow();
        editor.set(MINE, Map.of("method", "suicide bomber with explosive vest"), null);

        editor.undo(MINE);
        assertEquals(edited, repository.find(MINE).orElseThrow());
        editor.undo(MINE);
        assertEquals(original, repository.find(MINE).orElseThrow());
        editor.redo(MINE);
        assertEquals(edited, repository.find(MINE).orElseThrow());

        List<EditKind> kinds = editor.history(MINE).stream().map(Edit::kind).toList();
        assertEquals(List.of(EditKind.CREATE, EditKind.EDIT, EditKind.EDIT, EditKind.UNDO, EditKind.UNDO,
                EditKind.REDO), kinds);
        // A new edit after an undo starts a new line: the other undone edit can no longer be redone.
        editor.set(MINE, Map.of("place.name", "Sadr City"), null);
        EditException none = assertThrows(EditException.class, () -> editor.redo(MINE));
        assertTrue(none.getMessage().startsWith("nothing to redo"), none.getMessage());
    }

    @Test
    void undoingTheCreationRemovesTheRecordAndThenThereIsNothingLeftToUndo() {
        editor.undo(MINE);
        assertFalse(repository.find(MINE).isPresent());
        EditException e = assertThrows(EditException.class, () -> editor.undo(MINE));
        assertTrue(e.getMessage().startsWith("nothing to undo for mine:market"), e.getMessage());
        editor.redo(MINE);
        assertTrue(repository.find(MINE).isPresent());
    }

    @Test
    void aReportOnAPublicRecordIsKeptInTheResearchersDatasetAndLeavesTheRecordAlone() {
        IncidentId ged = new IncidentId("ucdp-ged", "274540");
        Incident before = repository.find(ged).orElseThrow();
        Source mine = new Source("Rudaw", PartialDate.parse("2021-07-20"), null, "https://rudaw.net/x", null,
                new ReportedFigures(Figure.exactly(36), null, null), null);
        editor.addReport(ged, null, mine, "read in the archive");
        assertEquals(before, repository.find(ged).orElseThrow());
        assertEquals(List.of(mine), editor.researcherReports(ged).stream().map(r -> r.report()).toList());
        assertEquals("mine", editor.researcherReports(ged).get(0).dataset());

        repository.saveAll(List.of(SampleIncidents.full("ucdp-ged", "274540")));
        assertEquals(1, editor.researcherReports(ged).size(), "a re-import keeps the researcher's report");

        editor.undo(ged);
        assertEquals(List.of(), editor.researcherReports(ged));
    }

    @Test
    void aReportOnTheResearchersOwnRecordBecomesOneOfItsReports() {
        int before = repository.find(MINE).orElseThrow().sourcing().reports().size();
        Source mine = new Source("Kurdistan 24", PartialDate.parse("2021-07-19"), null, null, null,
                new ReportedFigures(Figure.atLeast(30), null, null), null);
        Edit edit = editor.addReport(MINE, null, mine, null);
        Incident after = repository.find(MINE).orElseThrow();
        assertEquals(before + 1, after.sourcing().reports().size());
        assertEquals(mine, after.sourcing().reports().get(before));
        assertEquals(EditKind.REPORT, edit.kind());
    }

    @Test
    void aWindowsSaveIsRefusedWhenTheRecordChangedSinceItWasOpened() {
        Incident opened = repository.find(MINE).orElseThrow();
        editor.set(MINE, Map.of("casualties.deaths.best", "34"), "from the command line");
        Incident mine = IncidentFields.set(opened, "place.name", "Sadr City");
        EditException e = assertThrows(EditException.class, () -> editor.save(opened, mine, null));
        assertTrue(e.getMessage().contains("was changed since it was opened"), e.getMessage());
        assertEquals(34, repository.find(MINE).orElseThrow().casualties().deaths().best());
    }
}

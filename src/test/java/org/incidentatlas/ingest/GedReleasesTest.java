package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Current GED releases and Candidate files: 49 columns, dates with a time of day, active_year true/false. */
@Tag("slow") // imports whole files into a database: PIT runs the readers' own tests instead
class GedReleasesTest {
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

    private ImportReport importText(Importer importer, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return importer.importFile(f, false, ProgressListener.NONE);
    }

    @Test
    void aCandidateFileImportsWithItsReleaseAndTheSameRecordsAsTheOldLayout() throws Exception {
        String text = GedCandidate.text(r -> r);
        assertEquals(49, text.lines().findFirst().orElseThrow().split(",").length);
        ImportReport report = importText(new Importer(repository), "GEDEvent_v26_0_3.csv", text);
        assertEquals(11, report.imported(), report.describe());
        for (Incident old : GedSample.parse(GedSample.text()).incidents()) {
            Incident now = repository.find(old.id()).orElseThrow();
            assertEquals("candidate 26.0.3", now.provenance().version());
            assertEquals(old.dates(), now.dates(), "the time of day is dropped, the day kept");
            assertEquals(old.casualties(), now.casualties());
            assertEquals(old.sourcing(), now.sourcing());
            assertEquals(old.place(), now.place());
            assertEquals(old.type(), now.type());
            assertEquals("Clear", now.attributes().get("code_status"));
            assertTrue(List.of("true", "false").contains(now.attributes().get("active_year")));
            assertEquals(old.attributes().get("conflict_new_id"), now.attributes().get("conflict_dset_id"));
        }
    }

    @Test
    void theAnnualReleaseIsTakenFromItsNameAndTheUsersVersionWins() throws Exception {
        importText(new Importer(repository), "GEDEvent_v25_1.csv", GedCandidate.text(r -> r));
        Incident first = repository.find(GedSample.parse(GedSample.text()).incidents().get(0).id()).orElseThrow();
        assertEquals("25.1", first.provenance().version());
        importText(new Importer(repository).withVersion("24.1"), "GEDEvent_v25_1.csv", GedCandidate.text(r -> r));
        assertEquals("24.1", repository.find(first.id()).orElseThrow().provenance().version());
        assertEquals(11, repository.count(), "a second import of the same events replaces them");
    }

    @Test
    void candidateAndReleaseNamesGiveTheirVersions() {
        assertEquals("candidate 26.0.3", Importer.gedVersion("GEDEvent_v26_0_3.csv"));
        assertEquals("candidate 25.0.12", Importer.gedVersion("GEDEvent_v25_0_12.xlsx"));
        assertEquals("25.1", Importer.gedVersion("GEDEvent_v25_1.csv"));
        assertEquals("19.1", Importer.gedVersion("ged191.csv"));
    }

    @Test
    void anActiveYearOtherThanTrueFalseOneOrZeroIsRefusedWithItsLineAndNothingIsImported() throws Exception {
        String text = GedCandidate.text(r -> {
            if (r.get("id").equals("137739")) {
                r.put("active_year", "maybe");
            }
            return r;
        });
        ImportReport report = importText(new Importer(repository), "GEDEvent_v26_0_3.csv", text);
        assertFalse(report.committed());
        assertEquals(1, report.rejected().size());
        Rejection r = report.rejected().get(0);
        assertEquals("active_year", r.field());
        assertTrue(r.reason().contains("maybe"), r.reason());
        assertEquals("line " + (lineOf(text, "\"137739\"")), r.location());
        assertEquals(0, repository.count());
    }

    @Test
    void aDayThatDoesNotExistIsRefusedEvenWithATimeOfDay() throws Exception {
        String text = GedCandidate.text(r -> {
            if (r.get("id").equals("274540")) {
                r.put("date_end", "2014-02-30 00:00:00.000");
            }
            return r;
        });
        ImportReport report = importText(new Importer(repository), "GEDEvent_v26_0_3.csv", text);
        Rejection r = report.rejected().get(0);
        assertEquals("date_end", r.field());
        assertTrue(r.reason().contains("2014-02-30 00:00:00.000"), r.reason());
        assertEquals(0, repository.count());
    }

    static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " is not at the start of a line");
    }
}

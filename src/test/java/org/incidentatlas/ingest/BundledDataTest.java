package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentPoint;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledDataTest {
    private static final String GED = "ucdp-ged";

    @TempDir
    Path dir;

    private Database db;
    private IncidentRepository repository;

    @BeforeEach
    void openDatabase() {
        db = Database.open(dir);
        repository = new IncidentRepository(db);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private List<IncidentPoint> gedPoints() {
        return repository.points().stream().filter(p -> p.dataset().equals(GED)).toList();
    }

    @Test
    void bundledFilesTravelOnTheClassPath() {
        for (String file : BundledData.FILES) {
            assertNotNull(BundledData.class.getResource("/data/" + file), file);
        }
    }

    @Test
    void emptyDatabaseNeedsTheBundledData() {
        assertTrue(new BundledData(repository).needsImport());
    }

    @Tag("slow")
    @Test
    void firstStartImportsTheWholeGedExtractOnce() throws Exception {
        BundledData bundled = new BundledData(repository);
        List<String> messages = new ArrayList<>();

        List<ImportReport> reports = bundled.importMissing((done, total, message) -> messages.add(message));

        assertEquals(BundledData.FILES.size(), reports.size());
        ImportReport ged = reports.get(0);
        assertEquals(new ImportReport("ucdp_ged191_iraq.csv", 7473, 7473, List.of(), true), ged);
        List<IncidentPoint> points = gedPoints();
        assertEquals(7473, points.size());
        assertEquals(120_631, points.stream().mapToLong(IncidentPoint::deathsBest).sum());
        assertEquals("19.1", repository.find(IncidentId.parse("ucdp-ged:274540")).orElseThrow()
                .provenance().version());
        assertTrue(reports.stream().allMatch(ImportReport::committed));
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Importing bundled data (1 of 2)")),
                messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Importing bundled data (2 of 2)")),
                messages::toString);

        assertFalse(bundled.needsImport());
        long count = repository.count();
        assertEquals(List.of(), bundled.importMissing(ProgressListener.NONE));
        assertEquals(count, repository.count());
        assertEquals(7473, gedPoints().size());
    }

    @Test
    void interruptedFirstStartImportsOnlyTheFilesStillMissing() throws Exception {
        repository.saveAllWithState(List.of(), "bundled:ucdp_ged191_iraq.csv", "1");
        BundledData bundled = new BundledData(repository);
        assertTrue(bundled.needsImport());

        List<ImportReport> reports = bundled.importMissing(ProgressListener.NONE);

        assertEquals(List.of("curated/iraq-2021.json"), reports.stream().map(ImportReport::file).toList());
        assertEquals(List.of(), gedPoints());
        assertEquals(reports.get(0).imported(), repository.count());
        assertFalse(bundled.needsImport());
    }
}

package org.incidentatlas.store;

import org.incidentatlas.domain.DatasetSummary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.SampleIncidents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetRegistryTest {
    @TempDir
    Path dir;

    private static Incident release(String dataset, String id, String version) {
        Incident i = SampleIncidents.full(dataset, id);
        return new Incident(i.dates(), i.place(), i.actors(), i.type(), i.method(), i.casualties(), i.sourcing(),
                new Provenance(dataset, version, id, "CC BY 4.0"), i.attributes(), i.note(), null);
    }

    @Test
    void aNewerReleaseThatReplacesEveryIncidentIsTheOnlyVersionCredited() {
        try (Database db = Database.open(dir)) {
            IncidentRepository repo = new IncidentRepository(db);
            DatasetRegistry registry = new DatasetRegistry(db);
            repo.saveAll(List.of(release("ucdp-ged", "1", "19.1"), release("ucdp-ged", "2", "19.1")));
            assertEquals("19.1", registry.credits().versions("ucdp-ged"));
            repo.saveAll(List.of(release("ucdp-ged", "1", "25.1")));
            assertEquals("19.1, 25.1", registry.credits().versions("ucdp-ged"), "incident 2 is still of 19.1");
            repo.saveAll(List.of(release("ucdp-ged", "2", "25.1")));
            assertEquals("25.1", registry.credits().versions("ucdp-ged"));
            DatasetSummary ged = registry.list().get(0);
            assertEquals("25.1", ged.version());
            assertEquals(2, ged.incidents());
            assertFalse(ged.editable());
        }
    }

    @Test
    void removeTakesOneDatasetOutWholeAndLeavesTheOthers() {
        try (Database db = Database.open(dir)) {
            IncidentRepository repo = new IncidentRepository(db);
            DatasetRegistry registry = new DatasetRegistry(db);
            Incident kept = SampleIncidents.full("curated", "k");
            repo.saveAll(List.of(release("acled", "IRQ1", "2024"), release("acled", "IRQ2", "2024"), kept));
            assertEquals(2, registry.remove("acled"));
            assertEquals(List.of("curated"), registry.list().stream().map(DatasetSummary::name).toList());
            assertEquals(Optional.of(kept), repo.find(kept.id()));
            assertEquals(kept.sourcing().reports().size(), repo.stats().sources(), "the sources went with them");
            assertFalse(registry.exists("acled"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.remove("acled"));
            assertTrue(e.getMessage().contains("curated"), e.getMessage());
        }
    }

    @Test
    void aUsersEmptyDatasetIsListedEditableWithItsOwnCitation() {
        try (Database db = Database.open(dir)) {
            DatasetRegistry registry = new DatasetRegistry(db);
            registry.create("my-notes", "My field notes, 2026", true);
            DatasetSummary mine = registry.list().get(0);
            assertEquals("my-notes", mine.name());
            assertEquals(0, mine.incidents());
            assertTrue(mine.editable());
            assertEquals("My field notes, 2026", mine.citation());
            assertThrows(IllegalArgumentException.class, () -> registry.create("my-notes", null, true));
            assertThrows(IllegalArgumentException.class, () -> registry.create("Bad Name", null, true));
        }
    }
}

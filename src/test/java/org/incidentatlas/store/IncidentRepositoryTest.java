package org.incidentatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.PartialDate;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.SampleIncidents;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.Sourcing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentRepositoryTest {
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

    /** {@code incident} as another version of the record: other figures, one report, other attributes and note. */
    private static Incident revised(Incident incident) {
        Source correction = new Source("Agence France Presse", new PartialDate(2021, 7, 21), "Toll revised", null,
                null, null, null);
        return new Incident(incident.dates(), incident.place(), incident.actors(), incident.type(), null,
                new Casualties(new Estimate(31, 36, 40), 0, 0, 36, 0, null, null),
                new Sourcing(List.of(correction), 1, 1, null),
                new Provenance(incident.provenance().dataset(), "2021.2", incident.provenance().originalId(), null),
                Map.of("revision", "2"), "Toll revised upwards.", null);
    }

    @Test
    void incidentWithEveryFieldReadsBackEqual() {
        Incident full = SampleIncidents.full("curated-2021", "kirkuk-1");
        assertEquals(1, repository.saveAll(List.of(full)));
        assertEquals(Optional.of(full), repository.find(full.id()));
    }

    @Test
    void messyFiguresAreStoredAsPublished() {
        Incident messy = SampleIncidents.messy("curated-2021", "halabja-1");
        repository.saveAll(List.of(messy));
        Incident back = repository.find(messy.id()).orElseThrow();
        assertEquals(messy, back);
        assertFalse(back.casualties().deaths().ordered());
        assertEquals(messy.irregularities(), back.irregularities());
    }

    @Test
    void unknownIdIsNotFound() {
        repository.saveAll(List.of(SampleIncidents.full("curated", "k-1")));
        assertEquals(Optional.empty(), repository.find(IncidentId.parse("curated:k-2")));
        assertEquals(Optional.empty(), repository.find(IncidentId.parse("other:k-1")));
    }

    @Test
    void savingTheSameDatasetAndIdAgainReplacesTheRecord() {
        Incident first = SampleIncidents.full("curated", "k-1");
        Incident second = revised(first);
        repository.saveAll(List.of(first));
        repository.saveAll(List.of(second));
        assertEquals(1, repository.count());
        assertEquals(Optional.of(second), repository.find(first.id()));
        assertEquals(1, repository.stats().sources(), "the first version's reports are gone");
    }

    @Test
    void sameOriginalIdInAnotherDatasetIsAnotherIncident() {
        Incident curated = SampleIncidents.full("curated", "274540");
        Incident other = SampleIncidents.messy("other-set", "274540");
        repository.saveAll(List.of(curated, other));
        assertEquals(2, repository.count());
        assertEquals(Optional.of(curated), repository.find(curated.id()));
        assertEquals(Optional.of(other), repository.find(other.id()));
    }

    @Test
    void sameIncidentTwiceInOneSaveKeepsTheFirstOne() {
        Incident first = SampleIncidents.full("curated", "k-1");
        Incident second = revised(first);
        repository.saveAll(List.of(first, second));
        assertEquals(1, repository.count());
        assertEquals(Optional.of(first), repository.find(first.id()));
    }

    @Test
    void emptyDatabaseHasZeroTotalsAndNoDates() {
        assertEquals(new Stats(0, 0, null, null, 0, 0, 0), repository.stats());
        assertEquals(0, repository.count());
        assertEquals(List.of(), repository.points());
    }

    @Test
    void statsAddUpIncidentsReportsDatesAndDeaths() {
        repository.saveAll(List.of(SampleIncidents.full("curated", "k-1"), SampleIncidents.messy("curated", "h-1")));
        // full: 2021-07-19..20, deaths 30/35/36, 3 reports; messy: 2002-12-15, deaths 5/3/4, 1 report
        assertEquals(new Stats(2, 4, LocalDate.of(2002, 12, 15), LocalDate.of(2021, 7, 20), 35, 38, 40),
                repository.stats());
    }

    @Test
    void pointsCarryWhatTheMapNeedsOrderedByStartDate() {
        Incident full = SampleIncidents.full("curated", "k-1");
        Incident messy = SampleIncidents.messy("curated", "h-1");
        repository.saveAll(List.of(full, messy));
        List<IncidentPoint> points = repository.points();
        assertEquals(List.of("h-1", "k-1"), points.stream().map(IncidentPoint::originalId).toList());
        IncidentPoint k = points.get(1);
        assertEquals("curated", k.dataset());
        assertEquals(LocalDate.of(2021, 7, 19), k.start());
        assertEquals(LocalDate.of(2021, 7, 20), k.end());
        assertEquals(33.3906, k.latitude());
        assertEquals(44.4511, k.longitude());
        assertEquals(35, k.deathsBest());
        assertEquals(3, k.violenceType());
        assertEquals(2, points.get(0).violenceType());
    }

    @Test
    void stateIsAbsentUntilWrittenAndThenReplaced() {
        assertNull(repository.state("bundled:x"));
        repository.saveAllWithState(List.of(), "bundled:x", "1");
        assertEquals("1", repository.state("bundled:x"));
        repository.saveAllWithState(List.of(SampleIncidents.full("curated", "k-1")), "bundled:x", "2");
        assertEquals("2", repository.state("bundled:x"));
        assertEquals(1, repository.count());
    }

    @Test
    void longTextIsKeptWhole() {
        Incident full = SampleIncidents.full("curated", "k-1");
        String quoted = "Northeast Iraq's Diyala police director said. ".repeat(30).strip();
        Source long1 = new Source("BBC Monitoring Middle East", new PartialDate(2010, 12, 12),
                "Top Iraqi police officer injured ".repeat(40).strip(), null, quoted, null, null);
        Incident withLongText = new Incident(full.dates(), full.place(), full.actors(), full.type(), full.method(),
                full.casualties(), new Sourcing(List.of(long1), 1, 1, quoted), full.provenance(), full.attributes(),
                "Note. ".repeat(2000).strip(), null);
        repository.saveAll(List.of(withLongText));
        assertEquals(Optional.of(withLongText), repository.find(withLongText.id()));
    }

    @Test
    void nonAsciiTextSurvives() {
        Incident full = SampleIncidents.full("curated", "k-1");
        repository.saveAll(List.of(full));
        Incident back = repository.find(full.id()).orElseThrow();
        assertEquals("مدينة الصدر: انفجار في سوق الوحيلات", back.sourcing().reports().get(2).title());
        assertEquals("Qaḑā’ al Ruşāfah", back.place().adm2());
    }

    @Test
    void aLargeMoveBuildsNoIndexAfterItAndTheTablesKeepOnlyTheIndexesTheirQueriesUse() {
        DecidedImports.decide(db, dir, "d-", 50);
        java.util.List<String> phases = new java.util.ArrayList<>();
        db.endImport(true, false, 20, (done, total, message) -> phases.add(message), null);
        assertEquals(List.of("moving 50 incidents into place"), phases);
        assertEquals(50, repository.count());
        // The row, the dataset's key and the release's foreign key for an incident; the row and the incident's
        // foreign key for a report (no date, category or (incident_id, seq) index: see V8__lean_import_indexes.sql).
        assertEquals(List.of("INCIDENT: DATASET_KEY,ORIGINAL_ID", "INCIDENT: ID", "INCIDENT: RELEASE_ID,DATASET_KEY",
                "SOURCE: INCIDENT_ID"), db.read(IncidentRepositoryTest::indexedColumns));
    }

    @Test
    void aSmallImportIntoALargerTableKeepsItsIndexes() {
        repository.saveAll(java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> SampleIncidents.full("curated", "a-" + i)).toList());
        DecidedImports.decide(db, dir, "b-", 20);
        java.util.List<String> phases = new java.util.ArrayList<>();
        db.endImport(true, false, 20, (done, total, message) -> phases.add(message), null);
        assertEquals(List.of("moving 20 incidents into place"), phases);
        assertEquals(120, repository.count());
    }

    @Test
    void aDatasetThatHeldIncidentsHasThoseReplacedAndNewOnesAdded() {
        Incident kept = SampleIncidents.full("curated", "k-1");
        Incident replaced = SampleIncidents.messy("curated", "h-1");
        repository.saveAll(List.of(kept, replaced));
        Incident added = SampleIncidents.full("curated", "k-2");
        repository.saveAll(List.of(revised(replaced), added));
        assertEquals(3, repository.count());
        assertEquals(Optional.of(revised(replaced)), repository.find(replaced.id()));
        assertEquals(Optional.of(kept), repository.find(kept.id()));
        assertEquals(Optional.of(added), repository.find(added.id()));
    }

    /** Each index of the incident and source tables, as "TABLE: COLUMN,COLUMN", sorted. */
    private static List<String> indexedColumns(java.sql.Connection c) throws java.sql.SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME, LISTAGG(COLUMN_NAME, ',') "
                + "WITHIN GROUP (ORDER BY ORDINAL_POSITION) FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = "
                + "'PUBLIC' AND TABLE_NAME IN ('INCIDENT', 'SOURCE') GROUP BY TABLE_NAME, INDEX_NAME");
                java.sql.ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1) + ": " + rs.getString(2));
            }
        }
        java.util.Collections.sort(out);
        return out;
    }
}

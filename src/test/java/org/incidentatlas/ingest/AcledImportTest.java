package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.incidentatlas.domain.CommonCategory;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.ViolenceType;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.FilterEvaluator;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.DatasetRegistry;
import org.incidentatlas.domain.DatasetSummary;
import org.incidentatlas.store.IncidentFactsQuery;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ACLED exports in both layouts, written to ACLED's codebook (see {@link AcledSample}). */
@Tag("slow") // imports whole files into a database: PIT runs the readers' own tests instead
class AcledImportTest {
    private static final IncidentId BOMB = IncidentId.parse("acled:IRQ1001");

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

    private ImportReport importText(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return new Importer(repository).importFile(f, false, ProgressListener.NONE);
    }

    private static String edited(List<String> layout, String id, UnaryOperator<Map<String, String>> edit) {
        List<Map<String, String>> rows = AcledSample.rows();
        rows.replaceAll(r -> r.get("event_id_cnty").equals(id) ? edit.apply(r) : r);
        return AcledSample.text(layout, rows);
    }

    @Test
    void theOlderLayoutImportsEveryEventTypeWithBomCrlfAndALineBreakInTheNotes() throws Exception {
        String text = AcledSample.text(AcledSample.OLD, AcledSample.rows());
        assertTrue(text.startsWith("\uFEFFdata_id,") && text.contains("\r\n") && text.contains("\nFigures vary"));
        ImportReport report = importText("1997-01-01-2021-01-01-Middle_East-Iraq.csv", text);
        assertEquals(6, report.imported(), report.describe());
        Incident bomb = repository.find(BOMB).orElseThrow();
        assertEquals(LocalDate.of(2020, 12, 31), bomb.dates().start());
        assertEquals(DatePrecision.EXACT_DAY, bomb.dates().precision());
        assertEquals(LocationPrecision.EXACT, bomb.place().precision());
        assertEquals("Baghdad - Bab al-Sharqi", bomb.place().name());
        assertEquals("Baghdad", bomb.place().adm1());
        assertEquals(12, bomb.casualties().deaths().best());
        assertEquals(12, bomb.casualties().deaths().low());
        assertEquals(List.of("Shafaq News", "Rudaw", "Xinhua"),
                bomb.sourcing().reports().stream().map(Source::outlet).toList());
        assertTrue(bomb.note().contains("\"killing 12\".\nFigures vary."), bomb.note());
        assertEquals("Suicide bomb", bomb.method());
        assertEquals("Explosions/Remote violence", bomb.attributes().get(CommonCategory.EVENT_TYPE));
        assertEquals(CommonCategory.BOMBING, bomb.category());
        assertEquals(ViolenceType.NOT_CODED, bomb.type());
        assertEquals("Islamic State (Iraq)", bomb.actors().sideA());
        assertEquals("77" + "1001", bomb.attributes().get("data_id"));
        assertEquals("acled", bomb.provenance().dataset());
        assertTrue(bomb.provenance().licence().startsWith("ACLED"), bomb.provenance().licence());
        Incident clash = repository.find(IncidentId.parse("acled:IRQ1003")).orElseThrow();
        assertEquals(DatePrecision.WEEK, clash.dates().precision());
        assertEquals(LocationPrecision.NEAR, clash.place().precision());
        assertEquals(CommonCategory.ARMED_CLASH, clash.category());
        Incident looting = repository.find(IncidentId.parse("acled:IRQ1004")).orElseThrow();
        assertEquals(DatePrecision.MONTH, looting.dates().precision());
        assertEquals(LocationPrecision.DISTRICT, looting.place().precision());
        assertEquals(CommonCategory.OTHER, looting.category());
        Incident protest = repository.find(IncidentId.parse("acled:IRQ1002")).orElseThrow();
        assertEquals(CommonCategory.PROTEST_RIOT, protest.category());
        assertNull(protest.actors().sideB());
        assertEquals(CommonCategory.ATTACK_ON_CIVILIANS,
                repository.find(IncidentId.parse("acled:IRQ1006")).orElseThrow().category());
    }

    @Test
    void theCurrentLayoutKeepsDisorderTypeCivilianTargetingAndPopulation() throws Exception {
        ImportReport report = importText("acled-iraq.csv", AcledSample.text(AcledSample.CURRENT, AcledSample.rows()));
        assertEquals(6, report.imported(), report.describe());
        Incident bomb = repository.find(BOMB).orElseThrow();
        assertEquals("Political violence", bomb.attributes().get("disorder_type"));
        assertEquals("Civilian targeting", bomb.attributes().get("civilian_targeting"));
        assertEquals("5400", bomb.attributes().get("population_best"));
        assertNull(bomb.attributes().get("data_id"), "the current layout has no data_id");
        assertEquals(3, bomb.sourcing().reports().size());
    }

    @Test
    void everyEventDateSpellingIsTheSameDayAndReimportingReplacesInsteadOfDuplicating() throws Exception {
        importText("acled.csv", AcledSample.text(AcledSample.OLD, AcledSample.rows()));
        for (String spelling : List.of("31 December 2020", "31-Dec-20", "20201231", "2020-12-31 00:00:00")) {
            ImportReport again = importText("acled-again.csv", edited(AcledSample.CURRENT, "IRQ1001", r -> {
                r.put("event_date", spelling);
                return r;
            }));
            assertTrue(again.committed(), spelling + ": " + again.describe());
            assertEquals(LocalDate.of(2020, 12, 31), repository.find(BOMB).orElseThrow().dates().start(), spelling);
        }
        String may = edited(AcledSample.OLD, "IRQ1002", r -> {
            r.put("event_date", "9-May-20");
            return r;
        });
        importText("acled-may.csv", may);
        assertEquals(LocalDate.of(2020, 5, 9),
                repository.find(IncidentId.parse("acled:IRQ1002")).orElseThrow().dates().start());
        assertEquals(6, repository.count(), "the same events, whatever the spelling, are replaced");
        DatasetSummary acled = new DatasetRegistry(db).list().get(0);
        assertEquals("acled", acled.name());
        assertEquals(6, acled.incidents());
        assertEquals(18, acled.deathsBest());
    }

    @Test
    void protestsRiotsAndStrategicDevelopmentsCanBeFilteredOutByCategoryOrByAcledsOwnWords() throws Exception {
        importText("acled.csv", AcledSample.text(AcledSample.OLD, AcledSample.rows()));
        FilterCodes codes = FilterCodes.of(new IncidentFactsQuery(db).all(), AdminBoundaries.bundled());
        IncidentFilter violence = IncidentFilter.builder().categories(Set.of(CommonCategory.ARMED_CLASH,
                CommonCategory.BOMBING, CommonCategory.ATTACK_ON_CIVILIANS)).build();
        assertEquals(3, FilterEvaluator.evaluate(codes, violence).cardinality());
        BitSet riots = FilterEvaluator.evaluate(codes, IncidentFilter.builder().eventTypes(Set.of("riots")).build());
        assertEquals(1, riots.cardinality());
        assertEquals(IncidentId.parse("acled:IRQ1005"), codes.id(riots.nextSetBit(0)));
        assertEquals(1, FilterEvaluator.evaluate(codes, IncidentFilter.builder()
                .eventTypes(Set.of("Suicide bomb")).build()).cardinality(), "sub-event types filter too");
        assertEquals(6, FilterEvaluator.evaluate(codes, IncidentFilter.builder().datasets(Set.of("acled")).build())
                .cardinality());
    }

    @Test
    void badValuesAreRefusedWithLineAndFieldAndNothingIsImported() throws Exception {
        String text = edited(AcledSample.OLD, "IRQ1003", r -> {
            r.put("fatalities", "-1");
            return r;
        });
        ImportReport report = importText("acled.csv", text);
        assertFalse(report.committed());
        Rejection r = report.rejected().get(0);
        assertEquals("fatalities", r.field());
        assertEquals("line " + GedReleasesTest.lineOf(text, "771003,"), r.location());
        assertEquals(0, repository.count());
        ImportReport badDate = importText("acled.csv", edited(AcledSample.CURRENT, "IRQ1005", x -> {
            x.put("event_date", "31/31/2020");
            return x;
        }));
        assertEquals("event_date", badDate.rejected().get(0).field());
        assertTrue(badDate.rejected().get(0).reason().contains("31/31/2020"));
        assertEquals(0, repository.count());
    }

    @Test
    void anExportWithoutEventDateIsRefusedNamingTheFileLineAndColumn() throws Exception {
        List<String> layout = AcledSample.OLD.stream().filter(c -> !c.equals("fatalities")).toList();
        Path f = dir.resolve("acled.csv");
        Files.writeString(f, AcledSample.text(layout, AcledSample.rows()), StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class,
                () -> new Importer(repository).importFile(f, false, ProgressListener.NONE));
        assertEquals("acled.csv: line 1: not an ACLED export: missing column(s) fatalities", e.getMessage());
        assertEquals(0, repository.count());
    }
}

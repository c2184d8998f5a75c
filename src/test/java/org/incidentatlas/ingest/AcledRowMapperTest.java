package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.CommonCategory;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One ACLED row at a time, from {@link AcledSample}'s codebook rows, without a file or a database. */
class AcledRowMapperTest {
    /** The sample's first row (IRQ1001) in the current layout, with {@code changes} (column, value, ...). */
    private static TableRow row(String... changes) {
        Map<String, String> r = new LinkedHashMap<>(AcledSample.rows().get(0));
        for (int i = 0; i < changes.length; i += 2) {
            r.put(changes[i], changes[i + 1]);
        }
        TableHeader header = TestRows.header(AcledSample.CURRENT.toArray(String[]::new));
        return TestRows.row(header, AcledSample.CURRENT.stream().map(c -> r.getOrDefault(c, "")).toArray(
                String[]::new));
    }

    private static Incident read(String... changes) {
        TableRow r = row(changes);
        return new AcledRowMapper(r.header(), "2024-05").toIncident(r);
    }

    private static FieldException refused(String... changes) {
        return assertThrows(FieldException.class, () -> read(changes));
    }

    @Test
    void aRowBecomesAnIncidentFieldByField() {
        Incident in = read();
        assertEquals("acled", in.provenance().dataset());
        assertEquals("2024-05", in.provenance().version());
        assertEquals("IRQ1001", in.provenance().originalId());
        assertTrue(in.provenance().licence() != null && !in.provenance().licence().isBlank());
        assertEquals(LocalDate.of(2020, 12, 31), in.dates().start());
        assertEquals(LocalDate.of(2020, 12, 31), in.dates().end());
        assertEquals(DatePrecision.EXACT_DAY, in.dates().precision());
        assertEquals("Baghdad - Bab al-Sharqi", in.place().name());
        assertEquals("Baghdad", in.place().adm1());
        assertEquals("Baghdad", in.place().adm2());
        assertEquals(33.3294, in.place().latitude());
        assertEquals(44.4202, in.place().longitude());
        assertEquals(LocationPrecision.EXACT, in.place().precision());
        assertEquals("Islamic State (Iraq)", in.actors().sideA());
        assertEquals("Civilians (Iraq)", in.actors().sideB());
        assertEquals("Suicide bomb", in.method());
        assertEquals(Estimate.exactly(12), in.casualties().deaths());
        assertEquals(12, in.casualties().deathsUnknown());
        assertEquals(List.of("Shafaq News", "Rudaw", "Xinhua"), in.sourcing().reports().stream()
                .map(Source::outlet).toList());
        assertTrue(in.note().startsWith("On 31 December 2020, a suicide bomber"), in.note());
        assertEquals(CommonCategory.BOMBING, in.category());
        assertEquals("Explosions/Remote violence", in.attributes().get(CommonCategory.EVENT_TYPE));
        assertEquals("Political violence", in.attributes().get("disorder_type"));
        assertEquals("5400", in.attributes().get("population_best"));
        assertEquals("1200", in.attributes().get("population_1km"));
        assertEquals("368", in.attributes().get("iso"));
        assertNull(in.attributes().get("notes"), "notes is the description, not an attribute");
        assertNull(in.attributes().get("tags"), "blank kept columns are left out");
        assertNull(in.attributes().get("actor1"));
    }

    @Test
    void blankSourcesAndMissingSecondActorGiveNone() {
        Incident in = read("source", " ; ", "actor2", "");
        assertEquals(List.of(), in.sourcing().reports());
        assertNull(in.actors().sideB());
    }

    @ParameterizedTest
    @CsvSource({"'',EXACT_DAY", "0,EXACT_DAY", "1,EXACT_DAY", "2,WEEK", "3,MONTH"})
    void timePrecisionCodes(String code, DatePrecision precision) {
        assertEquals(precision, read("time_precision", code).dates().precision());
    }

    @ParameterizedTest
    @CsvSource({"'',EXACT", "0,EXACT", "1,EXACT", "2,NEAR", "3,DISTRICT"})
    void geoPrecisionCodes(String code, LocationPrecision precision) {
        assertEquals(precision, read("geo_precision", code).place().precision());
    }

    @ParameterizedTest
    @CsvSource({"time_precision,4", "time_precision,x", "geo_precision,-1", "geo_precision,one"})
    void aPrecisionCodeOutsideTheCodebookIsRefusedWithIt(String column, String code) {
        FieldException e = refused(column, code);
        assertEquals(column, e.field());
        assertEquals("must be 1, 2 or 3 (was '" + code + "')", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"Battles,,ARMED_CLASH", "' EXPLOSIONS/REMOTE VIOLENCE ',,BOMBING",
        "Violence against civilians,,ATTACK_ON_CIVILIANS", "Protests,,PROTEST_RIOT", "Riots,,PROTEST_RIOT",
        "Strategic developments,Arrests,OTHER"})
    void eventTypesInTheCommonVocabulary(String eventType, String subEventType, CommonCategory category) {
        assertEquals(category, AcledRowMapper.category(eventType, subEventType == null ? "" : subEventType));
    }

    @Test
    void anEventTypeACLEDDoesNotHaveFallsBackToTheSubEventType() {
        assertEquals(CommonCategory.derive(org.incidentatlas.domain.ViolenceType.NOT_CODED, "Suicide bomb"),
                AcledRowMapper.category("Something new", "Suicide bomb"));
    }

    @Test
    void badValuesAreRefusedNamingTheirColumn() {
        assertEquals("event_id_cnty", refused("event_id_cnty", " ").field());
        FieldException longId = refused("event_id_cnty", "I".repeat(129));
        assertEquals("event_id_cnty", longId.field());
        assertEquals("is longer than 128 characters", longId.getMessage());
        assertEquals("IRQ" + "9".repeat(125), read("event_id_cnty", "IRQ" + "9".repeat(125)).provenance()
                .originalId());
        FieldException date = refused("event_date", "31/12/2020");
        assertEquals("event_date", date.field());
        assertTrue(date.getMessage().startsWith("not a date: '31/12/2020'"), date.getMessage());
        FieldException fatalities = refused("fatalities", "-2");
        assertEquals("fatalities", fatalities.field());
        assertEquals("must not be negative (was -2)", fatalities.getMessage());
        assertEquals("not a whole number: '2.5'", refused("fatalities", "2.5").getMessage());
        assertEquals(0, read("fatalities", "0").casualties().deaths().best());
        assertEquals("is empty", refused("actor1", "").getMessage());
        assertEquals("event_type", refused("event_type", " ").field());
        assertEquals("latitude", refused("latitude", "95").field());
        assertEquals("longitude", refused("longitude", "east").field());
    }

    @Test
    void overLongAndUndecodableValuesAreRefusedInAnyColumn() {
        FieldException tooLong = refused("tags", "t".repeat(AcledRowMapper.MAX_FIELD_LENGTH + 1));
        assertEquals("tags", tooLong.field());
        assertEquals("is 100001 characters long; at most 100000 are taken", tooLong.getMessage());
        assertEquals("t".repeat(AcledRowMapper.MAX_FIELD_LENGTH), read("tags", "t".repeat(
                AcledRowMapper.MAX_FIELD_LENGTH)).attributes().get("tags"));
        FieldException bad = refused("admin3", "Karkh\uFFFD");
        assertEquals("admin3", bad.field());
        assertEquals("is not UTF-8 text (save the file as UTF-8)", bad.getMessage());
    }

    @Test
    void aTableWithoutTheColumnsItNeedsIsRefusedNamingThem() throws Exception {
        AcledFormat format = new AcledFormat(null);
        TableHeader partial = TestRows.header("event_id_cnty", "event_date", "event_type", "notes");
        assertTrue(format.recognises(partial));
        ImportException e = assertThrows(ImportException.class, () -> format.rows(partial, "acled.csv"));
        assertEquals("acled.csv: line 1: not an ACLED export: missing column(s) sub_event_type, actor1, latitude, "
                + "longitude, fatalities", e.getMessage());
        assertEquals(false, format.recognises(TestRows.header("event_id_cnty", "event_date")));
        assertEquals(false, format.recognises(TestRows.header("event_id_cnty", "event_type")));
        assertEquals(false, format.recognises(TestRows.header("event_date", "event_type")));
        assertEquals(false, format.mayBeWindows1252());
        assertEquals("acled", format.name());
        TableRow r = row();
        assertEquals("IRQ1001", new AcledFormat("7").rows(r.header(), "a.csv").toIncident(r).id().toString()
                .substring("acled:".length()));
    }
}

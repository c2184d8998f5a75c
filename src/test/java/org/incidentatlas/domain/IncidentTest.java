package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncidentTest {
    private static final EventDates DATES = EventDates.onDay(LocalDate.of(2018, 12, 25), DatePrecision.EXACT_DAY);
    private static final Place PLACE = new Place("Tall ‘Afar town", "Nīnawá province", "Qaḑā’ Tall ‘Afar",
            36.379134, 42.448065, LocationPrecision.EXACT);
    private static final Actors ACTORS = new Actors("IS", "Civilians", ClaimStatus.NOT_RECORDED);
    private static final Casualties CASUALTIES = new Casualties(Estimate.exactly(2), 0, 0, 2, 0, null, null);
    private static final Provenance PROVENANCE = new Provenance("ucdp-ged", "19.1", "274540", "CC BY 4.0");
    private static final Source AFP = new Source("Agence France Presse", PartialDate.parse("2018-12-25"),
            "Car bomb in Iraq's Tal Afar kills two", null, null, null, null);
    private static final Source REUTERS = new Source("Reuters News", PartialDate.parse("2018-12-25"),
            "UPDATE 2-Two dead, 11 wounded by car bomb in northern Iraqi city Tal Afar", null, null, null, null);

    private static Incident incident(Casualties casualties, Sourcing sourcing, Map<String, String> attributes) {
        return new Incident(DATES, PLACE, ACTORS, ViolenceType.ONE_SIDED, " ", casualties, sourcing, PROVENANCE,
                attributes, "", null);
    }

    @Test
    void idComesFromProvenance() {
        Incident i = incident(CASUALTIES, new Sourcing(List.of(AFP, REUTERS), 2, 1, null), null);
        assertEquals(new IncidentId("ucdp-ged", "274540"), i.id());
    }

    @Test
    void blankMethodAndNoteCountAsAbsent() {
        Incident i = incident(CASUALTIES, new Sourcing(List.of(AFP), 1, 1, null), null);
        assertNull(i.method());
        assertNull(i.note());
    }

    @Test
    void missingAttributesBecomeAnEmptyMap() {
        assertEquals(Map.of(), incident(CASUALTIES, new Sourcing(List.of(), null, null, null), null).attributes());
    }

    @Test
    void attributesAreCopiedSortedAndUnmodifiable() {
        Map<String, String> given = new HashMap<>(Map.of("year", "2018", "conflict_name", "IS - Civilians",
                "dyad_new_id", "973"));
        Incident i = incident(CASUALTIES, new Sourcing(List.of(AFP), 1, 1, null), given);
        given.put("extra", "x");
        assertEquals(List.of("conflict_name", "dyad_new_id", "year"), List.copyOf(i.attributes().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> i.attributes().put("a", "b"));
    }

    @Test
    void regularRecordHasNoIrregularities() {
        Incident i = incident(CASUALTIES, new Sourcing(List.of(AFP, REUTERS), 2, 1, null), null);
        assertEquals(List.of(), i.irregularities());
    }

    @Test
    void sourceCountThatDiffersFromTheListedReportsIsFlagged() {
        Incident i = incident(CASUALTIES, new Sourcing(List.of(AFP), 2, 1, null), null);
        assertEquals(List.of("dataset counts 2 sources, 1 are listed"), i.irregularities());
    }

    @Test
    void unknownSourceCountOrNoListedReportsAreNotFlagged() {
        assertEquals(List.of(), incident(CASUALTIES, new Sourcing(List.of(AFP), null, 1, null), null)
                .irregularities());
        assertEquals(List.of(), incident(CASUALTIES, new Sourcing(List.of(), 3, 1, null), null).irregularities());
    }

    @Test
    void casualtyIrregularitiesAreIncluded() {
        Casualties messy = new Casualties(new Estimate(5, 3, 4), 0, 0, 3, 0, null, null);
        List<String> notes = incident(messy, new Sourcing(List.of(AFP), 1, 1, null), null).irregularities();
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("low (5) is above best (3)"), notes.get(0));
    }

    @Test
    void everyPartIsRequiredAndNamedWhenMissing() {
        Sourcing sourcing = new Sourcing(List.of(AFP), 1, 1, null);
        ViolenceType type = ViolenceType.ONE_SIDED;
        assertEquals("dates is required", assertThrows(IllegalArgumentException.class, () -> new Incident(null,
                PLACE, ACTORS, type, null, CASUALTIES, sourcing, PROVENANCE, null, null, null)).getMessage());
        assertEquals("place is required", assertThrows(IllegalArgumentException.class, () -> new Incident(DATES,
                null, ACTORS, type, null, CASUALTIES, sourcing, PROVENANCE, null, null, null)).getMessage());
        assertEquals("actors is required", assertThrows(IllegalArgumentException.class, () -> new Incident(DATES,
                PLACE, null, type, null, CASUALTIES, sourcing, PROVENANCE, null, null, null)).getMessage());
        assertEquals("type is required", assertThrows(IllegalArgumentException.class, () -> new Incident(DATES,
                PLACE, ACTORS, null, null, CASUALTIES, sourcing, PROVENANCE, null, null, null)).getMessage());
        assertEquals("casualties is required", assertThrows(IllegalArgumentException.class, () -> new Incident(
                DATES, PLACE, ACTORS, type, null, null, sourcing, PROVENANCE, null, null, null)).getMessage());
        assertEquals("sourcing is required", assertThrows(IllegalArgumentException.class, () -> new Incident(
                DATES, PLACE, ACTORS, type, null, CASUALTIES, null, PROVENANCE, null, null, null)).getMessage());
        assertEquals("provenance is required", assertThrows(IllegalArgumentException.class, () -> new Incident(
                DATES, PLACE, ACTORS, type, null, CASUALTIES, sourcing, null, null, null, null)).getMessage());
    }

    @Test
    void sideAIsRequiredAndNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Actors(" ", "Civilians", ClaimStatus.CLAIMED));
        assertEquals("actors.sideA is required and must not be blank", e.getMessage());
    }

    @Test
    void claimStatusIsRequiredAndNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Actors("IS", "Civilians", null));
        assertEquals("actors.claim is required", e.getMessage());
    }

    @Test
    void blankSideBCountsAsAbsent() {
        assertNull(new Actors("IS", "", ClaimStatus.UNCLAIMED).sideB());
    }

    @Test
    void datasetKeyWithCapitalsOrSpacesIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Provenance("UCDP GED", "19.1", "1", null));
        assertEquals("provenance.dataset must be lower-case letters, digits and dashes (was 'UCDP GED')",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Provenance("-ged", null, "1", null));
    }

    @Test
    void provenanceNeedsAnOriginalId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Provenance("ucdp-ged", "19.1", "", null));
        assertEquals("provenance.originalId is required and must not be blank", e.getMessage());
    }

    @Test
    void provenanceVersionAndLicenceAreOptional() {
        Provenance p = new Provenance("curated-2021", " ", "k-1", "");
        assertNull(p.version());
        assertNull(p.licence());
    }
}

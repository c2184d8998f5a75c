package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentIdTest {
    @Test
    void parseSplitsDatasetAndOriginalId() {
        IncidentId id = IncidentId.parse("ucdp-ged:274540");
        assertEquals("ucdp-ged", id.dataset());
        assertEquals("274540", id.originalId());
    }

    @Test
    void toStringIsTheWrittenForm() {
        assertEquals("ucdp-ged:274540", new IncidentId("ucdp-ged", "274540").toString());
    }

    @Test
    void originalIdMayContainAColonAndStillRoundTrips() {
        IncidentId id = new IncidentId("curated", "iraq-2021:3");
        assertEquals(id, IncidentId.parse(id.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"274540", ":274540", "ucdp-ged:", "", ":"})
    void textWithoutDatasetOrIdIsRefusedQuotingIt(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IncidentId.parse(text));
        assertTrue(e.getMessage().startsWith("incident id must look like DATASET:ORIGINAL_ID"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(was '" + text + "')"), e.getMessage());
    }

    @Test
    void nullTextIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IncidentId.parse(null));
        assertTrue(e.getMessage().startsWith("incident id must look like"), e.getMessage());
    }

    @Test
    void blankOriginalIdAfterTheColonIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IncidentId.parse("ucdp-ged: "));
        assertEquals("originalId is required and must not be blank", e.getMessage());
    }

    @Test
    void blankDatasetIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IncidentId(" ", "1"));
        assertEquals("dataset is required and must not be blank", e.getMessage());
    }

    @Test
    void provenanceGivesTheIncidentId() {
        Provenance p = new Provenance("ucdp-ged", "19.1", "274540", "CC BY 4.0");
        assertEquals(IncidentId.parse("ucdp-ged:274540"), p.id());
    }

    /** The hand-written check of a dataset key takes exactly what the pattern takes. */
    @ParameterizedTest
    @ValueSource(strings = {"ucdp-ged", "acled", "gtd", "curated-2021", "a", "0", "9-", "a--b", "", "-a", "A",
        "ucdp_ged", "ucdp ged", "ucdp-GED", "é", "ucdp-ged ", " ucdp", "a.b", "z9", "\u0661", "a\u00e9", "{", "`",
        "/", ":"})
    void aDatasetKeyIsCheckedExactlyAsThePatternChecksIt(String key) {
        assertEquals(IncidentId.DATASET_KEY.matcher(key).matches(), IncidentId.isDatasetKey(key), key);
    }
}

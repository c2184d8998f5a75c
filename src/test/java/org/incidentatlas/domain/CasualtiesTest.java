package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CasualtiesTest {
    private static Casualties deaths(Estimate deaths, int a, int b, int civilians, int unknown) {
        return new Casualties(deaths, a, b, civilians, unknown, null, null);
    }

    @Test
    void negativeDeathsOfSideAAreRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> deaths(Estimate.exactly(1), -1, 0, 0, 0));
        assertEquals("casualties.deathsSideA must not be negative (was -1)", e.getMessage());
    }

    @Test
    void negativeDeathsOfSideBAreRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> deaths(Estimate.exactly(1), 0, -4, 0, 0));
        assertEquals("casualties.deathsSideB must not be negative (was -4)", e.getMessage());
    }

    @Test
    void negativeCivilianDeathsAreRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> deaths(Estimate.exactly(1), 0, 0, -1, 0));
        assertTrue(e.getMessage().startsWith("casualties.deathsCivilians must not be negative"), e.getMessage());
    }

    @Test
    void negativeUnknownDeathsAreRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> deaths(Estimate.exactly(1), 0, 0, 0, -1));
        assertTrue(e.getMessage().startsWith("casualties.deathsUnknown must not be negative"), e.getMessage());
    }

    @Test
    void missingDeathEstimateIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> deaths(null, 0, 0, 0, 0));
        assertEquals("casualties.deaths is required", e.getMessage());
    }

    @Test
    void negativeWoundedEstimateIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Casualties(Estimate.exactly(0), 0, 0, 0, 0, new Estimate(0, -1, 0), null));
    }

    @Test
    void woundedAndMissingAreOptional() {
        Casualties c = deaths(Estimate.exactly(2), 0, 0, 2, 0);
        assertNull(c.wounded());
        assertNull(c.missing());
    }

    @Test
    void regularFiguresHaveNoIrregularities() {
        Casualties c = new Casualties(new Estimate(2, 3, 5), 1, 0, 2, 0, new Estimate(11, 11, 11), null);
        assertEquals(List.of(), c.irregularities());
    }

    @Test
    void lowAboveBestIsAllowedAndFlagged() {
        Casualties c = deaths(new Estimate(5, 3, 4), 0, 0, 3, 0);
        assertEquals(List.of("deaths: low (5) is above best (3) as published"), c.irregularities());
    }

    @Test
    void bestAboveHighIsAllowedAndFlagged() {
        Casualties c = deaths(new Estimate(22, 22, 21), 0, 0, 0, 22);
        assertEquals(List.of("deaths: best (22) is above high (21) as published"), c.irregularities());
    }

    @Test
    void partiesThatDoNotAddUpToBestAreFlagged() {
        Casualties c = deaths(Estimate.exactly(3), 1, 1, 0, 0);
        assertEquals(2, c.partySum());
        assertEquals(List.of("deaths by party add up to 2, best estimate is 3"), c.irregularities());
    }

    @Test
    void everyIrregularityIsListed() {
        Casualties c = deaths(new Estimate(6610, 6573, 5000), 0, 0, 0, 1);
        List<String> notes = c.irregularities();
        assertEquals(3, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("low (6610) is above best (6573)"), notes.get(0));
        assertTrue(notes.get(1).contains("best (6573) is above high (5000)"), notes.get(1));
        assertTrue(notes.get(2).contains("add up to 1"), notes.get(2));
    }

    @Test
    void partySumAddsAllFourParties() {
        assertEquals(10, deaths(Estimate.exactly(10), 1, 2, 3, 4).partySum());
    }
}

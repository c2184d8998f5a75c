package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EstimateTest {
    @Test
    void negativeLowIsRefusedNamingLow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Estimate(-1, 0, 0));
        assertEquals("low must not be negative (was -1)", e.getMessage());
    }

    @Test
    void negativeBestIsRefusedNamingBest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Estimate(0, -2, 0));
        assertEquals("best must not be negative (was -2)", e.getMessage());
    }

    @Test
    void negativeHighIsRefusedNamingHigh() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Estimate(0, 0, -3));
        assertEquals("high must not be negative (was -3)", e.getMessage());
    }

    @Test
    void outOfOrderEstimateIsKeptAsPublishedAndReportedAsNotOrdered() {
        Estimate e = new Estimate(5, 3, 4);
        assertEquals(5, e.low());
        assertEquals(3, e.best());
        assertEquals(4, e.high());
        assertFalse(e.ordered());
        assertFalse(e.single());
    }

    @Test
    void bestAboveHighIsNotOrdered() {
        assertFalse(new Estimate(22, 22, 21).ordered());
    }

    @Test
    void increasingEstimateIsOrderedButNotSingle() {
        Estimate e = new Estimate(29, 30, 64);
        assertTrue(e.ordered());
        assertFalse(e.single());
    }

    @Test
    void exactlyGivesOneFigureThreeTimes() {
        Estimate e = Estimate.exactly(7);
        assertEquals(new Estimate(7, 7, 7), e);
        assertTrue(e.single());
        assertTrue(e.ordered());
    }

    @Test
    void zeroDeathsIsAValidEstimate() {
        assertTrue(Estimate.exactly(0).ordered());
    }
}

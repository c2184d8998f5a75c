package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FigureTest {
    @Test
    void highBelowLowIsRefusedNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Figure(5, 3, "5 to 3"));
        assertEquals("figure.high (3) is below figure.low (5)", e.getMessage());
    }

    @Test
    void highWithoutLowIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Figure(null, 3, "3"));
        assertEquals("figure.high is given without figure.low", e.getMessage());
    }

    @Test
    void negativeLowIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Figure(-1, null, "-1"));
        assertEquals("figure.low must not be negative (was -1)", e.getMessage());
    }

    @Test
    void negativeHighIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Figure(0, -1, "x"));
        assertEquals("figure.high must not be negative (was -1)", e.getMessage());
    }

    @Test
    void reportedTextIsRequired() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Figure(1, 1, "  "));
        assertEquals("figure.reported is required and must not be blank", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Figure(1, 1, null));
    }

    @Test
    void reportedTextIsStripped() {
        assertEquals("at least 12", new Figure(12, null, "  at least 12 ").reported());
    }

    @Test
    void exactFigureHasEqualBoundsAndIsItsOwnPoint() {
        Figure f = Figure.exactly(13);
        assertEquals(new Figure(13, 13, "13"), f);
        assertEquals(13, f.point());
    }

    @Test
    void atLeastIsOpenEndedAndItsPointIsTheBound() {
        Figure f = Figure.atLeast(12);
        assertEquals(12, f.low());
        assertNull(f.high());
        assertEquals("at least 12", f.reported());
        assertEquals(12, f.point());
    }

    @Test
    void rangePointIsTheMidpointRoundedDown() {
        Figure f = Figure.between(28, 31);
        assertEquals("28 to 31", f.reported());
        assertEquals(29, f.point());
        assertEquals(29, Figure.between(28, 30).point());
    }

    @Test
    void figureWithoutANumberHasNoPoint() {
        Figure f = new Figure(null, null, "dozens");
        assertNull(f.point());
        assertEquals("dozens", f.reported());
    }

    @Test
    void reportedFiguresKnowWhetherAnyFigureWasGiven() {
        assertFalse(new ReportedFigures(null, null, null).any());
        assertTrue(new ReportedFigures(null, Figure.exactly(11), null).any());
    }

    @Test
    void boundsAsOptionsGiveTheFigureAReportGave() {
        assertEquals(new Figure(13, 13, "13"), Figure.fromBounds(null, 13, null));
        assertEquals(new Figure(12, null, "at least 12"), Figure.fromBounds(12, null, null));
        assertEquals(new Figure(0, 5, "up to 5"), Figure.fromBounds(null, null, 5));
        assertEquals(new Figure(12, 16, "12 to 16"), Figure.fromBounds(12, null, 16));
        assertEquals(new Figure(12, 16, "14 (12 to 16)"), Figure.fromBounds(12, 14, 16));
        assertEquals(null, Figure.fromBounds(null, null, null));
    }

    @Test
    void boundsOutOfOrderOrNegativeAreRefusedNamingTheBound() {
        assertEquals("high (3) is below low (9)", assertThrows(IllegalArgumentException.class,
                () -> Figure.fromBounds(9, null, 3)).getMessage());
        assertEquals("best (4) lies outside low and high", assertThrows(IllegalArgumentException.class,
                () -> Figure.fromBounds(9, 4, null)).getMessage());
        assertEquals("best (17) lies outside low and high", assertThrows(IllegalArgumentException.class,
                () -> Figure.fromBounds(9, 17, 16)).getMessage());
        assertEquals("best must not be negative (was -1)", assertThrows(IllegalArgumentException.class,
                () -> Figure.fromBounds(null, -1, null)).getMessage());
    }
}

package org.incidentatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The histogram's bin unit for a span, and the date window a map shows. */
class BinUnitAndWindowTest {
    @Test
    void theFinestUnitThatFitsFourHundredBins() {
        assertEquals(BinUnit.DAY, BinUnit.forSpan(400));
        assertEquals(BinUnit.WEEK, BinUnit.forSpan(401));
        assertEquals(BinUnit.WEEK, BinUnit.forSpan(2_800));
        assertEquals(BinUnit.MONTH, BinUnit.forSpan(2_801));
        assertEquals(BinUnit.MONTH, BinUnit.forSpan(12_000));
        assertEquals(BinUnit.YEAR, BinUnit.forSpan(12_001));
    }

    @Test
    void eachUnitHasACoarserOneUpToTheYearAndAWord() {
        assertEquals(BinUnit.WEEK, BinUnit.DAY.coarser());
        assertEquals(BinUnit.MONTH, BinUnit.WEEK.coarser());
        assertEquals(BinUnit.YEAR, BinUnit.MONTH.coarser());
        assertEquals(BinUnit.YEAR, BinUnit.YEAR.coarser());
        assertEquals("week", BinUnit.WEEK.label());
        assertEquals("year", BinUnit.YEAR.label());
    }

    @Test
    void aWindowOverlapsSpansTouchingEitherEnd() {
        DateWindow w = DateWindow.of(LocalDate.of(2014, 6, 1), LocalDate.of(2014, 6, 30));
        int from = w.from();
        int to = w.to();
        assertTrue(w.overlaps(to, to + 5), "starting on the last day");
        assertTrue(w.overlaps(from - 5, from), "ending on the first day");
        assertFalse(w.overlaps(to + 1, to + 5));
        assertFalse(w.overlaps(from - 5, from - 1));
        assertFalse(w.cumulative());
        assertEquals(LocalDate.of(2014, 6, 1), w.fromDate());
        assertEquals(LocalDate.of(2014, 6, 30), w.toDate());
        assertFalse(w.empty());
        assertTrue(new DateWindow(to, from).empty());
        assertFalse(new DateWindow(to, to).empty(), "one day");
    }

    @Test
    void aCumulativeWindowHasNoFirstDay() {
        DateWindow all = DateWindow.until(100);
        assertTrue(all.cumulative());
        assertNull(all.fromDate());
        assertEquals(LocalDate.ofEpochDay(100), all.toDate());
        assertTrue(all.overlaps(-1_000_000, -999_999));
    }
}

package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDatesTest {
    private static final LocalDate DAY = LocalDate.of(2018, 12, 25);

    @Test
    void endBeforeStartIsRefusedNamingBothFields() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EventDates(DAY, DAY.minusDays(1), DatePrecision.EXACT_DAY));
        assertEquals("dates.end (2018-12-24) is before dates.start (2018-12-25)", e.getMessage());
    }

    @Test
    void missingStartIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EventDates(null, DAY, DatePrecision.EXACT_DAY));
        assertEquals("dates.start is required", e.getMessage());
    }

    @Test
    void missingEndIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EventDates(DAY, null, DatePrecision.EXACT_DAY));
        assertEquals("dates.end is required", e.getMessage());
    }

    @Test
    void missingPrecisionIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EventDates(DAY, DAY, null));
        assertEquals("dates.precision is required", e.getMessage());
    }

    @Test
    void oneDayEventIsASingleDay() {
        EventDates d = EventDates.onDay(DAY, DatePrecision.EXACT_DAY);
        assertEquals(DAY, d.start());
        assertEquals(DAY, d.end());
        assertTrue(d.singleDay());
    }

    @Test
    void eventOverSeveralDaysIsNotASingleDay() {
        EventDates d = new EventDates(LocalDate.of(1989, 1, 1), LocalDate.of(1989, 12, 31), DatePrecision.YEAR);
        assertFalse(d.singleDay());
    }
}

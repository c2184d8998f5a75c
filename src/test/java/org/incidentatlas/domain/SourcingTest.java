package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcingTest {
    private static final Source AFP = new Source("Agence France Presse", PartialDate.parse("2018-12-25"),
            "Car bomb in Iraq's Tal Afar kills two", null, null, null, null);

    @Test
    void eventClarityOtherThanOneOrTwoIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sourcing(List.of(AFP), 1, 3, null));
        assertEquals("sourcing.eventClarity must be 1 or 2 (was 3)", e.getMessage());
    }

    @Test
    void negativeReportedCountIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sourcing(List.of(AFP), -1, 1, null));
        assertEquals("sourcing.reportedCount must not be negative (was -1)", e.getMessage());
    }

    @Test
    void missingReportListIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sourcing(null, null, null, null));
        assertEquals("sourcing.reports is required", e.getMessage());
    }

    @Test
    void unknownCountAndClarityAreAllowed() {
        Sourcing s = new Sourcing(List.of(), null, null, " ");
        assertNull(s.reportedCount());
        assertNull(s.eventClarity());
        assertNull(s.originalSources());
    }

    @Test
    void reportsAreCopiedAndCannotBeChangedAfterwards() {
        List<Source> reports = new ArrayList<>(List.of(AFP));
        Sourcing s = new Sourcing(reports, 1, 1, "police");
        reports.clear();
        assertEquals(List.of(AFP), s.reports());
        assertThrows(UnsupportedOperationException.class, () -> s.reports().add(AFP));
    }
}

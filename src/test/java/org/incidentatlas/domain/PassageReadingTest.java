package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures typed from reports, and what a pasted passage suggests (passages written for the test). */
class PassageReadingTest {
    private static final List<String> PLACES = List.of("Kirkuk", "Daquq", "Mosul", "Baghdad", "Al-Rashad");

    @Test
    void figuresAreReadAsTheCuratedRecordsReadThem() {
        assertEquals(Figure.exactly(13), FigureText.parse("13"));
        assertEquals(new Figure(12, null, "at least 12"), FigureText.parse(" at least 12 "));
        assertEquals(new Figure(61, null, "more than 60"), FigureText.parse("more than 60"));
        assertEquals(new Figure(28, 30, "28 to 30"), FigureText.parse("28 to 30"));
        assertEquals(new Figure(null, null, "dozens"), FigureText.parse("dozens"));
        assertNull(FigureText.parse("  "));
        assertThrows(IllegalArgumentException.class, () -> FigureText.parse("-4"));
        assertThrows(IllegalArgumentException.class, () -> FigureText.parse("13 or so, maybe 14 or 15"));
    }

    @Test
    void aPassageSuggestsTheTollWoundedMissingDatesAndPlaces() {
        PassageReading r = PassageReading.read("Gunmen struck a police post in Al-Rashad, south of Kirkuk, on "
                + "5 September 2021. Officials said 13 policemen were killed and three more were wounded; one "
                + "officer is still missing.", PLACES);
        assertEquals("13", r.killed());
        assertEquals("3", r.wounded());
        assertEquals("1", r.missing());
        assertEquals(List.of(LocalDate.of(2021, 9, 5)), r.dates());
        assertEquals(List.of("Al-Rashad", "Kirkuk"), r.places());
    }

    @Test
    void qualifiersAndOtherWordingsAreKept() {
        PassageReading r = PassageReading.read("An attack near Mosul killed at least twelve soldiers on September "
                + "4, 2021, wounding 5.", PLACES);
        assertEquals("at least 12", r.killed());
        assertEquals("5", r.wounded());
        assertNull(r.missing());
        assertEquals(List.of(LocalDate.of(2021, 9, 4)), r.dates());
        assertEquals(List.of("Mosul"), r.places());
    }

    @Test
    void aPassageWithoutFactsSuggestsNothing() {
        assertFalse(PassageReading.read("The weather was mild and markets were busy.", PLACES).any());
    }
}

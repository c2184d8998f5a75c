package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {
    @Test
    void oneTakesTheSingularAndEveryOtherCountThePlural() {
        assertEquals("1 incident", Plural.of(1, "incident"));
        assertEquals("0 incidents", Plural.of(0, "incident"));
        assertEquals("2 incidents", Plural.of(2, "incident"));
        assertEquals("-1 incidents", Plural.of(-1, "incident"));
        assertEquals("1,234,567 incidents", Plural.of(1_234_567, "incident"));
        assertEquals("1 bad record", Plural.of(1, "bad record"));
        assertEquals("3 casualties", Plural.of(3, "casualty", "casualties"));
        assertEquals("1 casualty", Plural.of(1, "casualty", "casualties"));
    }
}

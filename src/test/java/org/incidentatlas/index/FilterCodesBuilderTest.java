package org.incidentatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.domain.IncidentFacts;
import org.junit.jupiter.api.Test;

/** The builder hands its own columns on, permuted, to the codes it builds: once, and in the order asked. */
class FilterCodesBuilderTest {
    @Test
    void theCodesTakeTheIncidentsInTheOrderGivenAndTheBuilderIsSpentAfterwards() {
        List<IncidentFacts> facts = new ArrayList<>();
        SyntheticFacts.generate(40, facts::add);
        FilterCodesBuilder builder = new FilterCodesBuilder(AdminBoundaries.bundled(), true, 8);
        facts.forEach(builder);
        int[] reversed = new int[facts.size()];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = reversed.length - 1 - i;
        }
        FilterCodes codes = builder.build(reversed, null);
        assertEquals(facts.size(), codes.size());
        for (int i = 0; i < reversed.length; i++) {
            IncidentFacts expected = facts.get(reversed[i]);
            IncidentFacts got = codes.facts(i);
            assertEquals(expected.rowId(), got.rowId(), "position " + i);
            assertEquals(expected.start(), got.start(), "position " + i);
            assertEquals(expected.deathsBest(), got.deathsBest(), "position " + i);
            assertEquals(expected.placeName(), got.placeName(), "position " + i);
            assertEquals(expected.sideA(), got.sideA(), "position " + i);
            assertEquals(expected.latitude(), got.latitude(), "position " + i);
        }
        assertThrows(IllegalStateException.class, () -> builder.build(reversed, null));
        assertThrows(IllegalStateException.class, () -> builder.accept(facts.get(0)));
    }

    @Test
    void roomMadeAheadHoldsEveryIncidentGivenBeforeAndAfterIt() {
        List<IncidentFacts> facts = new ArrayList<>();
        SyntheticFacts.generate(300, facts::add);
        IncidentIndex.Builder ahead = IncidentIndex.builder(AdminBoundaries.bundled(), 16);
        facts.subList(0, 20).forEach(ahead);
        ahead.expect(250);
        facts.subList(20, 300).forEach(ahead);
        ahead.expect(10);
        IncidentIndex.Builder plain = IncidentIndex.builder(AdminBoundaries.bundled(), 16);
        facts.forEach(plain);
        IncidentIndex grown = plain.build();
        IncidentIndex made = ahead.build();
        assertEquals(grown.codes().size(), made.codes().size());
        for (int i = 0; i < facts.size(); i++) {
            assertEquals(grown.codes().facts(i), made.codes().facts(i), "position " + i);
            assertEquals(grown.points().startDay(i), made.points().startDay(i), "position " + i);
        }
    }
}

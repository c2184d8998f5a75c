package org.incidentatlas.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.IncidentId;
import org.junit.jupiter.api.Test;

/** Incident ids kept as a dataset code and a number, or as text when the id is not a plain number. */
class IdTableTest {
    private static final List<String> IDS = List.of("0", "7", "007", "-3", "12a", "x", "123456789012345678",
            "1234567890123456789", "9");

    private static IdTable table() {
        IdTable t = new IdTable(2);
        for (int k = 0; k < IDS.size(); k++) {
            t.add(k % 2 == 0 ? "ged" : "acled", IDS.get(k));
        }
        return t;
    }

    @Test
    void everyIdComesBackAsWrittenWithItsDataset() {
        IdTable t = table();
        for (int k = 0; k < IDS.size(); k++) {
            String dataset = k % 2 == 0 ? "ged" : "acled";
            assertEquals(new IncidentId(dataset, IDS.get(k)), t.id(k), "id " + k);
            assertEquals(dataset, t.dataset(k));
            assertEquals(k % 2, t.datasetCode(k));
            assertEquals(k, t.indexOf(new IncidentId(dataset, IDS.get(k))), "found " + k);
        }
        assertEquals(List.of("ged", "acled"), t.datasetKeys());
    }

    @Test
    void onlyIdsWrittenAsLongWritesThemAreKeptAsNumbers() {
        IdTable t = table();
        assertEquals(Map.of(2, "007", 3, "-3", 4, "12a", 5, "x", 7, "1234567890123456789"), t.texts());
        long[] numbers = t.numbers();
        assertEquals(IDS.size(), numbers.length, "trimmed to the ids added");
        assertEquals(0, numbers[0]);
        assertEquals(7, numbers[1]);
        assertEquals(123456789012345678L, numbers[6]);
        assertEquals(9, numbers[8]);
        assertArrayEquals(new byte[] {0, 1, 0, 1, 0, 1, 0, 1, 0}, t.datasetCodes());
    }

    @Test
    void anIdNotThereIsNotFound() {
        IdTable t = table();
        assertEquals(-1, t.indexOf(new IncidentId("gtd", "7")), "unknown dataset");
        assertEquals(-1, t.indexOf(new IncidentId("ged", "7")), "7 is acled's");
        assertEquals(-1, t.indexOf(new IncidentId("acled", "8")));
        assertEquals(-1, t.indexOf(new IncidentId("ged", "12b")), "another text id");
        assertEquals(-1, t.indexOf(new IncidentId("ged", "07")), "not the number 7, nor the text 007");
    }

    @Test
    void permuteReordersIdsNumbersAndTexts() {
        IdTable t = table();
        int[] order = {4, 3, 2, 1, 0, 8, 7, 6, 5};
        t.permute(order);
        for (int i = 0; i < order.length; i++) {
            int old = order[i];
            assertEquals(new IncidentId(old % 2 == 0 ? "ged" : "acled", IDS.get(old)), t.id(i), "position " + i);
        }
        assertEquals(Map.of(0, "12a", 1, "-3", 2, "007", 6, "1234567890123456789", 8, "x"), t.texts());
        assertEquals(2, t.indexOf(new IncidentId("ged", "007")));
    }

    @Test
    void aTableReadBackAnswersAsTheOneWritten() {
        IdTable t = table();
        IdTable read = new IdTable(t.datasetKeys(), t.datasetCodes(), t.numbers(), t.texts());
        for (int k = 0; k < IDS.size(); k++) {
            assertEquals(t.id(k), read.id(k));
        }
        assertEquals(4, read.indexOf(new IncidentId("ged", "12a")));
    }

    @Test
    void atMost255DatasetsFitTheirOneByteCode() {
        IdTable t = new IdTable(0);
        for (int d = 0; d < 255; d++) {
            t.add("d" + d, "1");
        }
        assertEquals("d254", t.dataset(254), "the 255th dataset's code is read back unsigned");
        assertEquals(254, t.indexOf(new IncidentId("d254", "1")));
        t.add("d3", "2");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> t.add("d255", "1"));
        assertEquals("more than 255 datasets in one index", e.getMessage());
    }
}

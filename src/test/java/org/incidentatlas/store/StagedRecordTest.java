package org.incidentatlas.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A staged record gives back exactly the values put in it: the live tables get what the import read. */
class StagedRecordTest {
    private static Object[] roundTrip(StagedRecord r, int count) throws Exception {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Arrays.copyOf(r.bytes(), r.size())))) {
            Object[] values = StagedRecord.read(in, new Object[count]);
            assertEquals(-1, in.read(), "nothing left over");
            return values;
        }
    }

    @Test
    void everyKindOfValueComesBackAsItWent() throws Exception {
        StagedRecord r = new StagedRecord();
        r.setInt(1, -70_000);
        r.setDouble(2, 36.3456789012);
        r.setString(3, "Mosul — الموصل, kept \uD83D\uDE00");
        r.setDay(4, LocalDate.of(2014, 6, 10));
        r.setNull(5, Types.VARCHAR);
        r.setString(6, null);
        r.setDay(7, null);
        r.setString(8, "");
        Object[] expected = {-70_000, 36.3456789012, "Mosul — الموصل, kept \uD83D\uDE00", LocalDate.of(2014, 6, 10),
            null, null, null, ""};
        assertArrayEquals(expected, roundTrip(r, 8));
    }

    @Test
    void textWithALoneSurrogateIsKeptExactlyNotTurnedIntoAQuestionMark() throws Exception {
        String[] texts = {"lone \uD800 high", "lone \uDC00 low", "ends high \uD83D", "\uDE00 starts low",
            "swapped \uDE00\uD83D pair", "pair \uD83D\uDE00 then lone \uD800"};
        StagedRecord r = new StagedRecord();
        for (String t : texts) {
            assertFalse(StagedRecord.wellFormed(t), t);
            r.setString(0, t);
        }
        r.setString(0, "after them, plain");
        Object[] back = roundTrip(r, texts.length + 1);
        for (int k = 0; k < texts.length; k++) {
            assertEquals(texts[k], back[k]);
        }
        assertEquals("after them, plain", back[texts.length]);
        assertTrue(StagedRecord.wellFormed("pair \uD83D\uDE00 only"));
    }
}

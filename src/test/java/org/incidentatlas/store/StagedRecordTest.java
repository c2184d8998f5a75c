package org.incidentatlas.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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

    @Test
    void textIsStagedAsExactlyTheUtf8BytesJavaWouldGiveIt() {
        String[] texts = {"", "plain ascii, 0-9", "\u007f\u0080\u00ff é ß", "\u07ff\u0800 Mosul — الموصل",
            "\uFFFD\uFFFF\u4E2D\u6587", "\uD83D\uDE00 pair, \uDBFF\uDFFF last, \uD800\uDC00 first"};
        for (String t : texts) {
            StagedRecord r = new StagedRecord();
            r.setString(0, t);
            byte[] utf = t.getBytes(StandardCharsets.UTF_8);
            assertEquals(1 + 4 + utf.length, r.size(), t);
            assertEquals(utf.length, ByteBuffer.wrap(r.bytes(), 1, 4).getInt(), t);
            assertArrayEquals(utf, Arrays.copyOfRange(r.bytes(), 5, r.size()), t);
        }
    }

    @Test
    void longTextGrowsTheBufferItIsWrittenInto() throws Exception {
        String t = "\u0800".repeat(5000) + "x";
        StagedRecord r = new StagedRecord();
        r.setInt(0, 1);
        r.setString(1, t);
        assertArrayEquals(new Object[] {1, t}, roundTrip(r, 2));
    }
}

package org.incidentatlas.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every incident's folded search text in shared byte chunks, searched for words as bytes. */
class TextColumnTest {
    private static byte[][] words(String... w) {
        return TextColumn.utf8(w);
    }

    private static TextColumn column(String... texts) {
        TextColumn.Builder b = new TextColumn.Builder();
        for (String t : texts) {
            b.add(t.getBytes(StandardCharsets.UTF_8));
        }
        return b.build();
    }

    @Test
    void eachTextComesBackWholeAndIsSearchedForAllItsWords() throws IOException {
        TextColumn c = column("tall afar ninewa", "", "الموصل mosul", "afar");
        assertEquals(4, c.size());
        assertEquals("tall afar ninewa", c.text(0));
        assertEquals("", c.text(1));
        assertEquals("الموصل mosul", c.text(2));
        assertEquals("الموصل mosul".getBytes(StandardCharsets.UTF_8).length, c.length(2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.write(3, out);
        assertEquals("afar", out.toString(StandardCharsets.UTF_8));

        assertTrue(c.containsAll(0, words("afar", "tall")));
        assertTrue(c.containsAll(0, words("ninewa")), "a word at the very end");
        assertTrue(c.containsAll(0, words("tall afar ninewa")), "the whole text");
        assertFalse(c.containsAll(0, words("afar", "mosul")), "every word must be there");
        assertFalse(c.containsAll(0, words("ninewaa")), "not past the end of its text");
        assertFalse(c.containsAll(3, words("afar ")), "nor into the next text's bytes");
        assertFalse(c.containsAll(1, words("a")));
        assertTrue(c.containsAll(2, words("موصل")));
        assertTrue(c.containsAll(3, words()), "no words: every text");
        assertFalse(c.containsAll(0, words("tale")), "a prefix of the text that goes on differently");
    }

    @Test
    void aTextIsFoundWhereItsFirstByteRepeats() {
        TextColumn c = column("aab", "abab");
        assertTrue(c.containsAll(0, words("ab")));
        assertTrue(c.containsAll(1, words("bab")));
        assertFalse(c.containsAll(1, words("bb")));
    }

    @Test
    void permuteReordersTheTexts() {
        TextColumn c = column("one", "two", "three").permute(new int[] {2, 0, 1});
        assertEquals("three", c.text(0));
        assertEquals("one", c.text(1));
        assertEquals("two", c.text(2));
        assertTrue(c.containsAll(0, words("hre")));
        assertEquals(5, c.length(0));
    }

    @Test
    void manyTextsOutgrowTheFirstChunkAndKeepTheirBytes() {
        TextColumn.Builder b = new TextColumn.Builder();
        byte[] record = "incident number ".getBytes(StandardCharsets.UTF_8);
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            byte[] text = (new String(record, StandardCharsets.UTF_8) + i).getBytes(StandardCharsets.UTF_8);
            byte[] padded = Arrays.copyOf(text, text.length + 3);
            b.add(padded, 0, text.length);
        }
        TextColumn c = b.build();
        assertEquals(n, c.size());
        for (int i = 0; i < n; i += 997) {
            assertEquals("incident number " + i, c.text(i));
        }
        assertEquals("incident number " + (n - 1), c.text(n - 1));
        assertTrue(c.containsAll(n - 1, words("19999")));
    }

    @Test
    void readSplitsTextsIntoChunksAtTheirBoundaries() {
        int big = TextColumn.CHUNK - 2;
        int[] lengths = {big, 3, 4, 0};
        ByteBuffer bytes = ByteBuffer.allocate(big + 7);
        bytes.put(new byte[big]).put("abcdefg".getBytes(StandardCharsets.US_ASCII)).flip();
        TextColumn c = TextColumn.read(bytes, lengths);
        assertEquals(4, c.size());
        assertEquals(big, c.length(0));
        assertEquals("abc", c.text(1));
        assertEquals("defg", c.text(2), "the text that would cross the chunk's end starts the next chunk");
        assertEquals("", c.text(3));
        assertFalse(bytes.hasRemaining(), "every byte read");
        assertFalse(c.containsAll(1, words("abcd")), "texts in different chunks do not run together");
    }

    @Test
    void aTextLongerThanAChunkGetsOneOfItsOwn() {
        int[] lengths = {2, TextColumn.CHUNK + 1, 1};
        ByteBuffer bytes = ByteBuffer.allocate(TextColumn.CHUNK + 4);
        byte[] middle = new byte[TextColumn.CHUNK + 1];
        middle[middle.length - 1] = 'z';
        bytes.put((byte) 'x').put((byte) 'y').put(middle).put((byte) 'q').flip();
        TextColumn c = TextColumn.read(bytes, lengths);
        assertEquals("xy", c.text(0));
        assertEquals(TextColumn.CHUNK + 1, c.length(1));
        assertTrue(c.containsAll(1, words("z")));
        assertEquals("q", c.text(2));
    }

    @Test
    void aNegativeLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextColumn.read(ByteBuffer.allocate(8), new int[] {2, -1}));
        assertEquals("negative text length at 1", e.getMessage());
    }

    @Test
    void utf8EncodesEachWord() {
        byte[][] w = TextColumn.utf8(new String[] {"a", "é"});
        assertArrayEquals(new byte[] {'a'}, w[0]);
        assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0xA9}, w[1]);
    }
}

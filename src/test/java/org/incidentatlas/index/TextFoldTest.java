package org.incidentatlas.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Folding for search: the fast path for ASCII text agrees with the general one, digits of every script are 0-9. */
class TextFoldTest {
    @Test
    void asciiLettersAndDigitsAreKeptAndTheCharactersBesideThemSeparate() {
        // Each of A, Z, a, z, 0, 9 next to the character just outside its range; the backtick is dropped.
        String text = "@A[Z`a{z/0:9";
        assertEquals("a za z 0 9", TextFold.fold(text));
        assertEquals(TextFold.fold(text) + " e", TextFold.fold(text + " é"), "the general path agrees");
        assertEquals("tall afar", TextFold.fold("  Tall 'Afar!  "));
        assertEquals(TextFold.fold("  Tall 'Afar!  ") + " e", TextFold.fold("  Tall 'Afar!  é"));
        assertEquals("a b", TextFold.fold("A\u007fB"), "DEL separates, as in the general path");
        assertEquals("a b e", TextFold.fold("A\u007fB é"));
    }

    @Test
    void arabicIndicAndPersianDigitsBecomeAsciiDigits() {
        assertEquals("0 9", TextFold.fold("\u0660 \u0669"));
        assertEquals("0 9", TextFold.fold("\u06F0 \u06F9"));
        assertEquals("2014", TextFold.fold("\u06F2\u06F0\u06F1\u06F4"));
        assertEquals("", TextFold.fold("\u066a"), "the Arabic percent sign after the digits is no digit");
    }

    @Test
    void arabicLettersFoldEvenAfterUnchangedOnes() {
        assertEquals("بصره", TextFold.fold("بصرة"), "the folded letter last");
        assertEquals("ابو", TextFold.fold("أبو"), "the folded letter first");
        assertEquals("بغداد", TextFold.fold("بغداد"), "nothing to fold");
        assertEquals("كركوك", TextFold.fold("کرکوک"), "Persian kaf, twice");
    }

    @Test
    void allWordsMustOccurInTheFoldedText() {
        String text = TextFold.fold("Car bomb in Tall 'Afar market");
        assertTrue(TextFold.containsAllWords(text, TextFold.words("afar BOMB")));
        assertFalse(TextFold.containsAllWords(text, TextFold.words("afar mosul")));
        assertTrue(TextFold.containsAllWords(text, TextFold.words("  ")), "a blank query has no words");
        assertArrayEquals(new String[0], TextFold.words(" -- "));
        assertArrayEquals(new String[] {"tall", "afar"}, TextFold.words("Tall ‘Afar"));
    }

    /**
     * The way without regular expressions (ASCII, accented Latin letters, transliteration marks) folds exactly as the
     * general way: every character it takes, alone and between others, and 20,000 seeded strings of them.
     */
    @Test
    void latinTextFoldsTheFastWayExactlyAsTheGeneralWay() {
        StringBuilder taken = new StringBuilder();
        for (char c = 0x80; c < 0x2020; c++) {
            String alone = String.valueOf(c);
            if (TextFold.latinOnly(alone)) {
                taken.append(c);
            }
            for (String s : new String[] {alone, "x" + c + "y", "Al " + c + "Anb" + c + "r-" + c, c + "'9 " + c}) {
                assertEquals(TextFold.foldGenerally(s), TextFold.fold(s),
                        () -> "U+" + Integer.toHexString(s.charAt(0)));
            }
        }
        assertEquals("tall afar al anbar shaykhan", TextFold.fold("Tall \u2018Afar, Al Anb\u0101r; Shaykh\u0101n"));
        assertTrue(taken.length() > 400, "the accented Latin letters and marks are taken: " + taken.length());
        String pool = "aZ09 ,-'`\n\u00e1\u0101\u012b\u1e29\u015e\u016b\u015f\u0163\u2018\u2019\u02bf\u00b4\u0130"
                + "\u00df\u0131\u0301\u0391" + taken;
        java.util.Random random = new java.util.Random(15);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--) {
                s.append(pool.charAt(random.nextInt(pool.length())));
            }
            assertEquals(TextFold.foldGenerally(s.toString()), TextFold.fold(s.toString()), s::toString);
        }
    }
}

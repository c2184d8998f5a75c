package org.incidentatlas.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching: case, accents and transliteration marks are ignored, so "Tall Afar" matches
 * "Tall ‘Afar" and "ninawa" matches "Nīnawá". Letters and digits are kept; every other run of characters becomes one
 * space, except the apostrophes and ayn/hamza marks of transliterated Arabic, which are dropped. Arabic script is
 * folded the way its readers treat spelling variants as one word: short vowels and other diacritics are dropped, the
 * alef forms (أ إ آ ٱ) become ا, taa marbuta ة becomes ه, alef maqsura ى becomes ي, hamza seats ؤ ئ become و ي,
 * tatweel ـ is removed, Persian and Kurdish ک ی ە become ك ي ه, and Arabic-Indic digits become 0-9.
 */
public final class TextFold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern IGNORED = Pattern.compile("['‘’ʿʾʻʼ`´]+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The first character past the Latin letters {@link #LATIN} covers. */
    private static final char LATIN_END = '\u2020';
    /**
     * Per character below {@link #LATIN_END}: the lower-case ASCII letter it folds to when it is a Latin letter that
     * decomposes into one and marks only (ā, Ş, ḩ, ...), 1 for a mark {@link #IGNORED} drops, 0 for any other.
     */
    private static final char[] LATIN = latin();

    private TextFold() {
    }

    /** The folded form of {@code text}; empty for {@code null}. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return latinOnly(text) ? foldLatin(text) : foldGenerally(text);
    }

    /** Arabic letters folded to one form each (after decomposition, so hamza above and below are already gone). */
    private static String arabic(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = arabicLetter(c);
            if (f != c && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null && f != 0) {
                out.append(f);
            }
        }
        return out == null ? s : out.toString();
    }

    /** The folded form of one character, 0 for one that is dropped. */
    private static char arabicLetter(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + c - '\u0660');
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + c - '\u06F0');
        }
        return switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673' -> '\u0627';
            case '\u0629', '\u06D5', '\u06C0' -> '\u0647';
            case '\u0649', '\u06CC', '\u0626', '\u06D2' -> '\u064A';
            case '\u0624' -> '\u0648';
            case '\u06A9' -> '\u0643';
            case '\u0640' -> 0;
            default -> c;
        };
    }

    /** Whether every character is ASCII or one {@link #LATIN} folds (a letter of one mark or more, or a mark). */
    static boolean latinOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (c >= LATIN_END || LATIN[c] == 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same folding as the general path for text of ASCII characters and the accented Latin letters and
     * transliteration marks of {@link #LATIN} only (most of it: GED's and OCHA's names are spelled so), without
     * decomposing it or regular expressions: a million incidents' search text folds in a fraction of the time.
     */
    static String foldLatin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                c = LATIN[c];
                if (c == 1) {
                    continue;
                }
            }
            if (c == '\'' || c == '`') {
                continue;
            }
            boolean letter = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                letter = true;
            }
            if (!letter) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) {
                out.append(' ');
            }
            gap = false;
            out.append(c);
        }
        return out.toString();
    }

    /** The table of {@link #LATIN}: each character folded the general way, kept when that gives one ASCII letter. */
    private static char[] latin() {
        char[] table = new char[LATIN_END];
        for (char c = 0x80; c < LATIN_END; c++) {
            String one = String.valueOf(c);
            if (IGNORED.matcher(one).matches()) {
                table[c] = 1;
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            String s = MARKS.matcher(Normalizer.normalize(one, Normalizer.Form.NFD)).replaceAll("");
            s = s.toLowerCase(Locale.ROOT);
            if (s.length() == 1 && s.charAt(0) >= 'a' && s.charAt(0) <= 'z') {
                table[c] = s.charAt(0);
            }
        }
        return table;
    }

    /** The general way, for tests that hold the fast ways to it. */
    static String foldGenerally(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = IGNORED.matcher(s).replaceAll("");
        s = arabic(s);
        s = s.toLowerCase(Locale.ROOT);
        s = SEPARATORS.matcher(s).replaceAll(" ");
        return s.strip();
    }

    /** True when every word of the folded {@code query} occurs in the already folded {@code foldedText}. */
    public static boolean containsAllWords(String foldedText, String[] queryWords) {
        for (String w : queryWords) {
            if (!foldedText.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The words of a query, folded; empty for a blank query. */
    public static String[] words(String query) {
        String f = fold(query);
        return f.isEmpty() ? new String[0] : f.split(" ");
    }
}

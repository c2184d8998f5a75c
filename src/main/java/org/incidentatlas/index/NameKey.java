package org.incidentatlas.index;

import java.util.Set;

/**
 * A loose key for a place name that ignores how it was transliterated or spelled: "Nineveh", "Ninawa" and "Ninewa"
 * share one, as do "Tal Afar" and "Telafar", "Salahuddin" and "Salah Al-Din", "Irbil" and "Erbil", "Mawsil" and
 * "Al-Mosul", "الموصل" and "موصل". The key keeps the consonants of the folded name (see {@link TextFold}) in order,
 * without the Arabic article (al-, el-, ad-, ال), short vowels, h, doubled letters or the usual letter swaps of
 * transliteration (v/w, q/k, c/k, dh/th/d, ou/u, aw/o). Areas are matched by it only when no name matches exactly.
 */
final class NameKey {
    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ud", "ul", "an", "ar", "as", "ash", "at",
            "az", "ath", "adh");
    private static final String ARABIC_ARTICLE = "\u0627\u0644";

    private NameKey() {
    }

    /** The key of {@code name}; empty for a name with no letters. */
    static String of(String name) {
        String[] words = TextFold.fold(name).split(" ");
        StringBuilder joined = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || words.length > 1 && ARTICLES.contains(w)) {
                continue;
            }
            if (w.startsWith(ARABIC_ARTICLE) && w.length() > 3) {
                w = w.substring(2);
            }
            joined.append(w);
        }
        return skeleton(swaps(joined.toString()));
    }

    private static String swaps(String s) {
        return s.replace("ph", "f").replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("dh", "d")
                .replace("th", "d").replace('v', 'w').replace('q', 'k').replace('c', 'k');
    }

    /** The first letter (a leading vowel as 'a'), then the consonants, with diphthongs before consonants as vowels. */
    private static String skeleton(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean diphthong = (c == 'w' || c == 'y') && i > 0 && s.charAt(i - 1) == 'a' && i + 1 < s.length()
                    && !vowel(s.charAt(i + 1));
            char k;
            if (i == 0) {
                k = vowel(c) ? 'a' : c;
            } else if (vowel(c) || c == 'h' || diphthong) {
                continue;
            } else {
                k = c;
            }
            if (out.length() == 0 || out.charAt(out.length() - 1) != k) {
                out.append(k);
            }
        }
        return out.toString();
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}

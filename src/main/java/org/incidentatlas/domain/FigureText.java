package org.incidentatlas.domain;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a figure as a coder types it from a report: {@code 13}, {@code at least 12}, {@code more than 60},
 * {@code 28 to 30}, {@code up to 5}, {@code dozens}; the text is kept as typed and the bounds worked out as the
 * curated records do ("more than 60" is at least 61, "dozens" has no number).
 */
public final class FigureText {
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("another", 1), Map.entry("a", 1),
            Map.entry("an", 1));
    private static final String N = "(\\d{1,7}|[a-z]+)";
    private static final Pattern EXACT = Pattern.compile(N);
    private static final Pattern AT_LEAST = Pattern.compile("(?:at least|no fewer than|not less than) " + N);
    private static final Pattern MORE_THAN = Pattern.compile("(?:more than|over|upwards of) " + N);
    private static final Pattern UP_TO = Pattern.compile("(?:up to|at most|as many as) " + N);
    private static final Pattern RANGE = Pattern.compile(N + " ?(?:to|-|–|or) ?" + N);

    private FigureText() {
    }

    /**
     * The figure the text gives, or {@code null} for blank text.
     *
     * @throws IllegalArgumentException for a negative or unreadable number
     */
    public static Figure parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (t.startsWith("-")) {
            throw new IllegalArgumentException("a figure must not be negative (was '" + text.strip() + "')");
        }
        Matcher m;
        if ((m = EXACT.matcher(t)).matches() && number(m.group(1)) != null) {
            return new Figure(number(m.group(1)), number(m.group(1)), text.strip());
        }
        if ((m = AT_LEAST.matcher(t)).matches() && number(m.group(1)) != null) {
            return new Figure(number(m.group(1)), null, text.strip());
        }
        if ((m = MORE_THAN.matcher(t)).matches() && number(m.group(1)) != null) {
            return new Figure(number(m.group(1)) + 1, null, text.strip());
        }
        if ((m = UP_TO.matcher(t)).matches() && number(m.group(1)) != null) {
            return new Figure(0, number(m.group(1)), text.strip());
        }
        if ((m = RANGE.matcher(t)).matches() && number(m.group(1)) != null && number(m.group(2)) != null) {
            return new Figure(number(m.group(1)), number(m.group(2)), text.strip());
        }
        if (t.matches(".*\\d.*")) {
            throw new IllegalArgumentException("cannot read '" + text.strip() + "' as a figure (e.g. 13, at least "
                    + "12, more than 60, 28 to 30, dozens)");
        }
        return new Figure(null, null, text.strip());
    }

    /** A number written in digits or as a word ("thirteen"), or null. */
    public static Integer number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.chars().allMatch(Character::isDigit) && !w.isEmpty()) {
            return Integer.valueOf(w);
        }
        return WORDS.get(w);
    }
}

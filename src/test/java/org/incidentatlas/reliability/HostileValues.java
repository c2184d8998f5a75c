package org.incidentatlas.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generators of hostile values for the fuzzers, each with what an import must do with it: control characters (refused),
 * markup and spreadsheet formulas (kept exactly: they are made inert on export, not on import), values of the wrong
 * JSON type (refused), and days: any day of the years 1 to 9999 (kept exactly) or one the calendar or the documented
 * range refuse.
 */
final class HostileValues {
    /** The classes of hostile values. */
    enum Kind { CONTROL, MARKUP, FORMULA, WRONG_TYPE, DAY }

    /** One generated value. */
    record Value(Kind kind, String text, boolean mustBeRefused) {
        @Override
        public String toString() {
            return kind.name().toLowerCase(Locale.ROOT) + " " + escaped(text);
        }
    }

    static final List<String> MARKUP = List.of("<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">report</a>", "<script>alert(1)</script>", "\"><svg onload=alert(1)>",
            "<iframe src=//example.org></iframe>", "<b>bold</b>", "<![CDATA[x]]>", "]]><x/>", "<!-- c -->");
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://example.org\",\"x\")", "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)", "\t=1+1", "\r=1+1", "=1+1", "-", "+964 770");
    static final List<String> BAD_DAYS = List.of("0000-01-01", "+10000-01-01", "-0001-12-31", "1900-02-29",
            "2100-02-29", "2019-02-30", "2014-04-31", "2014-00-10", "2014-1-10");
    private static final int[] CONTROLS = controls();

    private HostileValues() {
    }

    static Value next(Random random, boolean json) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        if (!json && kind == Kind.WRONG_TYPE) {
            kind = Kind.CONTROL;
        }
        return switch (kind) {
            case CONTROL -> new Value(kind, (char) CONTROLS[random.nextInt(CONTROLS.length)] + "[31m", true);
            case MARKUP -> new Value(kind, MARKUP.get(random.nextInt(MARKUP.size())), false);
            case FORMULA -> new Value(kind, FORMULAS.get(random.nextInt(FORMULAS.size())), false);
            case WRONG_TYPE -> new Value(kind, List.of("\"number as text\"", "42", "true").get(random.nextInt(3)),
                    true);
            case DAY -> random.nextInt(4) == 0 ? new Value(kind, BAD_DAYS.get(random.nextInt(BAD_DAYS.size())), true)
                    : new Value(kind, LocalDate.ofEpochDay(FIRST + (long) (random.nextDouble() * (LAST - FIRST)))
                            .toString(), false);
        };
    }

    private static final long FIRST = LocalDate.of(1, 1, 1).toEpochDay();
    private static final long LAST = LocalDate.of(9999, 12, 31).toEpochDay();

    /** The wrong-typed replacement of {@code current}: its number as text, or a number or boolean for text. */
    static JsonNode wrongType(String kind, JsonNode current) {
        if (kind.startsWith("\"")) {
            return TextNode.valueOf(current == null ? "1" : current.asText());
        }
        return kind.equals("true") ? BooleanNode.TRUE : IntNode.valueOf(42);
    }

    /** Every character the text rule forbids: C0 controls but tab, line feed and carriage return; DEL; C1. */
    private static int[] controls() {
        return java.util.stream.IntStream.rangeClosed(0, 0x9F)
                .filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F).toArray();
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c >= 0x7F && c <= 0x9F ? String.format(Locale.ROOT, "\\u%04X", (int) c)
                    : String.valueOf(c));
        }
        return b.toString();
    }
}

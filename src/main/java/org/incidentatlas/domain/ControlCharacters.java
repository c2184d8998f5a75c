package org.incidentatlas.domain;

/**
 * The one rule for control characters in text from outside (imported files, view files): tab, line feed and carriage
 * return are text; every other C0 control (NUL, BEL, ESC, VT, FF, ...), DEL and the C1 controls (U+0080 to U+009F) are
 * not. Imports refuse them, naming the line and field; text printed to a terminal shows them as {@code \u001B}-style
 * escapes, so nothing read from a file can move the cursor, change colours or ring a bell.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** Whether {@code c} is a control character that text may not hold (tab, line feed, carriage return may). */
    public static boolean forbidden(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }

    /** Index of the first forbidden control character in {@code text}, or -1 (also for null). */
    public static int first(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** How a control character is named in a message, e.g. {@code U+001B}. */
    public static String name(int c) {
        return String.format(java.util.Locale.ROOT, "U+%04X", c);
    }

    /**
     * {@code text} made safe for a terminal: every forbidden control character, and carriage return (which would let
     * text overwrite the line it is on), is shown as a {@code \u001B}-style escape; line feeds and tabs stay.
     */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !unsafeOnTerminal(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafeOnTerminal(c)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean unsafeOnTerminal(char c) {
        return forbidden(c) || c == '\r';
    }
}

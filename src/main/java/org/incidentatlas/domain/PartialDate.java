package org.incidentatlas.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date known to the year, month or day, written as ISO 8601 ({@code 2021}, {@code 2021-07}, {@code 2021-07-19}). */
public record PartialDate(int year, Integer month, Integer day) {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("date year must be between 1 and 9999 (was " + year + ")");
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("date has a day but no month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("date month must be 1 to 12 (was " + month + ")");
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day, e);
            }
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate parse(String text) {
        PartialDate quick = quick(text);
        if (quick != null) {
            return quick;
        }
        Matcher m = ISO.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date (expected YYYY, YYYY-MM or YYYY-MM-DD): '" + text + "'");
        }
        return new PartialDate(Integer.parseInt(m.group(1)),
                m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    }

    /** A full day written exactly YYYY-MM-DD, read without a regular expression (stores hold millions); or null. */
    private static PartialDate quick(String t) {
        if (t == null || t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        return year < 0 || month < 0 || day < 0 ? null : new PartialDate(year, month, day);
    }

    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** "2014", "2014-06" or "2014-06-10" (ISO 8601 at the precision known). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(10);
        pad(b, year, 4);
        if (month != null) {
            pad(b.append('-'), month, 2);
        }
        if (day != null) {
            pad(b.append('-'), day, 2);
        }
        return b.toString();
    }

    /** Appends {@code value} with leading zeros to {@code width} digits (no String.format: exports write millions). */
    private static void pad(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        for (int k = digits.length(); k < width; k++) {
            b.append('0');
        }
        b.append(digits);
    }
}

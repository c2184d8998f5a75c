package org.incidentatlas.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ACLED's {@code event_date} in every spelling its files take on their way through spreadsheets: {@code 2020-12-31},
 * {@code 31 December 2020}, {@code 31-Dec-20}, {@code 9-May-20}, {@code 20201231}, and the ISO form with a time of day
 * a spreadsheet adds ({@code 2020-12-31 00:00:00}). A two-digit year is 20xx: ACLED starts in 1997 and covers Iraq
 * from 2016.
 */
final class AcledDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2}"
            + "(?:\\.\\d{1,9})?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern NAMED = Pattern.compile("(\\d{1,2})[ -]([A-Za-z]+)\\.?[ -](\\d{2}|\\d{4})");
    private static final Map<String, Month> MONTHS = months();

    private AcledDates() {
    }

    private static Map<String, Month> months() {
        Map<String, Month> m = new HashMap<>();
        for (Month month : Month.values()) {
            m.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
            m.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
        }
        m.put("sept", Month.SEPTEMBER);
        return m;
    }

    /**
     * The day written in {@code text}.
     *
     * @throws IllegalArgumentException naming the spellings accepted
     */
    static LocalDate parse(String text) {
        String t = text.strip();
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = COMPACT.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = NAMED.matcher(t);
            if (m.matches()) {
                Month month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                if (month != null) {
                    int year = Integer.parseInt(m.group(3));
                    return LocalDate.of(year < 100 ? 2000 + year : year, month, Integer.parseInt(m.group(1)));
                }
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such day: '" + text + "'", e);
        }
        throw new IllegalArgumentException("not a date: '" + text + "' (expected e.g. 2020-12-31, 31 December 2020, "
                + "31-Dec-20 or 20201231)");
    }
}

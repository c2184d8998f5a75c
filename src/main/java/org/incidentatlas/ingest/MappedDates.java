package org.incidentatlas.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.incidentatlas.domain.DatePrecision;

/**
 * How a mapped table's dates are read: ISO ({@code YYYY-MM-DD}, a time part ignored) or a pattern such as
 * {@code d/M/yyyy}, case-insensitive, English month names. A pattern without a day gives month-precision dates, without
 * a month year-precision ones. A workbook's date cell comes as an ISO date whatever the pattern, so ISO is always
 * tried second. Immutable; the importer and the window's mapping dialog read dates through the same one.
 */
public final class MappedDates {
    private final String pattern;
    private final DateTimeFormatter format;
    private final DatePrecision precision;

    /**
     * @param pattern a {@link DateTimeFormatter} pattern, or null or {@code iso}
     * @throws IllegalArgumentException when the pattern is not one
     */
    public MappedDates(String pattern) {
        if (pattern == null || pattern.isBlank() || "iso".equalsIgnoreCase(pattern.strip())) {
            this.pattern = null;
            this.format = null;
            this.precision = DatePrecision.EXACT_DAY;
            return;
        }
        this.pattern = pattern.strip();
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(this.pattern);
        boolean day = this.pattern.indexOf('d') >= 0;
        boolean month = this.pattern.indexOf('M') >= 0 || this.pattern.indexOf('L') >= 0;
        if (!day) {
            b.parseDefaulting(ChronoField.DAY_OF_MONTH, 1);
        }
        if (!month) {
            b.parseDefaulting(ChronoField.MONTH_OF_YEAR, 1);
        }
        this.format = b.toFormatter(Locale.ENGLISH);
        this.precision = !month ? DatePrecision.YEAR : !day ? DatePrecision.MONTH : DatePrecision.EXACT_DAY;
    }

    /** How precise the dates read are: a whole month for a pattern without a day, and so on. */
    public DatePrecision precision() {
        return precision;
    }

    /**
     * The date written in {@code value}.
     *
     * @throws IllegalArgumentException saying what was expected and what was found
     */
    public LocalDate parse(String value) {
        if (format != null) {
            try {
                return LocalDate.from(format.parse(value));
            } catch (DateTimeParseException e) {
                // a workbook's date cell: try ISO below
            }
        }
        String iso = value.length() > 10 && value.charAt(4) == '-' ? value.substring(0, 10) : value;
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (expected " + (pattern == null ? "YYYY-MM-DD" : pattern)
                    + "): '" + value + "'", e);
        }
    }
}

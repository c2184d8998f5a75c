package org.incidentatlas.ingest;

import java.math.BigDecimal;
import org.incidentatlas.domain.ControlCharacters;

/**
 * Typed reads of one table row's cells; a value that cannot be taken throws a {@link FieldException} naming its
 * column. Numbers may come as spreadsheets write them ("3", "3.0").
 */
final class RowFields {
    /** Longest value taken in any field. */
    static final int MAX_FIELD_LENGTH = 100_000;

    private final TableRow row;

    RowFields(TableRow row) {
        this.row = row;
    }

    /**
     * Refuses over-long values, control characters other than tab and line breaks (the rule of every importer), and
     * text that could not be decoded (U+FFFD), in any column.
     */
    void checkAll(String encodingHint) {
        for (String column : row.header().names()) {
            if (column.isEmpty()) {
                continue;
            }
            String value = row.get(column);
            if (value.length() > MAX_FIELD_LENGTH) {
                throw new FieldException(column, "is " + value.length() + " characters long; at most "
                        + MAX_FIELD_LENGTH + " are taken");
            }
            int control = ControlCharacters.first(value);
            if (control >= 0) {
                throw new FieldException(column, "holds the control character "
                        + ControlCharacters.name(value.charAt(control)) + " at character " + (control + 1)
                        + "; text may hold tabs and line breaks but no other control characters");
            }
            if (value.indexOf('\uFFFD') >= 0) {
                throw new FieldException(column, encodingHint);
            }
        }
    }

    /** The value stripped, "" when absent. */
    String text(String column) {
        return row.get(column).strip();
    }

    /** The value stripped, or null when blank or absent. */
    String optional(String column) {
        String value = text(column);
        return value.isEmpty() ? null : value;
    }

    String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            throw new FieldException(column, "is empty");
        }
        return value;
    }

    int whole(String column) {
        return whole(column, required(column));
    }

    /** A whole number, or null when the cell is blank. */
    Integer optionalWhole(String column) {
        String value = text(column);
        return value.isEmpty() ? null : whole(column, value);
    }

    /** A count that is not negative, or null when blank. */
    Integer optionalCount(String column) {
        Integer value = optionalWhole(column);
        if (value != null && value < 0) {
            throw new FieldException(column, "must not be negative (was " + value + ")");
        }
        return value;
    }

    private static int whole(String column, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            try {
                return new BigDecimal(value).intValueExact();
            } catch (NumberFormatException | ArithmeticException e2) {
                throw new FieldException(column, "not a whole number: '" + value + "'");
            }
        }
    }

    /** A latitude ({@code limit} 90) or longitude (180). */
    double coordinate(String column, double limit) {
        return coordinate(column, required(column), limit);
    }

    /** The latitude ({@code limit} 90) or longitude (180) written in {@code value}, the text of {@code column}. */
    static double coordinate(String column, String value, double limit) {
        double d;
        try {
            d = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new FieldException(column, "not a number: '" + value + "'");
        }
        if (!Double.isFinite(d) || Math.abs(d) > limit) {
            throw new FieldException(column, "must be between -" + (int) limit + " and " + (int) limit
                    + " (was " + value + ")");
        }
        return d;
    }
}

package org.incidentatlas.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.domain.Actors;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.ClaimStatus;
import org.incidentatlas.domain.ControlCharacters;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.EventDates;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.Sourcing;
import org.incidentatlas.domain.ViolenceType;

/** Turns one UCDP GED CSV row into an {@link Incident}; a bad value throws a {@link FieldException} naming it. */
final class GedRowMapper {
    static final String DATASET = "ucdp-ged";
    static final String LICENCE = "CC BY 4.0";

    /** Columns the importer reads; a file without them is not a GED file. */
    static final List<String> REQUIRED = List.of("id", "type_of_violence", "side_a", "side_b", "number_of_sources",
            "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
            "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "event_clarity", "date_prec",
            "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best",
            "high");

    /** Further GED columns kept as published when present (identifiers and codes a researcher may join on). */
    static final List<String> KEPT = List.of("year", "active_year", "conflict_new_id", "conflict_name",
            "dyad_new_id", "dyad_name", "side_a_new_id", "gwnoa", "side_b_new_id", "gwnob", "priogrid_gid",
            "country", "country_id", "region", "relid", "code_status", "conflict_dset_id", "dyad_dset_id",
            "side_a_dset_id", "side_b_dset_id", "where_description");

    // Each column of REQUIRED by its position in that list: a row reads them by number, not by name.
    private static final int ID = REQUIRED.indexOf("id");
    private static final int TYPE_OF_VIOLENCE = REQUIRED.indexOf("type_of_violence");
    private static final int SIDE_A = REQUIRED.indexOf("side_a");
    private static final int SIDE_B = REQUIRED.indexOf("side_b");
    private static final int NUMBER_OF_SOURCES = REQUIRED.indexOf("number_of_sources");
    private static final int SOURCE_ARTICLE = REQUIRED.indexOf("source_article");
    private static final int SOURCE_OFFICE = REQUIRED.indexOf("source_office");
    private static final int SOURCE_DATE = REQUIRED.indexOf("source_date");
    private static final int SOURCE_HEADLINE = REQUIRED.indexOf("source_headline");
    private static final int SOURCE_ORIGINAL = REQUIRED.indexOf("source_original");
    private static final int WHERE_PREC = REQUIRED.indexOf("where_prec");
    private static final int WHERE_COORDINATES = REQUIRED.indexOf("where_coordinates");
    private static final int ADM_1 = REQUIRED.indexOf("adm_1");
    private static final int ADM_2 = REQUIRED.indexOf("adm_2");
    private static final int LATITUDE = REQUIRED.indexOf("latitude");
    private static final int LONGITUDE = REQUIRED.indexOf("longitude");
    private static final int EVENT_CLARITY = REQUIRED.indexOf("event_clarity");
    private static final int DATE_PREC = REQUIRED.indexOf("date_prec");
    private static final int DATE_START = REQUIRED.indexOf("date_start");
    private static final int DATE_END = REQUIRED.indexOf("date_end");
    private static final int DEATHS_A = REQUIRED.indexOf("deaths_a");
    private static final int DEATHS_B = REQUIRED.indexOf("deaths_b");
    private static final int DEATHS_CIVILIANS = REQUIRED.indexOf("deaths_civilians");
    private static final int DEATHS_UNKNOWN = REQUIRED.indexOf("deaths_unknown");
    private static final int LOW = REQUIRED.indexOf("low");
    private static final int BEST = REQUIRED.indexOf("best");
    private static final int HIGH = REQUIRED.indexOf("high");

    /** A date as GED writes it: a day, with a time of day in current releases ("2026-03-13 00:00:00.000"). */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)?");

    /** Longest value taken in any field; GED's longest (source lists) are a few thousand characters. */
    static final int MAX_FIELD_LENGTH = 100_000;

    /** A point as {@code geom_wkt} writes it; {@link #point} reads exactly these, by hand. */
    static final Pattern POINT = Pattern.compile(
            "POINT\\s*\\(\\s*(-?\\d+(?:\\.\\d+)?)\\s+(-?\\d+(?:\\.\\d+)?)\\s*\\)");

    private final Map<String, Integer> columns;
    /** The columns' names and positions, for the checks every field gets (walked a million times an import). */
    private final String[] names;
    private final int[] positions;
    /** Where each column of {@link #REQUIRED} and of {@link #KEPT} is in a row (-1: not in the file). */
    private final int[] at;
    private final int[] kept;
    private final int geometry;
    private final int activeYear;
    private final String version;
    private String[] row;

    GedRowMapper(Map<String, Integer> columns, String version) {
        this.columns = columns;
        this.version = version;
        this.names = new String[columns.size()];
        this.positions = new int[columns.size()];
        int k = 0;
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            names[k] = column.getKey();
            positions[k++] = column.getValue();
        }
        this.at = positions(REQUIRED, columns);
        this.kept = positions(KEPT, columns);
        this.geometry = columns.getOrDefault("geom_wkt", -1);
        this.activeYear = columns.getOrDefault("active_year", -1);
    }

    private static int[] positions(List<String> names, Map<String, Integer> columns) {
        int[] positions = new int[names.size()];
        for (int k = 0; k < positions.length; k++) {
            positions[k] = columns.getOrDefault(names.get(k), -1);
        }
        return positions;
    }

    Incident toIncident(String[] values) {
        if (values.length != columns.size()) {
            throw new FieldException(null, "expected " + columns.size() + " fields, found " + values.length);
        }
        this.row = values;
        checkFields();
        String id = text(ID);
        if (id.isEmpty()) {
            throw new FieldException(REQUIRED.get(ID), "is empty");
        }
        LocalDate start = date(DATE_START);
        LocalDate end = date(DATE_END);
        if (end.isBefore(start)) {
            throw new FieldException(REQUIRED.get(DATE_END), "is before date_start (" + end + " < " + start + ")");
        }
        EventDates dates = new EventDates(start, end, code(DATE_PREC, DatePrecision::fromGedCode));
        double latitude = coordinate(LATITUDE, 90);
        double longitude = coordinate(LONGITUDE, 180);
        checkAgainstGeometry(latitude, longitude);
        Place place = new Place(text(WHERE_COORDINATES), text(ADM_1), text(ADM_2), latitude, longitude,
                code(WHERE_PREC, LocationPrecision::fromGedCode));
        Casualties casualties = new Casualties(
                new Estimate(count(LOW), count(BEST), count(HIGH)),
                count(DEATHS_A), count(DEATHS_B), count(DEATHS_CIVILIANS), count(DEATHS_UNKNOWN), null, null);
        int reported = integer(NUMBER_OF_SOURCES);
        Sourcing sourcing = new Sourcing(
                GedSources.split(text(SOURCE_ARTICLE), text(SOURCE_OFFICE), text(SOURCE_DATE),
                        text(SOURCE_HEADLINE), text(SOURCE_ORIGINAL)),
                reported < 0 ? null : reported, integer(EVENT_CLARITY), text(SOURCE_ORIGINAL));
        checkActiveYear();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int k = 0; k < kept.length; k++) {
            int index = kept[k];
            if (index >= 0 && !row[index].isBlank()) {
                attributes.put(KEPT.get(k), row[index].strip());
            }
        }
        return new Incident(dates, place, new Actors(required(SIDE_A), text(SIDE_B), ClaimStatus.NOT_RECORDED),
                code(TYPE_OF_VIOLENCE, ViolenceType::fromGedCode), null, casualties, sourcing,
                new Provenance(DATASET, version, id, LICENCE), attributes, null, null);
    }

    /** Over-long values and text that was not valid UTF-8 (decoded as U+FFFD) are refused with their column. */
    private void checkFields() {
        for (int k = 0; k < names.length; k++) {
            String value = row[positions[k]];
            if (value.length() > MAX_FIELD_LENGTH) {
                throw new FieldException(names[k], "is " + value.length() + " characters long; at most "
                        + MAX_FIELD_LENGTH + " are taken");
            }
            int control = ControlCharacters.first(value);
            if (control >= 0) {
                throw new FieldException(names[k], "holds the control character "
                        + ControlCharacters.name(value.charAt(control)) + " at character " + (control + 1)
                        + "; text may hold tabs and line breaks but no other control characters");
            }
            if (value.indexOf('\uFFFD') >= 0) {
                throw new FieldException(names[k], "is not UTF-8 text (the file may be in another encoding, "
                        + "e.g. Latin-1 or Windows-1256: save it as UTF-8)");
            }
        }
    }

    /** GED's {@code geom_wkt}, when present, repeats the position as POINT (longitude latitude): a cross-check. */
    private void checkAgainstGeometry(double latitude, double longitude) {
        int index = geometry;
        if (index < 0) {
            return;
        }
        double[] xy = point(row[index].strip());
        if (xy == null) {
            return;
        }
        double x = xy[0];
        double y = xy[1];
        if (close(x, longitude) && close(y, latitude)) {
            return;
        }
        if (close(x, latitude) && close(y, longitude)) {
            throw new FieldException("latitude", "latitude and longitude are swapped (geom_wkt gives "
                    + row[index].strip() + ", i.e. latitude " + y + ", longitude " + x + ")");
        }
        throw new FieldException("latitude", "latitude " + latitude + ", longitude " + longitude
                + " disagree with geom_wkt " + row[index].strip());
    }

    /**
     * The two numbers of {@code wkt} when {@link #POINT} matches it whole ({@code POINT (x y)}, numbers as
     * {@code -12.5}), else null: read by hand, since every GED row has one.
     */
    static double[] point(String wkt) {
        if (!wkt.startsWith("POINT")) {
            return null;
        }
        int open = blanks(wkt, 5);
        if (open >= wkt.length() || wkt.charAt(open) != '(') {
            return null;
        }
        int xFrom = blanks(wkt, open + 1);
        int xTo = number(wkt, xFrom);
        int yFrom = xTo < 0 ? -1 : blanks(wkt, xTo);
        if (yFrom <= xTo) {
            return null;
        }
        int yTo = number(wkt, yFrom);
        if (yTo < 0 || blanks(wkt, yTo) != wkt.length() - 1 || wkt.charAt(wkt.length() - 1) != ')') {
            return null;
        }
        return new double[] {Double.parseDouble(wkt.substring(xFrom, xTo)),
            Double.parseDouble(wkt.substring(yFrom, yTo))};
    }

    /** Where the blanks ({@code \s}: space, tab, line breaks, form feed, vertical tab) from {@code at} end. */
    private static int blanks(String s, int at) {
        int i = at;
        while (i < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** Where a number {@code -?\d+(\.\d+)?} from {@code at} ends, or -1 when none begins there. */
    private static int number(String s, int at) {
        int i = at < s.length() && s.charAt(at) == '-' ? at + 1 : at;
        int digits = digitsFrom(s, i);
        if (digits == i) {
            return -1;
        }
        if (digits + 1 < s.length() && s.charAt(digits) == '.') {
            int fraction = digitsFrom(s, digits + 1);
            return fraction > digits + 1 ? fraction : digits;
        }
        return digits;
    }

    private static int digitsFrom(String s, int at) {
        int i = at;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) < 1e-4;
    }

    private String text(int column) {
        return row[at[column]].strip();
    }

    private String required(int column) {
        String value = text(column);
        if (value.isEmpty()) {
            throw new FieldException(REQUIRED.get(column), "is empty");
        }
        return value;
    }

    private int integer(int column) {
        String value = required(column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new FieldException(REQUIRED.get(column), "not a whole number: '" + value + "'");
        }
    }

    private int count(int column) {
        int value = integer(column);
        if (value < 0) {
            throw new FieldException(REQUIRED.get(column), "must not be negative (was " + value + ")");
        }
        return value;
    }

    private <T> T code(int column, java.util.function.IntFunction<T> decode) {
        int value = integer(column);
        try {
            return decode.apply(value);
        } catch (IllegalArgumentException e) {
            throw new FieldException(REQUIRED.get(column), e.getMessage());
        }
    }

    private double coordinate(int column, double limit) {
        return RowFields.coordinate(REQUIRED.get(column), required(column), limit);
    }

    /**
     * A day written YYYY-MM-DD, read without the general parser's machinery (an import reads two a row); any other
     * form goes to {@link LocalDate#parse}, which refuses it or reads it the same way.
     */
    static LocalDate isoDay(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(value);
    }

    /** The number the ASCII digits from {@code from} to {@code to} spell, or -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + c - '0';
        }
        return n;
    }

    private LocalDate date(int column) {
        String value = required(column);
        LocalDate day = null;
        try {
            if (value.length() == 10) {
                day = isoDay(value);
            } else {
                Matcher m = DATE.matcher(value);
                if (m.matches()) {
                    day = isoDay(m.group(1));
                }
            }
        } catch (DateTimeException e) {
            // a day that does not exist, e.g. 2026-02-30: refused below
        }
        if (day == null) {
            throw new FieldException(REQUIRED.get(column), "not a date (expected YYYY-MM-DD, optionally followed by a "
                    + "time of day): '" + value + "'");
        }
        if (day.isBefore(EventDates.FIRST_DAY) || day.isAfter(EventDates.LAST_DAY)) {
            throw new FieldException(REQUIRED.get(column), "is outside the years 1 to 9999 that a record may have "
                    + "(was '" + value + "')");
        }
        return day;
    }

    /** GED writes {@code active_year} as 1/0 (up to about 22.1) or true/false (current releases); kept as published. */
    private void checkActiveYear() {
        int index = activeYear;
        if (index < 0) {
            return;
        }
        String value = row[index].strip();
        if (!value.isEmpty() && !value.equals("1") && !value.equals("0") && !value.equalsIgnoreCase("true")
                && !value.equalsIgnoreCase("false")) {
            throw new FieldException("active_year", "must be 1, 0, true or false (was '" + value + "')");
        }
    }
}

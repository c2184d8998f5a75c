package org.incidentatlas.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.domain.Actors;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.ClaimStatus;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.EventDates;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.KnownDataset;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.Sourcing;
import org.incidentatlas.domain.ViolenceType;

/** Turns one GTD row into an {@link Incident}, following the GTD codebook; a bad value names its column. */
final class GtdRowMapper {
    static final String DATASET = KnownDataset.GTD;
    static final String LICENCE = KnownDataset.of(DATASET).orElseThrow().licence();

    /** GTD columns kept as published (codes and words a researcher filters or joins on). */
    static final List<String> KEPT = List.of("approxdate", "extended", "resolution", "specificity", "vicinity",
            "location", "country_txt", "region_txt", "crit1", "crit2", "crit3", "doubtterr", "alternative_txt",
            "multiple", "success", "suicide", "attacktype1_txt", "attacktype2_txt", "attacktype3_txt",
            "targtype1_txt", "targsubtype1_txt", "corp1", "target1", "natlty1_txt", "gname2", "gname3",
            "guncertain1", "individual", "nperps", "claimed", "claimmode_txt", "weaptype1_txt", "weapsubtype1_txt",
            "weapdetail", "nkill", "nkillus", "nkillter", "nwound", "nwoundus", "nwoundte", "propextent_txt",
            "ishostkid", "nhostkid", "motive", "addnotes", "dbsource", "INT_LOG", "INT_IDEO", "INT_MISC", "INT_ANY",
            "related");

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>]+");

    private final String release;

    GtdRowMapper(String release) {
        this.release = release;
    }

    Incident toIncident(TableRow row) {
        RowFields f = new RowFields(row);
        f.checkAll("is neither UTF-8 nor Windows-1252 text");
        String id = f.required("eventid");
        if (!id.chars().allMatch(Character::isDigit)) {
            throw new FieldException("eventid", "not a GTD event id (digits, e.g. 201401010001): '" + id + "'");
        }
        EventDates dates = dates(f);
        Place place = new Place(f.optional("city"), f.optional("provstate"), null, f.coordinate("latitude", 90),
                f.coordinate("longitude", 180), precision(f));
        Actors actors = new Actors(f.required("gname"), f.optional("targtype1_txt"), claim(f));
        Sourcing sourcing = new Sourcing(reports(f), null, null, null);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String column : KEPT) {
            String value = f.optional(column);
            if (value != null) {
                attributes.put(column, value);
            }
        }
        return new Incident(dates, place, actors, ViolenceType.NOT_CODED, method(f), casualties(f), sourcing,
                new Provenance(DATASET, release, id, LICENCE), attributes, f.optional("summary"), null);
    }

    /**
     * {@code iyear/imonth/iday}, where 0 means unknown: an unknown day makes a month-precision date over the whole
     * month, an unknown month a year-precision date over the year. An extended event ({@code extended} 1) ends on its
     * {@code resolution} date.
     */
    private static EventDates dates(RowFields f) {
        int year = f.whole("iyear");
        if (year < 1900 || year > 2200) {
            throw new FieldException("iyear", "not a year of the GTD: " + year);
        }
        int month = f.whole("imonth");
        if (month < 0 || month > 12) {
            throw new FieldException("imonth", "must be 1 to 12, or 0 for unknown (was " + month + ")");
        }
        int day = f.whole("iday");
        if (day < 0 || day > 31) {
            throw new FieldException("iday", "must be 1 to 31, or 0 for unknown (was " + day + ")");
        }
        if (month == 0) {
            if (day != 0) {
                throw new FieldException("iday", "is " + day + " but the month is unknown (imonth 0)");
            }
            return new EventDates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
        }
        LocalDate first = LocalDate.of(year, month, 1);
        if (day == 0) {
            return new EventDates(first, first.withDayOfMonth(first.lengthOfMonth()), DatePrecision.MONTH);
        }
        LocalDate start;
        try {
            start = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new FieldException("iday", "no day " + day + " in " + first.getMonth() + " " + year);
        }
        LocalDate end = start;
        if ("1".equals(f.text("extended")) && f.optional("resolution") != null) {
            end = date("resolution", f.text("resolution"));
            if (end.isBefore(start)) {
                throw new FieldException("resolution", "is before the event's start (" + end + " < " + start + ")");
            }
        }
        return new EventDates(start, end, DatePrecision.EXACT_DAY);
    }

    /** ISO dates (as workbooks give them, with or without a time) or M/D/YYYY as GTD's CSV writes them. */
    private static LocalDate date(String column, String value) {
        String v = value.length() > 10 && value.charAt(4) == '-' ? value.substring(0, 10) : value;
        try {
            return v.indexOf('/') > 0 ? LocalDate.parse(v, US_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new FieldException(column, "not a date (expected YYYY-MM-DD or M/D/YYYY): '" + value + "'");
        }
    }

    /**
     * The codebook's {@code specificity}: 1 the city's own coordinates, 2 the city's district centroid, 3 a place
     * outside a city, at its district centroid, 4 the province's centroid, 5 unknown below the country.
     */
    private static LocationPrecision precision(RowFields f) {
        int code = f.whole("specificity");
        return switch (code) {
            case 1 -> LocationPrecision.NEAR;
            case 2, 3 -> LocationPrecision.DISTRICT;
            case 4 -> LocationPrecision.GOVERNORATE;
            case 5 -> LocationPrecision.COUNTRY;
            default -> throw new FieldException("specificity", "must be 1 to 5 (was " + code + ")");
        };
    }

    /** {@code claimed} 1 is a claim; otherwise {@code guncertain1} 1 marks the group as suspected. */
    private static ClaimStatus claim(RowFields f) {
        String claimed = f.text("claimed");
        if ("1".equals(claimed)) {
            return ClaimStatus.CLAIMED;
        }
        if ("1".equals(f.text("guncertain1"))) {
            return ClaimStatus.SUSPECTED;
        }
        return "0".equals(claimed) ? ClaimStatus.UNCLAIMED : ClaimStatus.NOT_RECORDED;
    }

    /** The attack types in the codebook's order, e.g. "Bombing/Explosion; Armed Assault". */
    private static String method(RowFields f) {
        List<String> types = new ArrayList<>();
        for (String column : List.of("attacktype1_txt", "attacktype2_txt", "attacktype3_txt")) {
            String value = f.optional(column);
            if (value != null) {
                types.add(value);
            }
        }
        return types.isEmpty() ? null : String.join("; ", types);
    }

    /**
     * {@code nkill} is the best figure (it counts perpetrators too); {@code nkillter}, the perpetrators killed, is
     * side A's share and the rest are victims of unknown side. Blank counts are unknown: 0 with no figure kept.
     */
    private static Casualties casualties(RowFields f) {
        Integer killed = f.optionalCount("nkill");
        Integer perpetrators = f.optionalCount("nkillter");
        Integer wounded = f.optionalCount("nwound");
        int deaths = killed == null ? 0 : killed;
        int sideA = perpetrators == null ? 0 : perpetrators;
        return new Casualties(Estimate.exactly(deaths), sideA, 0, 0, Math.max(0, deaths - sideA), wounded == null
                ? null : Estimate.exactly(wounded), null);
    }

    /** Each of {@code scite1..3} is one report: its citation as the title, with its address when it has one. */
    private static List<Source> reports(RowFields f) {
        List<Source> reports = new ArrayList<>();
        for (String column : List.of("scite1", "scite2", "scite3")) {
            String citation = f.optional(column);
            if (citation == null) {
                continue;
            }
            Matcher m = URL.matcher(citation);
            String url = m.find() ? m.group().replaceAll("[.,;)]+$", "") : null;
            reports.add(new Source(null, null, citation, url, null, null, null));
        }
        return reports;
    }
}

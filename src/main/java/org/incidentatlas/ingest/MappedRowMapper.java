package org.incidentatlas.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.domain.Actors;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.ClaimStatus;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.EventDates;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.Sourcing;
import org.incidentatlas.domain.ViolenceType;

/**
 * Turns one row of a user's table into an {@link Incident} by a {@link TableMapping}. Dates follow the mapping's
 * pattern (a pattern without a day gives month-precision dates, without a month year-precision ones) or ISO, which
 * workbook date cells always are; deaths take what is mapped of low, best and high (best falls back to low, then
 * high); sources split on ';' into one report each; columns that are not mapped are kept as the record's attributes.
 */
final class MappedRowMapper {
    private final TableMapping mapping;
    private final MappedDates dates;
    private final Set<String> mapped = new HashSet<>();

    MappedRowMapper(TableMapping mapping) {
        this.mapping = mapping;
        this.dates = new MappedDates(mapping.get("dateFormat"));
        for (String key : TableMapping.COLUMN_KEYS) {
            if (mapping.get(key) != null) {
                mapped.add(mapping.get(key));
            }
        }
    }

    Incident toIncident(TableRow row) {
        RowFields f = new RowFields(row);
        f.checkAll("is neither UTF-8 nor Windows-1252 text");
        String id = mapping.get("id") == null ? Long.toString(row.number()) : f.required(mapping.get("id"));
        EventDates dates = dates(f);
        Place place = new Place(text(f, "place"), null, null, f.coordinate(mapping.get("latitude"), 90),
                f.coordinate(mapping.get("longitude"), 180), LocationPrecision.NEAR);
        String actors = text(f, "actors");
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String column : row.header().names()) {
            if (!column.isEmpty() && !mapped.contains(column) && !f.text(column).isEmpty()) {
                attributes.put(column, f.text(column));
            }
        }
        return new Incident(dates, place, new Actors(actors == null ? "unknown" : actors, null,
                ClaimStatus.NOT_RECORDED), ViolenceType.NOT_CODED, text(f, "type"), casualties(f),
                new Sourcing(sources(f), null, null, null),
                new Provenance(mapping.get("dataset"), mapping.get("version"), id, mapping.get("licence")),
                attributes, text(f, "description"), null);
    }

    private String text(RowFields f, String key) {
        return mapping.get(key) == null ? null : f.optional(mapping.get(key));
    }

    private EventDates dates(RowFields f) {
        String startColumn = mapping.get("startDate");
        LocalDate start = date(startColumn, f.required(startColumn));
        LocalDate end = start;
        DatePrecision precision = dates.precision();
        if (precision == DatePrecision.MONTH) {
            end = start.withDayOfMonth(start.lengthOfMonth());
        } else if (precision == DatePrecision.YEAR) {
            end = start.withDayOfYear(start.lengthOfYear());
        }
        String endColumn = mapping.get("endDate");
        if (endColumn != null && !f.text(endColumn).isEmpty()) {
            end = date(endColumn, f.text(endColumn));
            if (end.isBefore(start)) {
                throw new FieldException(endColumn, "is before the start date (" + end + " < " + start + ")");
            }
        }
        return new EventDates(start, end, precision);
    }

    private LocalDate date(String column, String value) {
        try {
            return dates.parse(value);
        } catch (IllegalArgumentException e) {
            throw new FieldException(column, e.getMessage());
        }
    }

    private Casualties casualties(RowFields f) {
        Integer low = count(f, "deathsLow");
        Integer best = count(f, "deathsBest");
        Integer high = count(f, "deathsHigh");
        int b = best != null ? best : low != null ? low : high != null ? high : 0;
        int l = low != null ? low : b;
        int h = high != null ? high : Math.max(b, l);
        Integer wounded = count(f, "wounded");
        return new Casualties(new Estimate(l, b, h), 0, 0, 0, b, wounded == null ? null : Estimate.exactly(wounded),
                null);
    }

    private Integer count(RowFields f, String key) {
        return mapping.get(key) == null ? null : f.optionalCount(mapping.get(key));
    }

    private List<Source> sources(RowFields f) {
        List<Source> out = new ArrayList<>();
        String text = text(f, "source");
        if (text == null) {
            return out;
        }
        for (String part : text.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            boolean address = p.startsWith("http://") || p.startsWith("https://");
            out.add(new Source(address ? null : p, null, null, address ? p : null, null, null, null));
        }
        return out;
    }
}

package org.incidentatlas.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.incidentatlas.domain.Actors;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.ClaimStatus;
import org.incidentatlas.domain.CommonCategory;
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

/**
 * Turns one row of an ACLED export into an {@link Incident}; a bad value throws a {@link FieldException} naming its
 * column. ACLED's {@code fatalities}, its single conservative estimate, is the deaths' low, best and high figure; each
 * outlet of {@code source} (separated by ';') becomes a report of its own; {@code notes} is the record's description;
 * {@code sub_event_type} its method and {@code event_type} its own event type.
 */
final class AcledRowMapper {
    static final String DATASET = KnownDataset.ACLED;

    /** Columns every ACLED export has and the mapping needs. */
    static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "event_type", "sub_event_type",
            "actor1", "latitude", "longitude", "fatalities");

    /** Further ACLED columns kept as published when present; every {@code population_*} column is kept too. */
    static final List<String> KEPT = List.of("data_id", "iso", "event_id_no_cnty", "year", "time_precision",
            "disorder_type", "civilian_targeting", "assoc_actor_1", "inter1", "assoc_actor_2", "inter2",
            "interaction", "region", "country", "admin3", "geo_precision", "source_scale", "tags", "timestamp",
            "iso3");

    /** Longest value taken in any field; ACLED's longest (notes) are a few thousand characters. */
    static final int MAX_FIELD_LENGTH = 100_000;

    private final TableHeader header;
    private final String version;
    private final String licence = KnownDataset.of(DATASET).orElseThrow().licence();
    private TableRow row;

    AcledRowMapper(TableHeader header, String version) {
        this.header = header;
        this.version = version;
    }

    Incident toIncident(TableRow values) {
        this.row = values;
        checkFields();
        String id = required("event_id_cnty");
        if (id.length() > 128) {
            throw new FieldException("event_id_cnty", "is longer than 128 characters");
        }
        LocalDate day;
        try {
            day = AcledDates.parse(required("event_date"));
        } catch (IllegalArgumentException e) {
            throw new FieldException("event_date", e.getMessage());
        }
        EventDates dates = new EventDates(day, day, datePrecision());
        Place place = new Place(text("location"), text("admin1"), text("admin2"), coordinate("latitude", 90),
                coordinate("longitude", 180), locationPrecision());
        int fatalities = count("fatalities");
        Casualties casualties = new Casualties(new Estimate(fatalities, fatalities, fatalities), 0, 0, 0, fatalities,
                null, null);
        List<Source> reports = new ArrayList<>();
        for (String outlet : text("source").split(";")) {
            if (!outlet.isBlank()) {
                reports.add(new Source(outlet.strip(), null, null, null, null, null, null));
            }
        }
        Sourcing sourcing = new Sourcing(reports, null, null, null);
        String eventType = required("event_type");
        String subEventType = text("sub_event_type");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(CommonCategory.EVENT_TYPE, eventType);
        for (String column : header.names()) {
            if (KEPT.contains(column) || column.startsWith("population_")) {
                String value = row.get(column).strip();
                if (!value.isEmpty()) {
                    attributes.put(column, value);
                }
            }
        }
        return new Incident(dates, place, new Actors(required("actor1"), text("actor2"), ClaimStatus.NOT_RECORDED),
                ViolenceType.NOT_CODED, subEventType, casualties, sourcing,
                new Provenance(DATASET, version, id, licence), attributes, text("notes"),
                category(eventType, subEventType));
    }

    /** ACLED's event types in the common vocabulary; a sub-event type decides only within strategic developments. */
    static CommonCategory category(String eventType, String subEventType) {
        return switch (eventType.strip().toLowerCase(Locale.ROOT)) {
            case "battles" -> CommonCategory.ARMED_CLASH;
            case "explosions/remote violence" -> CommonCategory.BOMBING;
            case "violence against civilians" -> CommonCategory.ATTACK_ON_CIVILIANS;
            case "protests", "riots" -> CommonCategory.PROTEST_RIOT;
            case "strategic developments" -> CommonCategory.OTHER;
            default -> CommonCategory.derive(ViolenceType.NOT_CODED, subEventType);
        };
    }

    /** ACLED's time_precision: 1 the day is known, 2 the week (the date lies within it), 3 only the month. */
    private DatePrecision datePrecision() {
        return switch (code("time_precision")) {
            case 0, 1 -> DatePrecision.EXACT_DAY;
            case 2 -> DatePrecision.WEEK;
            case 3 -> DatePrecision.MONTH;
            default -> throw new FieldException("time_precision", "must be 1, 2 or 3 (was '"
                    + text("time_precision") + "')");
        };
    }

    /** ACLED's geo_precision: 1 the place itself, 2 near it (part of a region), 3 a larger region (district). */
    private LocationPrecision locationPrecision() {
        return switch (code("geo_precision")) {
            case 0, 1 -> LocationPrecision.EXACT;
            case 2 -> LocationPrecision.NEAR;
            case 3 -> LocationPrecision.DISTRICT;
            default -> throw new FieldException("geo_precision", "must be 1, 2 or 3 (was '"
                    + text("geo_precision") + "')");
        };
    }

    /** A precision code; 0 when the column is absent or empty. */
    private int code(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Over-long values and text that was not valid UTF-8 (decoded as U+FFFD) are refused with their column. */
    private void checkFields() {
        for (String column : header.names()) {
            String value = row.get(column);
            if (value.length() > MAX_FIELD_LENGTH) {
                throw new FieldException(column, "is " + value.length() + " characters long; at most "
                        + MAX_FIELD_LENGTH + " are taken");
            }
            if (value.indexOf('\uFFFD') >= 0) {
                throw new FieldException(column, "is not UTF-8 text (save the file as UTF-8)");
            }
        }
    }

    private String text(String column) {
        return row.get(column).strip();
    }

    private String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            throw new FieldException(column, "is empty");
        }
        return value;
    }

    private int count(String column) {
        String value = required(column);
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new FieldException(column, "not a whole number: '" + value + "'");
        }
        if (n < 0) {
            throw new FieldException(column, "must not be negative (was " + n + ")");
        }
        return n;
    }

    private double coordinate(String column, double limit) {
        return RowFields.coordinate(column, required(column), limit);
    }
}

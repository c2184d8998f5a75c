package org.incidentatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Actors;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.CommonCategory;
import org.incidentatlas.domain.ClaimStatus;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.EventDates;
import org.incidentatlas.domain.Figure;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.PartialDate;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.ReportedFigures;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.Sourcing;
import org.incidentatlas.domain.ViolenceType;

/** Builds domain records from rows of the incident and source tables. */
final class IncidentRowMapper {
    static final String SELECT_INCIDENT = "SELECT i.*, r.version, r.licence FROM incident i "
            + "JOIN dataset_release r ON r.id = i.release_id ";

    /** Prefix, then suffix, to the full column name, for the estimate and figure columns. */
    private static final Map<String, Map<String, String>> COLUMNS = columns();

    private static Map<String, Map<String, String>> columns() {
        Map<String, Map<String, String>> out = new java.util.HashMap<>();
        for (String prefix : List.of("DEATHS", "WOUNDED", "MISSING", "KILLED")) {
            Map<String, String> bySuffix = new java.util.HashMap<>();
            for (String suffix : List.of("_LOW", "_BEST", "_HIGH", "_TEXT")) {
                bySuffix.put(suffix, prefix + suffix);
            }
            out.put(prefix, bySuffix);
        }
        return out;
    }

    private IncidentRowMapper() {
    }

    static Incident incident(ResultSet rs, List<Source> sources, Map<String, String> attributes)
            throws SQLException {
        EventDates dates = new EventDates(rs.getObject("DATE_START", LocalDate.class),
                rs.getObject("DATE_END", LocalDate.class), DatePrecision.fromGedCode(rs.getInt("DATE_PREC")));
        Place place = new Place(rs.getString("PLACE_NAME"), rs.getString("ADM1"), rs.getString("ADM2"),
                rs.getDouble("LATITUDE"), rs.getDouble("LONGITUDE"),
                LocationPrecision.fromGedCode(rs.getInt("WHERE_PREC")));
        Actors actors = new Actors(rs.getString("SIDE_A"), rs.getString("SIDE_B"),
                ClaimStatus.valueOf(rs.getString("CLAIM_STATUS")));
        Casualties casualties = new Casualties(estimate(rs, "DEATHS"), rs.getInt("DEATHS_SIDE_A"),
                rs.getInt("DEATHS_SIDE_B"), rs.getInt("DEATHS_CIVILIANS"), rs.getInt("DEATHS_UNKNOWN"),
                estimate(rs, "WOUNDED"), estimate(rs, "MISSING"));
        Sourcing sourcing = new Sourcing(sources, integer(rs, "REPORTED_SOURCE_COUNT"),
                integer(rs, "EVENT_CLARITY"), rs.getString("ORIGINAL_SOURCES"));
        Provenance provenance = new Provenance(rs.getString("DATASET_KEY"), rs.getString("VERSION"),
                rs.getString("ORIGINAL_ID"), rs.getString("LICENCE"));
        return new Incident(dates, place, actors, ViolenceType.fromCode(rs.getInt("VIOLENCE_TYPE")),
                rs.getString("METHOD"), casualties, sourcing, provenance, attributes, rs.getString("NOTE"),
                CommonCategory.fromCode(rs.getInt("CATEGORY")));
    }

    static Source source(ResultSet rs) throws SQLException {
        String published = rs.getString("PUBLISHED");
        ReportedFigures figures = new ReportedFigures(figure(rs, "KILLED"), figure(rs, "WOUNDED"),
                figure(rs, "MISSING"));
        return new Source(rs.getString("OUTLET"), published == null ? null : PartialDate.parse(published),
                rs.getString("TITLE"), rs.getString("URL"), rs.getString("LANGUAGE"), rs.getString("QUOTED"),
                rs.getString("PASSAGE"), figures.any() ? figures : null, rs.getString("NOTE"));
    }

    private static Estimate estimate(ResultSet rs, String prefix) throws SQLException {
        Integer low = integer(rs, column(prefix, "_LOW"));
        if (low == null) {
            return null;
        }
        return new Estimate(low, rs.getInt(column(prefix, "_BEST")), rs.getInt(column(prefix, "_HIGH")));
    }

    private static Figure figure(ResultSet rs, String prefix) throws SQLException {
        String text = rs.getString(column(prefix, "_TEXT"));
        if (text == null) {
            return null;
        }
        return new Figure(integer(rs, column(prefix, "_LOW")), integer(rs, column(prefix, "_HIGH")), text);
    }

    /**
     * The column {@code prefix + suffix} as one String instance per name: H2 looks columns up by their upper-case
     * name, and the same instance keeps its cached hash, which matters when a million rows are read.
     */
    private static String column(String prefix, String suffix) {
        Map<String, String> bySuffix = COLUMNS.get(prefix);
        String name = bySuffix == null ? null : bySuffix.get(suffix);
        return name != null ? name : prefix + suffix;
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** The reports of the incident of row {@code incidentId}, in their order. */
    static List<Source> sources(Connection c, long incidentId) throws SQLException {
        List<Source> sources = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM source WHERE incident_id = ? ORDER BY seq")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sources.add(source(rs));
                }
            }
        }
        return sources;
    }
}

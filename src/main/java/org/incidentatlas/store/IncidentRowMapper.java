package org.incidentatlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Actors;
import org.incidentatlas.domain.Casualties;
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

    private IncidentRowMapper() {
    }

    static Incident incident(ResultSet rs, List<Source> sources, Map<String, String> attributes)
            throws SQLException {
        EventDates dates = new EventDates(rs.getDate("date_start").toLocalDate(), rs.getDate("date_end").toLocalDate(),
                DatePrecision.fromGedCode(rs.getInt("date_prec")));
        Place place = new Place(rs.getString("place_name"), rs.getString("adm1"), rs.getString("adm2"),
                rs.getDouble("latitude"), rs.getDouble("longitude"),
                LocationPrecision.fromGedCode(rs.getInt("where_prec")));
        Actors actors = new Actors(rs.getString("side_a"), rs.getString("side_b"),
                ClaimStatus.valueOf(rs.getString("claim_status")));
        Casualties casualties = new Casualties(estimate(rs, "deaths"), rs.getInt("deaths_side_a"),
                rs.getInt("deaths_side_b"), rs.getInt("deaths_civilians"), rs.getInt("deaths_unknown"),
                estimate(rs, "wounded"), estimate(rs, "missing"));
        Sourcing sourcing = new Sourcing(sources, integer(rs, "reported_source_count"),
                integer(rs, "event_clarity"), rs.getString("original_sources"));
        Provenance provenance = new Provenance(rs.getString("dataset_key"), rs.getString("version"),
                rs.getString("original_id"), rs.getString("licence"));
        return new Incident(dates, place, actors, ViolenceType.fromGedCode(rs.getInt("violence_type")),
                rs.getString("method"), casualties, sourcing, provenance, attributes, rs.getString("note"));
    }

    static Source source(ResultSet rs) throws SQLException {
        String published = rs.getString("published");
        ReportedFigures figures = new ReportedFigures(figure(rs, "killed"), figure(rs, "wounded"),
                figure(rs, "missing"));
        return new Source(rs.getString("outlet"), published == null ? null : PartialDate.parse(published),
                rs.getString("title"), rs.getString("url"), rs.getString("quoted"), figures.any() ? figures : null,
                rs.getString("note"));
    }

    private static Estimate estimate(ResultSet rs, String prefix) throws SQLException {
        Integer low = integer(rs, prefix + "_low");
        if (low == null) {
            return null;
        }
        return new Estimate(low, rs.getInt(prefix + "_best"), rs.getInt(prefix + "_high"));
    }

    private static Figure figure(ResultSet rs, String prefix) throws SQLException {
        String text = rs.getString(prefix + "_text");
        if (text == null) {
            return null;
        }
        return new Figure(integer(rs, prefix + "_low"), integer(rs, prefix + "_high"), text);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}

package org.incidentatlas.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One incident of political violence.
 *
 * @param dates        when
 * @param place        where
 * @param actors       who, and whether responsibility was claimed
 * @param type         UCDP type of violence ({@link ViolenceType#NOT_CODED} for a record of a dataset that codes
 *                     events otherwise, e.g. an ACLED protest)
 * @param method       how (e.g. "suicide bombing"), if recorded
 * @param casualties   deaths, wounded, missing
 * @param sourcing     the reports behind it
 * @param provenance   which dataset it comes from
 * @param attributes   further attributes of the source dataset, kept as published (e.g. GED's conflict and dyad ids)
 * @param note         what the curator or dataset says about this record, e.g. how a location was chosen
 * @param category     the coarse category shared by all datasets; when null, derived from type and method
 *                     ({@link CommonCategory#derive})
 */
public record Incident(EventDates dates, Place place, Actors actors, ViolenceType type, String method,
        Casualties casualties, Sourcing sourcing, Provenance provenance, Map<String, String> attributes, String note,
        CommonCategory category) {
    public Incident {
        Checks.required(dates, "dates");
        Checks.required(place, "place");
        Checks.required(actors, "actors");
        Checks.required(type, "type");
        method = Checks.optionalText(method);
        if (category == null) {
            category = CommonCategory.derive(type, method);
        }
        Checks.required(casualties, "casualties");
        Checks.required(sourcing, "sourcing");
        Checks.required(provenance, "provenance");
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(attributes));
        note = Checks.optionalText(note);
    }



    public IncidentId id() {
        return provenance.id();
    }

    /** What a reader should know about irregular values in this record, as published. */
    public List<String> irregularities() {
        List<String> notes = new ArrayList<>(casualties.irregularities());
        Integer count = sourcing.reportedCount();
        if (count != null && !sourcing.reports().isEmpty() && count != sourcing.reports().size()) {
            notes.add("dataset counts " + count + " sources, " + sourcing.reports().size() + " are listed");
        }
        return notes;
    }
}

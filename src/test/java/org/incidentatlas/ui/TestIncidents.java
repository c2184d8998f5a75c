package org.incidentatlas.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/** Incidents built by hand for tests of the detail pane's words. */
final class TestIncidents {
    private TestIncidents() {
    }

    static Incident with(Sourcing sourcing, Provenance provenance) {
        return new Incident(EventDates.onDay(LocalDate.of(2021, 9, 5), DatePrecision.EXACT_DAY),
                new Place("Somewhere", "Kirkuk", "Daquq", 34.93, 44.17, LocationPrecision.NEAR),
                new Actors("Government of Iraq", "IS", ClaimStatus.SUSPECTED), ViolenceType.STATE_BASED, null,
                new Casualties(new Estimate(12, 13, 16), 13, 0, 0, 0, null, null), sourcing, provenance, Map.of(),
                null, null);
    }

    static Incident curated(List<Source> reports) {
        return with(new Sourcing(reports, reports.size(), null, null),
                new Provenance("curated", "2021-09", "test-record", "CC BY 4.0"));
    }
}

package org.incidentatlas.ui;

import java.util.List;
import org.incidentatlas.domain.IncidentId;

/** What the detail pane knows about an incident beyond its record: the assigned OCHA areas and its neighbours. */
public interface IncidentContext {
    /**
     * The OCHA governorate, district and sub-district that hold the incident, e.g. "Ninewa (IQG15), Telafar
     * (IQG15Q08), Markaz Telafar (IQG15Q08N01)", or "".
     */
    String assignedAreas(IncidentId id);

    /** Other incidents on overlapping days close by, nearest first (the incident itself left out). */
    List<NearbyIncident> overlapping(IncidentId id);

    /** One line naming an incident in a list, e.g. "2018-12-25 · Tall ‘Afar town · 2 killed". */
    record NearbyIncident(IncidentId id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    static IncidentContext none() {
        return new IncidentContext() {
            @Override
            public String assignedAreas(IncidentId id) {
                return "";
            }

            @Override
            public List<NearbyIncident> overlapping(IncidentId id) {
                return List.of();
            }
        };
    }
}

package org.incidentatlas.ui;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.index.AdminArea;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.domain.IncidentFacts;

/** {@link IncidentContext} answered from the in-memory {@link FilterCodes}. */
public final class FilterCodesContext implements IncidentContext {
    /** How far away an incident on overlapping days still counts as nearby. */
    static final double NEARBY_KM = 10;

    private final FilterCodes codes;

    public FilterCodesContext(FilterCodes codes) {
        this.codes = codes;
    }

    @Override
    public String assignedAreas(IncidentId id) {
        int i = codes.indexOf(id);
        if (i < 0) {
            return "";
        }
        AdminArea gov = codes.governorate(i);
        AdminArea district = codes.district(i);
        AdminArea subdistrict = codes.subdistrict(i);
        if (gov == null && district == null && subdistrict == null) {
            return "outside every OCHA governorate";
        }
        List<String> parts = new ArrayList<>();
        if (gov != null) {
            parts.add(gov.label());
        }
        if (district != null) {
            parts.add(district.label());
        }
        if (subdistrict != null) {
            parts.add(subdistrict.label());
        }
        return String.join(", ", parts);
    }

    @Override
    public List<NearbyIncident> overlapping(IncidentId id) {
        int i = codes.indexOf(id);
        if (i < 0) {
            return List.of();
        }
        List<NearbyIncident> out = new ArrayList<>();
        for (int k : codes.overlapping(i, NEARBY_KM)) {
            if (k != i) {
                out.add(new NearbyIncident(codes.id(k), label(codes, k)));
            }
        }
        return out;
    }

    /** "2018-12-25 · Tall ‘Afar town · 2 killed". */
    public static String label(FilterCodes codes, int k) {
        IncidentFacts f = codes.facts(k);
        String day = f.start().equals(f.end()) ? f.start().toString() : f.start() + " to " + f.end();
        String place = f.placeName() == null ? f.dataset() + ":" + f.originalId() : f.placeName();
        return day + " · " + place + " · " + f.deathsBest() + " killed";
    }
}

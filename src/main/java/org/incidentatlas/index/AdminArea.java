package org.incidentatlas.index;

import java.util.List;

/**
 * One OCHA administrative area (governorate or district).
 *
 * @param pcode       OCHA p-code, e.g. {@code IQG15} or {@code IQG15Q05}
 * @param name        English name as OCHA writes it
 * @param parentPcode the governorate's p-code for a district, {@code null} for a governorate
 * @param altNames    OCHA's alternative English names
 */
public record AdminArea(String pcode, String name, String parentPcode, List<String> altNames) {
    public AdminArea {
        altNames = List.copyOf(altNames);
    }

    /** True when {@code query} is this area's p-code or one of its names, ignoring case and accents. */
    public boolean matches(String query) {
        if (query == null) {
            return false;
        }
        if (query.strip().equalsIgnoreCase(pcode)) {
            return true;
        }
        String q = TextFold.fold(query);
        if (q.isEmpty()) {
            return false;
        }
        if (q.equals(TextFold.fold(name))) {
            return true;
        }
        return altNames.stream().anyMatch(a -> q.equals(TextFold.fold(a)));
    }

    /** "Ninewa (IQG15)". */
    public String label() {
        return name + " (" + pcode + ")";
    }
}

package org.incidentatlas.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The places a coder can pick by name: Iraq's OCHA governorates, districts and sub-districts, each at a point inside
 * it, and the towns of Natural Earth's populated places in Iraq. Names match as the filters match them (case,
 * accents and Arabic spelling variants ignored).
 */
public final class NamedPlaces {
    static final String TOWNS = "/data/basemap/ne_10m_populated_places_simple_region.geojson";

    private final List<NamedPlace> places;
    private final List<String> keys;

    NamedPlaces(List<NamedPlace> places) {
        this.places = List.copyOf(places);
        this.keys = places.stream().map(p -> TextFold.fold(p.name())).toList();
    }

    /** The bundled areas and towns, with the governorates and districts the window already holds. */
    public static NamedPlaces bundled(AdminBoundaries boundaries) {
        List<NamedPlace> out = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        boundaries.governorates().areas().forEach(a -> names.put(a.pcode(), a.name()));
        boundaries.districts().areas().forEach(a -> names.put(a.pcode(), a.name()));
        add(out, boundaries.governorates(), NamedPlace.Level.GOVERNORATE, names);
        add(out, boundaries.districts(), NamedPlace.Level.DISTRICT, names);
        add(out, boundaries.subdistricts(), NamedPlace.Level.SUBDISTRICT, names);
        try (InputStream in = NamedPlaces.class.getResourceAsStream(TOWNS)) {
            if (in == null) {
                throw new IllegalStateException("place file missing from the application: " + TOWNS);
            }
            for (GeoJson.Feature f : GeoJson.read(in, TOWNS)) {
                Map<String, String> p = f.properties();
                if ("Iraq".equals(p.get("adm0name")) && !f.parts().isEmpty()) {
                    double[] xy = f.parts().get(0).get(0);
                    out.add(new NamedPlace(p.get("name"), NamedPlace.Level.TOWN, p.get("adm1name"), xy[1], xy[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read place file " + TOWNS + ": " + e.getMessage(), e);
        }
        return new NamedPlaces(out);
    }

    private static void add(List<NamedPlace> out, AdminAreas areas, NamedPlace.Level level,
            Map<String, String> names) {
        for (int a = 0; a < areas.size(); a++) {
            AdminArea area = areas.area(a);
            double[] inside = areas.pointInside(a);
            String parent = area.parentPcode() == null ? null : names.get(area.parentPcode());
            out.add(new NamedPlace(area.name(), level, parent, inside[0], inside[1]));
        }
    }

    /** Every place, towns last. */
    public List<NamedPlace> all() {
        return places;
    }

    /**
     * The places whose name starts with the query (case, accents and Arabic spelling ignored), then those that hold it
     * elsewhere; at most {@code limit}.
     */
    public List<NamedPlace> matching(String query, int limit) {
        String q = TextFold.fold(query == null ? "" : query.strip());
        List<NamedPlace> first = new ArrayList<>();
        List<NamedPlace> then = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            String key = keys.get(i);
            if (key.startsWith(q)) {
                first.add(places.get(i));
            } else if (!q.isEmpty() && key.contains(q)) {
                then.add(places.get(i));
            }
        }
        first.addAll(then);
        return first.subList(0, Math.min(limit, first.size()));
    }
}

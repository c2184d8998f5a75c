package org.incidentatlas.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.IncidentFacts;

/**
 * Per-incident filter codes in primitive arrays, built once off the FX thread from the store's
 * {@link IncidentFacts}: dates as epoch days, type, actor ids of side A and side B, the OCHA governorate and district
 * assigned from the coordinates, location and date precision codes, dataset id, deaths, and the folded search text.
 * Incident {@code i} is the i-th of the facts list (start date order). {@link FilterEvaluator} turns an
 * {@link IncidentFilter} into a bit set over these positions. Immutable.
 */
public final class FilterCodes {
    final int[] startDay;
    final int[] endDay;
    final byte[] type;
    final int[] sideA;
    final int[] sideB;
    final short[] governorate;
    final short[] district;
    final byte[] locationPrecision;
    final byte[] datePrecision;
    final byte[] dataset;
    final int[] deathsLow;
    final int[] deathsBest;
    final int[] deathsHigh;
    final int[] sources;
    final String[] text;
    final String[] actorNames;
    final String[] datasetNames;
    private final AdminBoundaries boundaries;
    private final List<IncidentFacts> facts;
    private final Map<IncidentId, Integer> positions = new HashMap<>();

    private FilterCodes(List<IncidentFacts> facts, AdminBoundaries boundaries) {
        int n = facts.size();
        this.facts = List.copyOf(facts);
        this.boundaries = boundaries;
        startDay = new int[n];
        endDay = new int[n];
        type = new byte[n];
        sideA = new int[n];
        sideB = new int[n];
        governorate = new short[n];
        district = new short[n];
        locationPrecision = new byte[n];
        datePrecision = new byte[n];
        dataset = new byte[n];
        deathsLow = new int[n];
        deathsBest = new int[n];
        deathsHigh = new int[n];
        sources = new int[n];
        text = new String[n];
        Map<String, Integer> actors = new LinkedHashMap<>();
        Map<String, Integer> datasets = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            IncidentFacts f = facts.get(i);
            startDay[i] = (int) f.start().toEpochDay();
            endDay[i] = (int) f.end().toEpochDay();
            type[i] = (byte) f.violenceType();
            sideA[i] = actors.computeIfAbsent(f.sideA(), k -> actors.size());
            sideB[i] = f.sideB() == null ? -1 : actors.computeIfAbsent(f.sideB(), k -> actors.size());
            district[i] = (short) boundaries.districts().locate(f.latitude(), f.longitude());
            governorate[i] = (short) governorateOf(district[i], f.latitude(), f.longitude());
            locationPrecision[i] = (byte) f.locationPrecision();
            datePrecision[i] = (byte) f.datePrecision();
            dataset[i] = (byte) (int) datasets.computeIfAbsent(f.dataset(), k -> datasets.size());
            deathsLow[i] = f.deathsLow();
            deathsBest[i] = f.deathsBest();
            deathsHigh[i] = f.deathsHigh();
            sources[i] = f.sourceCount();
            text[i] = TextFold.fold(f.searchText());
            positions.put(new IncidentId(f.dataset(), f.originalId()), i);
        }
        actorNames = actors.keySet().toArray(new String[0]);
        datasetNames = datasets.keySet().toArray(new String[0]);
    }

    /**
     * The governorate of a district is its parent (OCHA's districts nest in its governorates), so only points
     * outside every district need a search of their own.
     */
    private int governorateOf(int districtIndex, double latitude, double longitude) {
        AdminAreas govs = boundaries.governorates();
        if (districtIndex >= 0) {
            String parent = boundaries.districts().area(districtIndex).parentPcode();
            for (int g = 0; g < govs.size(); g++) {
                if (govs.area(g).pcode().equals(parent)) {
                    return g;
                }
            }
        }
        return govs.locate(latitude, longitude);
    }

    public static FilterCodes of(List<IncidentFacts> facts, AdminBoundaries boundaries) {
        return new FilterCodes(facts, boundaries);
    }

    public int size() {
        return startDay.length;
    }

    public AdminBoundaries boundaries() {
        return boundaries;
    }

    /** Every actor name on either side, in order of first appearance. */
    public List<String> actors() {
        return List.of(actorNames);
    }

    public List<String> datasets() {
        return List.of(datasetNames);
    }

    public IncidentFacts facts(int i) {
        return facts.get(i);
    }

    public IncidentId id(int i) {
        IncidentFacts f = facts.get(i);
        return new IncidentId(f.dataset(), f.originalId());
    }

    /** Position of an incident, or -1. */
    public int indexOf(IncidentId id) {
        return positions.getOrDefault(id, -1);
    }

    /** The OCHA governorate that holds incident i, or {@code null} when its point lies outside every one. */
    public AdminArea governorate(int i) {
        return governorate[i] < 0 ? null : boundaries.governorates().area(governorate[i]);
    }

    /** The OCHA district that holds incident i, or {@code null}. */
    public AdminArea district(int i) {
        return district[i] < 0 ? null : boundaries.districts().area(district[i]);
    }

    /**
     * Incidents whose dates overlap incident i's and that lie within {@code km} of it, nearest first, i itself
     * included.
     */
    public List<Integer> overlapping(int i, double km) {
        List<Integer> found = new ArrayList<>();
        List<Double> distances = new ArrayList<>();
        IncidentFacts me = facts.get(i);
        for (int k = 0; k < size(); k++) {
            if (startDay[k] > endDay[i] || endDay[k] < startDay[i]) {
                continue;
            }
            double d = kilometres(me.latitude(), me.longitude(), facts.get(k).latitude(), facts.get(k).longitude());
            if (d <= km) {
                found.add(k);
                distances.add(d);
            }
        }
        List<Integer> order = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            order.add(k);
        }
        order.sort((a, b) -> Double.compare(distances.get(a), distances.get(b)));
        return order.stream().map(found::get).toList();
    }

    /** Great-circle distance (spherical Earth). */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2)
                * Math.sin(dl / 2);
        return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /**
     * For each position in a {@link TimeIndex}, the position of the same incident here (or -1): the bridge that
     * turns a filter result into the map's {@link IncidentMask}.
     */
    public int[] positionsIn(TimeIndex points) {
        int[] map = new int[points.size()];
        for (int p = 0; p < map.length; p++) {
            map[p] = indexOf(points.id(p));
        }
        return map;
    }
}

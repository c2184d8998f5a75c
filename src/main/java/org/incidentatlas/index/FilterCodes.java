package org.incidentatlas.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.IncidentFacts;

/**
 * Per-incident filter codes in primitive arrays, built once off the FX thread from the store's
 * {@link IncidentFacts} (or read back from an {@link IndexSnapshot}): dates as epoch days, type, actor ids of side A
 * and side B, the OCHA governorate, district and sub-district
 * assigned from the coordinates, location and date precision codes,
 * dataset id, deaths, and the folded search text as UTF-8 bytes. No object is kept per incident, so a million of them
 * take about 100 bytes each plus their text. {@link FilterEvaluator} turns an {@link IncidentFilter} into a bit set
 * over these positions. Immutable.
 */
public final class FilterCodes {
    final long[] rowId;
    final int[] startDay;
    final int[] endDay;
    final byte[] type;
    final int[] sideA;
    final int[] sideB;
    final short[] governorate;
    final short[] district;
    final short[] subdistrict;
    final byte[] locationPrecision;
    final byte[] datePrecision;
    final byte[] dataset;
    final byte[] category;
    /** Codes of the dataset's own event type and method (-1 when none), into {@link #eventTypeNames}. */
    final int[] eventType;
    final int[] method;
    final String[] eventTypeNames;
    final int[] deathsLow;
    final int[] deathsBest;
    final int[] deathsHigh;
    final int[] sources;
    final double[] latitude;
    final double[] longitude;
    /** Place name, the dataset's own governorate and district: codes into {@link #names} (-1 for none). */
    final int[] place;
    final int[] adm1;
    final int[] adm2;
    final String[] names;
    /** Null when the text was left out (a command with no text filter need not read it). */
    final TextColumn text;
    final String[] actorNames;
    final String[] datasetNames;
    final IdTable ids;
    private final AdminBoundaries boundaries;
    /** The index built with these codes in the same order, or null. */
    final TimeIndex sameOrder;

    FilterCodes(FilterColumns c, AdminBoundaries boundaries, TimeIndex sameOrder) {
        rowId = c.rowId;
        startDay = c.startDay;
        endDay = c.endDay;
        type = c.type;
        sideA = c.sideA;
        sideB = c.sideB;
        governorate = c.governorate;
        district = c.district;
        subdistrict = c.subdistrict;
        locationPrecision = c.locationPrecision;
        datePrecision = c.datePrecision;
        dataset = c.dataset;
        deathsLow = c.deathsLow;
        deathsBest = c.deathsBest;
        deathsHigh = c.deathsHigh;
        sources = c.sources;
        latitude = c.latitude;
        longitude = c.longitude;
        place = c.place;
        adm1 = c.adm1;
        adm2 = c.adm2;
        names = c.names;
        text = c.text;
        actorNames = c.actorNames;
        datasetNames = c.datasetNames;
        ids = c.ids;
        this.boundaries = boundaries;
        category = c.category;
        eventType = c.eventType;
        method = c.method;
        eventTypeNames = c.eventTypeNames;
        this.sameOrder = sameOrder;
    }

    /** Codes of {@code facts}, in the order given. */
    public static FilterCodes of(List<IncidentFacts> facts, AdminBoundaries boundaries) {
        FilterCodesBuilder b = new FilterCodesBuilder(boundaries, true);
        facts.forEach(b);
        int[] identity = new int[b.size()];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        return b.build(identity, null);
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

    /** The common category code (1 to 5) of incident i. */
    public int category(int i) {
        return category[i];
    }

    /** Whether position i here is position i of {@code points} (built or read together). */
    public boolean sameOrderAs(TimeIndex points) {
        return sameOrder == points;
    }

    /** Every dataset's own words for what happened (event and sub-event types, attack types), first seen first. */
    public List<String> eventTypes() {
        return List.of(eventTypeNames);
    }

    /** Whether the search text is held (a text filter needs it). */
    public boolean hasText() {
        return text != null;
    }

    /** The incident's row in the database. */
    public long rowId(int i) {
        return rowId[i];
    }

    /** What the store said of incident i, rebuilt from the codes; its search text is the folded one (or empty). */
    public IncidentFacts facts(int i) {
        IncidentId id = id(i);
        return new IncidentFacts(rowId[i], id.dataset(), id.originalId(), LocalDate.ofEpochDay(startDay[i]),
                LocalDate.ofEpochDay(endDay[i]), datePrecision[i], name(place[i]), name(adm1[i]), name(adm2[i]),
                latitude[i], longitude[i], locationPrecision[i], actorNames[sideA[i]],
                sideB[i] < 0 ? null : actorNames[sideB[i]], type[i], deathsLow[i], deathsBest[i], deathsHigh[i],
                sources[i], text == null ? "" : text.text(i), category[i],
                eventType[i] < 0 ? null : eventTypeNames[eventType[i]],
                method[i] < 0 ? null : eventTypeNames[method[i]]);
    }

    private String name(int code) {
        return code < 0 ? null : names[code];
    }

    public IncidentId id(int i) {
        return ids.id(i);
    }

    /** Position of an incident, or -1. */
    public int indexOf(IncidentId id) {
        return ids.indexOf(id);
    }

    /**
     * The position in {@link AdminBoundaries} of the OCHA area of {@code level} (1 governorate, 2 district, 3
     * sub-district) that holds incident i, or -1 when its point lies outside every one.
     */
    public int areaIndex(int level, int i) {
        return switch (level) {
            case 1 -> governorate[i];
            case 2 -> district[i];
            case 3 -> subdistrict[i];
            default -> throw new IllegalArgumentException("administrative level must be 1, 2 or 3 (was " + level + ")");
        };
    }

    /** The OCHA governorate that holds incident i, or {@code null} when its point lies outside every one. */
    public AdminArea governorate(int i) {
        return governorate[i] < 0 ? null : boundaries.governorates().area(governorate[i]);
    }

    /** The OCHA district that holds incident i, or {@code null}. */
    public AdminArea district(int i) {
        return district[i] < 0 ? null : boundaries.districts().area(district[i]);
    }

    /** The OCHA sub-district that holds incident i, or {@code null}. */
    public AdminArea subdistrict(int i) {
        return subdistrict[i] < 0 ? null : boundaries.subdistricts().area(subdistrict[i]);
    }

    /**
     * Incidents whose dates overlap incident i's and that lie within {@code km} of it, nearest first, i itself
     * included.
     */
    public List<Integer> overlapping(int i, double km) {
        List<Integer> found = new ArrayList<>();
        List<Double> distances = new ArrayList<>();
        for (int k = 0; k < size(); k++) {
            if (startDay[k] > endDay[i] || endDay[k] < startDay[i]) {
                continue;
            }
            double d = kilometres(latitude[i], longitude[i], latitude[k], longitude[k]);
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
        if (points == sameOrder) {
            for (int p = 0; p < map.length; p++) {
                map[p] = p;
            }
            return map;
        }
        for (int p = 0; p < map.length; p++) {
            map[p] = indexOf(points.id(p));
        }
        return map;
    }
}

package org.incidentatlas.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.incidentatlas.domain.IncidentFacts;

/**
 * Collects {@link IncidentFacts} in any order into growing primitive arrays (names and actors as codes into tables of
 * distinct strings, the search text folded once into UTF-8 bytes), then puts them in the order asked for. Not
 * thread-safe.
 */
final class FilterCodesBuilder implements Consumer<IncidentFacts> {
    private final AdminBoundaries boundaries;
    private final FilterColumns c = new FilterColumns();
    private final Map<String, Integer> actors = new LinkedHashMap<>();
    private final Map<String, Integer> datasets = new LinkedHashMap<>();
    private final Map<String, Integer> names = new HashMap<>();
    private final Map<String, Integer> ownWords = new LinkedHashMap<>();
    private final TextColumn.Builder text = new TextColumn.Builder();
    /** Null when the ids are kept by a {@link TimeIndexBuilder} fed the same rows. */
    private final IdTable ids;
    private final String[] governorateOfDistrict;
    /** Per district, the sub-districts OCHA puts in it: searched first. */
    private final int[][] subdistrictsOfDistrict;
    private int size;
    /** Set by {@link #build}, which hands this builder's columns on: it takes no more incidents after that. */
    private boolean built;

    FilterCodesBuilder(AdminBoundaries boundaries, boolean ownIds) {
        this(boundaries, ownIds, 16);
    }

    /** @param capacity how many incidents to make room for at once (more still fit) */
    FilterCodesBuilder(AdminBoundaries boundaries, boolean ownIds, int capacity) {
        this.boundaries = boundaries;
        int n = Math.max(16, capacity);
        this.ids = ownIds ? new IdTable(n) : null;
        c.rowId = new long[n];
        c.startDay = new int[n];
        c.endDay = new int[n];
        c.type = new byte[n];
        c.sideA = new int[n];
        c.sideB = new int[n];
        c.governorate = new short[n];
        c.district = new short[n];
        c.subdistrict = new short[n];
        c.locationPrecision = new byte[n];
        c.datePrecision = new byte[n];
        c.dataset = new byte[n];
        c.category = new byte[n];
        c.eventType = new int[n];
        c.method = new int[n];
        c.deathsLow = new int[n];
        c.deathsBest = new int[n];
        c.deathsHigh = new int[n];
        c.sources = new int[n];
        c.latitude = new double[n];
        c.longitude = new double[n];
        c.place = new int[n];
        c.adm1 = new int[n];
        c.adm2 = new int[n];
        AdminAreas districts = boundaries.districts();
        governorateOfDistrict = new String[districts.size()];
        for (int d = 0; d < districts.size(); d++) {
            governorateOfDistrict[d] = districts.area(d).parentPcode();
        }
        subdistrictsOfDistrict = boundaries.subdistricts().childrenOf(districts);
    }

    int size() {
        return size;
    }

    @Override
    public void accept(IncidentFacts f) {
        requireNotBuilt();
        if (size == c.rowId.length) {
            grow(size * 2);
        }
        int i = size;
        c.rowId[i] = f.rowId();
        c.startDay[i] = (int) f.start().toEpochDay();
        c.endDay[i] = (int) f.end().toEpochDay();
        c.type[i] = (byte) f.violenceType();
        c.sideA[i] = actors.computeIfAbsent(f.sideA(), k -> actors.size());
        c.sideB[i] = f.sideB() == null ? -1 : actors.computeIfAbsent(f.sideB(), k -> actors.size());
        int d = boundaries.districts().locate(f.latitude(), f.longitude());
        c.district[i] = (short) d;
        c.governorate[i] = (short) governorateOf(d, f.latitude(), f.longitude());
        c.subdistrict[i] = (short) subdistrictOf(d, f.latitude(), f.longitude());
        c.locationPrecision[i] = (byte) f.locationPrecision();
        c.datePrecision[i] = (byte) f.datePrecision();
        c.dataset[i] = (byte) (int) datasets.computeIfAbsent(f.dataset(), k -> datasets.size());
        c.category[i] = (byte) f.category();
        c.eventType[i] = ownWord(f.eventType());
        c.method[i] = ownWord(f.method());
        c.deathsLow[i] = f.deathsLow();
        c.deathsBest[i] = f.deathsBest();
        c.deathsHigh[i] = f.deathsHigh();
        c.sources[i] = f.sourceCount();
        c.latitude[i] = f.latitude();
        c.longitude[i] = f.longitude();
        c.place[i] = name(f.placeName());
        c.adm1[i] = name(f.adm1());
        c.adm2[i] = name(f.adm2());
        text.add(TextFold.fold(f.searchText()).getBytes(StandardCharsets.UTF_8));
        if (ids != null) {
            ids.add(f.dataset(), f.originalId());
        }
        size++;
    }

    private int ownWord(String word) {
        return word == null ? -1 : ownWords.computeIfAbsent(word, k -> ownWords.size());
    }

    private int name(String name) {
        return name == null ? -1 : names.computeIfAbsent(name, k -> names.size());
    }

    /**
     * The sub-district among the district's own first; OCHA's sub-district outlines are simplified, so a point near a
     * district line may lie in a neighbour's sub-district, and then every sub-district is searched.
     */
    private int subdistrictOf(int districtIndex, double latitude, double longitude) {
        AdminAreas subs = boundaries.subdistricts();
        if (districtIndex >= 0) {
            int s = subs.locateAmong(latitude, longitude, subdistrictsOfDistrict[districtIndex]);
            if (s >= 0) {
                return s;
            }
        }
        return subs.locate(latitude, longitude);
    }

    /**
     * The governorate of a district is its parent (OCHA's districts nest in its governorates), so only points
     * outside every district need a search of their own.
     */
    private int governorateOf(int districtIndex, double latitude, double longitude) {
        AdminAreas govs = boundaries.governorates();
        if (districtIndex >= 0) {
            String parent = governorateOfDistrict[districtIndex];
            for (int g = 0; g < govs.size(); g++) {
                if (govs.area(g).pcode().equals(parent)) {
                    return g;
                }
            }
        }
        return govs.locate(latitude, longitude);
    }

    /**
     * The codes in {@code order} (position i holds the incident added as {@code order[i]}); {@code points} is the
     * index built from the same rows in the same order, whose ids they share, or null.
     */
    FilterCodes build(int[] order, TimeIndex points) {
        // The arrays may be longer than size: permute reads only the positions in order. Each column is replaced by
        // its permuted copy as it is made, so the builder's arrays go one at a time: at a million incidents, making
        // a second copy of every column before letting go of the first took some 100 MB more than an import's
        // 512 MB heap had.
        requireNotBuilt();
        built = true;
        FilterColumns o = c;
        o.rowId = permute(c.rowId, order);
        o.startDay = permute(c.startDay, order);
        o.endDay = permute(c.endDay, order);
        o.type = permute(c.type, order);
        o.sideA = permute(c.sideA, order);
        o.sideB = permute(c.sideB, order);
        o.governorate = permute(c.governorate, order);
        o.district = permute(c.district, order);
        o.subdistrict = permute(c.subdistrict, order);
        o.locationPrecision = permute(c.locationPrecision, order);
        o.datePrecision = permute(c.datePrecision, order);
        o.dataset = permute(c.dataset, order);
        o.category = permute(c.category, order);
        o.eventType = permute(c.eventType, order);
        o.method = permute(c.method, order);
        o.eventTypeNames = ownWords.keySet().toArray(new String[0]);
        o.deathsLow = permute(c.deathsLow, order);
        o.deathsBest = permute(c.deathsBest, order);
        o.deathsHigh = permute(c.deathsHigh, order);
        o.sources = permute(c.sources, order);
        o.latitude = permute(c.latitude, order);
        o.longitude = permute(c.longitude, order);
        o.place = permute(c.place, order);
        o.adm1 = permute(c.adm1, order);
        o.adm2 = permute(c.adm2, order);
        o.names = new String[names.size()];
        names.forEach((k, v) -> o.names[v] = k);
        o.text = text.build().permute(order);
        o.actorNames = actors.keySet().toArray(new String[0]);
        o.datasetNames = datasets.keySet().toArray(new String[0]);
        if (ids != null) {
            ids.permute(order);
            o.ids = ids;
        } else {
            o.ids = points.ids();
        }
        return new FilterCodes(o, boundaries, points);
    }

    private void requireNotBuilt() {
        if (built) {
            throw new IllegalStateException("the filter codes were built already; a builder makes them once");
        }
    }

    /** Room for {@code n} incidents in all, made at once (nothing when there is room already). */
    void makeRoom(int n) {
        requireNotBuilt();
        if (n > c.rowId.length) {
            grow(n);
        }
    }

    private void grow(int n) {
        c.rowId = Arrays.copyOf(c.rowId, n);
        c.startDay = Arrays.copyOf(c.startDay, n);
        c.endDay = Arrays.copyOf(c.endDay, n);
        c.type = Arrays.copyOf(c.type, n);
        c.sideA = Arrays.copyOf(c.sideA, n);
        c.sideB = Arrays.copyOf(c.sideB, n);
        c.governorate = Arrays.copyOf(c.governorate, n);
        c.district = Arrays.copyOf(c.district, n);
        c.subdistrict = Arrays.copyOf(c.subdistrict, n);
        c.locationPrecision = Arrays.copyOf(c.locationPrecision, n);
        c.datePrecision = Arrays.copyOf(c.datePrecision, n);
        c.dataset = Arrays.copyOf(c.dataset, n);
        c.category = Arrays.copyOf(c.category, n);
        c.eventType = Arrays.copyOf(c.eventType, n);
        c.method = Arrays.copyOf(c.method, n);
        c.deathsLow = Arrays.copyOf(c.deathsLow, n);
        c.deathsBest = Arrays.copyOf(c.deathsBest, n);
        c.deathsHigh = Arrays.copyOf(c.deathsHigh, n);
        c.sources = Arrays.copyOf(c.sources, n);
        c.latitude = Arrays.copyOf(c.latitude, n);
        c.longitude = Arrays.copyOf(c.longitude, n);
        c.place = Arrays.copyOf(c.place, n);
        c.adm1 = Arrays.copyOf(c.adm1, n);
        c.adm2 = Arrays.copyOf(c.adm2, n);
    }

    private static long[] permute(long[] a, int[] order) {
        long[] out = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = a[order[i]];
        }
        return out;
    }

    private static int[] permute(int[] a, int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = a[order[i]];
        }
        return out;
    }

    private static short[] permute(short[] a, int[] order) {
        short[] out = new short[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = a[order[i]];
        }
        return out;
    }

    private static byte[] permute(byte[] a, int[] order) {
        byte[] out = new byte[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = a[order[i]];
        }
        return out;
    }

    private static double[] permute(double[] a, int[] order) {
        double[] out = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = a[order[i]];
        }
        return out;
    }
}

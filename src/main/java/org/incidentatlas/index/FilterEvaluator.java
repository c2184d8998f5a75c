package org.incidentatlas.index;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import org.incidentatlas.domain.CommonCategory;
import org.incidentatlas.domain.ViolenceType;

/** Evaluates an {@link IncidentFilter} on {@link FilterCodes} in one pass over primitive arrays. */
public final class FilterEvaluator {
    private FilterEvaluator() {
    }

    /** The positions (in {@code codes}) of every incident the filter lets through. */
    public static BitSet evaluate(FilterCodes codes, IncidentFilter f) {
        int n = codes.size();
        int from = f.from() == null ? Integer.MIN_VALUE : (int) f.from().toEpochDay();
        int to = f.to() == null ? Integer.MAX_VALUE : (int) f.to().toEpochDay();
        boolean[] types = null;
        if (!f.types().isEmpty()) {
            types = new boolean[8];
            for (ViolenceType t : f.types()) {
                types[t.gedCode()] = true;
            }
        }
        boolean[] actors = f.actors().isEmpty() ? null : wanted(codes.actorNames, f.actors());
        boolean[] datasets = f.datasets().isEmpty() ? null : wanted(codes.datasetNames, f.datasets());
        boolean[] own = f.eventTypes().isEmpty() ? null : wanted(codes.eventTypeNames, f.eventTypes());
        boolean[] categories = null;
        if (!f.categories().isEmpty()) {
            categories = new boolean[8];
            for (CommonCategory c : f.categories()) {
                categories[c.code()] = true;
            }
        }
        boolean[] govs = areas(codes.boundaries().governorates(), f.governorates());
        boolean[] dists = areas(codes.boundaries().districts(), f.districts());
        boolean[] subs = areas(codes.boundaries().subdistricts(), f.subdistricts());
        int minDeaths = f.minDeaths() == null ? Integer.MIN_VALUE : f.minDeaths();
        int worstLocation = f.worstLocation() == null ? Integer.MAX_VALUE : f.worstLocation().gedCode();
        int worstDate = f.worstDate() == null ? Integer.MAX_VALUE : f.worstDate().gedCode();
        String[] folded = TextFold.words(f.text());
        byte[][] words = TextColumn.utf8(folded);
        if (words.length > 0 && codes.text == null) {
            throw new IllegalStateException("these filter codes were read without their search text");
        }
        BitSet out = new BitSet(n);
        for (int i = 0; i < n; i++) {
            if (codes.endDay[i] < from || codes.startDay[i] > to
                    || codes.deathsBest[i] < minDeaths
                    || codes.locationPrecision[i] > worstLocation
                    || codes.datePrecision[i] > worstDate
                    || types != null && !types[codes.type[i]]
                    || datasets != null && !datasets[codes.dataset[i]]
                    || categories != null && !categories[codes.category[i]]
                    || own != null && !ownWords(own, codes.eventType[i], codes.method[i])
                    || actors != null && !actors[codes.sideA[i]] && (codes.sideB[i] < 0 || !actors[codes.sideB[i]])
                    || govs != null && (codes.governorate[i] < 0 || !govs[codes.governorate[i]])
                    || dists != null && (codes.district[i] < 0 || !dists[codes.district[i]])
                    || subs != null && (codes.subdistrict[i] < 0 || !subs[codes.subdistrict[i]])
                    || words.length > 0 && !codes.text.containsAll(i, words)) {
                continue;
            }
            out.set(i);
        }
        return out;
    }

    /**
     * The incidents of {@code points} that {@code passing} (positions in {@code codes}) holds, as a mask over that
     * index; {@link IncidentMask#ALL} when {@code filter} lets everything through.
     */
    public static IncidentMask mask(FilterCodes codes, TimeIndex points, IncidentFilter filter, BitSet passing) {
        if (filter.isEmpty()) {
            return IncidentMask.ALL;
        }
        int[] pointToCode = codes.positionsIn(points);
        return IncidentMask.of(points, p -> pointToCode[p] >= 0 && passing.get(pointToCode[p]));
    }

    /** Totals over the incidents in {@code shown}. */
    public static FilterSummary summarise(FilterCodes codes, BitSet shown) {
        long sources = 0;
        long low = 0;
        long best = 0;
        long high = 0;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int i = shown.nextSetBit(0); i >= 0; i = shown.nextSetBit(i + 1)) {
            sources += codes.sources[i];
            low += codes.deathsLow[i];
            best += codes.deathsBest[i];
            high += codes.deathsHigh[i];
            first = Math.min(first, codes.startDay[i]);
            last = Math.max(last, codes.endDay[i]);
        }
        int count = shown.cardinality();
        return new FilterSummary(count, codes.size(), sources, count == 0 ? null : LocalDate.ofEpochDay(first),
                count == 0 ? null : LocalDate.ofEpochDay(last), low, best, high);
    }

    private static boolean ownWords(boolean[] wanted, int eventType, int method) {
        return eventType >= 0 && wanted[eventType] || method >= 0 && wanted[method];
    }

    private static boolean[] wanted(String[] names, Iterable<String> chosen) {
        boolean[] wanted = new boolean[names.length];
        for (String c : chosen) {
            String folded = TextFold.fold(c);
            for (int k = 0; k < names.length; k++) {
                if (TextFold.fold(names[k]).equals(folded)) {
                    wanted[k] = true;
                }
            }
        }
        return wanted;
    }

    /** Which areas the queries name; {@code null} when there are no queries (everything passes). */
    private static boolean[] areas(AdminAreas areas, List<String> queries) {
        if (queries.isEmpty()) {
            return null;
        }
        boolean[] wanted = new boolean[areas.size()];
        for (String q : queries) {
            for (int a : areas.matching(q)) {
                wanted[a] = true;
            }
        }
        return wanted;
    }
}

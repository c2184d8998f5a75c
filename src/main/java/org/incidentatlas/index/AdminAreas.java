package org.incidentatlas.index;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One level of administrative areas (governorates, districts or sub-districts) read from a GeoJSON file of polygons
 * (by {@link GeoJson}, the reader the basemap's layers use too), answering "which area holds this point" by a
 * bounding-box prefilter and an even-odd ray test over every ring (so holes are respected). Immutable.
 */
public final class AdminAreas {
    private final List<AdminArea> areas;
    /** Per area, its rings as interleaved lon, lat coordinates. */
    private final List<double[][]> rings;
    /** Per area: min lon, min lat, max lon, max lat. */
    private final double[][] boxes;

    private AdminAreas(List<AdminArea> areas, List<double[][]> rings) {
        this.areas = List.copyOf(areas);
        this.rings = List.copyOf(rings);
        this.boxes = new double[areas.size()][];
        for (int a = 0; a < areas.size(); a++) {
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (double[] ring : rings.get(a)) {
                for (int k = 0; k < ring.length; k += 2) {
                    box[0] = Math.min(box[0], ring[k]);
                    box[1] = Math.min(box[1], ring[k + 1]);
                    box[2] = Math.max(box[2], ring[k]);
                    box[3] = Math.max(box[3], ring[k + 1]);
                }
            }
            boxes[a] = box;
        }
    }

    /**
     * Reads a GeoJSON FeatureCollection whose properties carry OCHA's {@code ADMn_EN}, {@code ADMn_AR},
     * {@code ADMn_PCODE} and the alternative names {@code ADMnALT1EN}, {@code ADMnALT2EN}, {@code ADMnALT1AR},
     * {@code ADMnALT2AR} for {@code level} n (1, 2 or 3).
     *
     * @param where named in error messages
     */
    public static AdminAreas read(InputStream in, int level, String where) throws IOException {
        List<GeoJson.Feature> features = GeoJson.read(in, where);
        String prefix = "ADM" + level;
        List<AdminArea> areas = new ArrayList<>();
        List<double[][]> rings = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            GeoJson.Feature feature = features.get(f);
            Map<String, String> props = feature.properties();
            String pcode = props.get(prefix + "_PCODE");
            String name = props.get(prefix + "_EN");
            if (pcode == null || name == null) {
                throw new IOException(where + ": feature " + f + " has no " + prefix + "_PCODE or " + prefix + "_EN");
            }
            List<String> alt = new ArrayList<>();
            for (String key : List.of(prefix + "ALT1EN", prefix + "ALT2EN", prefix + "ALT1AR", prefix + "ALT2AR")) {
                String value = props.getOrDefault(key, "");
                if (!value.isBlank()) {
                    alt.add(value);
                }
            }
            String parent = level > 1 ? props.get("ADM" + (level - 1) + "_PCODE") : null;
            String arabic = props.getOrDefault(prefix + "_AR", "").strip();
            areas.add(new AdminArea(pcode, name, arabic.isEmpty() ? null : arabic, parent, alt));
            if (!feature.polygonal()) {
                throw new IOException(where + ": feature " + f + " (" + name + "): geometry must be a Polygon or "
                        + "MultiPolygon (was '" + feature.type() + "')");
            }
            rings.add(feature.parts().stream().flatMap(List::stream).toArray(double[][]::new));
        }
        return new AdminAreas(areas, rings);
    }

    public int size() {
        return areas.size();
    }

    public AdminArea area(int i) {
        return areas.get(i);
    }

    public List<AdminArea> areas() {
        return areas;
    }

    /** The rings of area {@code a} (outer rings and holes alike), each as interleaved lon, lat coordinates. */
    public double[][] rings(int a) {
        double[][] r = rings.get(a);
        double[][] copy = new double[r.length][];
        for (int k = 0; k < r.length; k++) {
            copy[k] = r[k].clone();
        }
        return copy;
    }

    /**
     * A point inside area {@code a}, as latitude and longitude: the middle of the widest stretch of the area along the
     * parallel through the middle of its box (a box's centre may fall outside a crescent-shaped area).
     */
    public double[] pointInside(int a) {
        double[] box = boxes[a];
        double lat = (box[1] + box[3]) / 2;
        List<Double> crossings = new ArrayList<>();
        for (double[] ring : rings.get(a)) {
            for (int k = 0, j = ring.length - 2; k < ring.length; j = k, k += 2) {
                double y0 = ring[j + 1];
                double y1 = ring[k + 1];
                if ((y0 > lat) != (y1 > lat)) {
                    crossings.add(ring[j] + (lat - y0) * (ring[k] - ring[j]) / (y1 - y0));
                }
            }
        }
        crossings.sort(null);
        double bestLon = (box[0] + box[2]) / 2;
        double widest = -1;
        for (int k = 0; k + 1 < crossings.size(); k += 2) {
            double width = crossings.get(k + 1) - crossings.get(k);
            if (width > widest) {
                widest = width;
                bestLon = (crossings.get(k) + crossings.get(k + 1)) / 2;
            }
        }
        return new double[] {lat, bestLon};
    }

    /** The area that holds the point, or -1 when none does. */
    public int locate(double latitude, double longitude) {
        for (int a = 0; a < boxes.length; a++) {
            double[] b = boxes[a];
            if (longitude < b[0] || longitude > b[2] || latitude < b[1] || latitude > b[3]) {
                continue;
            }
            if (contains(rings.get(a), longitude, latitude)) {
                return a;
            }
        }
        return -1;
    }

    /** The area among {@code candidates} that holds the point, or -1 when none does. */
    public int locateAmong(double latitude, double longitude, int[] candidates) {
        for (int a : candidates) {
            double[] b = boxes[a];
            if (longitude < b[0] || longitude > b[2] || latitude < b[1] || latitude > b[3]) {
                continue;
            }
            if (contains(rings.get(a), longitude, latitude)) {
                return a;
            }
        }
        return -1;
    }

    /**
     * Every area whose p-code or name (English or Arabic) matches {@code query}, ignoring case, accents and Arabic
     * spelling variants; when none does, every area whose name is spelled another way (see {@link NameKey}), so
     * "Nineveh" finds Ninewa.
     */
    public List<Integer> matching(String query) {
        List<Integer> found = new ArrayList<>();
        for (int a = 0; a < areas.size(); a++) {
            if (areas.get(a).matches(query)) {
                found.add(a);
            }
        }
        if (found.isEmpty()) {
            for (int a = 0; a < areas.size(); a++) {
                if (areas.get(a).matchesLoosely(query)) {
                    found.add(a);
                }
            }
        }
        return found;
    }

    /** For each area of {@code parents}, the positions of the areas here whose parent it is. */
    public int[][] childrenOf(AdminAreas parents) {
        Map<String, Integer> at = new HashMap<>();
        for (int p = 0; p < parents.size(); p++) {
            at.put(parents.area(p).pcode(), p);
        }
        List<List<Integer>> children = new ArrayList<>();
        for (int p = 0; p < parents.size(); p++) {
            children.add(new ArrayList<>());
        }
        for (int a = 0; a < areas.size(); a++) {
            Integer p = at.get(areas.get(a).parentPcode());
            if (p != null) {
                children.get(p).add(a);
            }
        }
        return children.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    static boolean contains(double[][] rings, double x, double y) {
        boolean inside = false;
        for (double[] ring : rings) {
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = ring[2 * i];
                double yi = ring[2 * i + 1];
                double xj = ring[2 * j];
                double yj = ring[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}

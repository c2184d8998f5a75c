package org.incidentatlas.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one reader of GeoJSON FeatureCollections (RFC 7946) for the areas the index locates points in and the layers
 * the basemap draws: each feature's properties as text and its geometry as parts of coordinate runs in longitude,
 * latitude order, unprojected.
 */
public final class GeoJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJson() {
    }

    /**
     * One feature.
     *
     * @param properties its properties as text; a property that is JSON null is left out
     * @param type       its geometry's type ({@code Polygon}, {@code MultiLineString}, ...), empty when it has none
     * @param parts      per polygon its rings (the outer one first), per line its one run, for a point one run of one
     *                   position; each run is longitude, latitude, longitude, latitude, ...
     */
    public record Feature(Map<String, String> properties, String type, List<List<double[]>> parts) {
        /** Whether the geometry is a Polygon or MultiPolygon. */
        public boolean polygonal() {
            return type.equals("Polygon") || type.equals("MultiPolygon");
        }
    }

    /**
     * Reads every feature of a FeatureCollection. Geometries other than points, lines and polygons (and their multi
     * forms) are read with no parts.
     *
     * @param where named in error messages
     * @throws IOException when the text is not JSON or not a FeatureCollection
     */
    public static List<Feature> read(InputStream in, String where) throws IOException {
        JsonNode root = JSON.readTree(in);
        JsonNode features = root == null ? null : root.get("features");
        if (features == null || !features.isArray()) {
            throw new IOException(where + ": not a GeoJSON FeatureCollection (no \"features\" array)");
        }
        List<Feature> out = new ArrayList<>(features.size());
        for (JsonNode f : features) {
            JsonNode geometry = f.path("geometry");
            String type = geometry.path("type").asText("");
            out.add(new Feature(properties(f.path("properties")), type, parts(type, geometry.path("coordinates"))));
        }
        return out;
    }

    private static List<List<double[]>> parts(String type, JsonNode coords) {
        List<List<double[]>> parts = new ArrayList<>();
        switch (type) {
            case "Point" -> parts.add(List.of(run(List.of(coords))));
            case "LineString" -> parts.add(List.of(run(coords)));
            case "MultiLineString" -> coords.forEach(line -> parts.add(List.of(run(line))));
            case "Polygon" -> parts.add(rings(coords));
            case "MultiPolygon" -> coords.forEach(polygon -> parts.add(rings(polygon)));
            default -> {
                // Empty or unsupported geometry: no parts.
            }
        }
        return parts;
    }

    private static List<double[]> rings(JsonNode polygon) {
        List<double[]> rings = new ArrayList<>();
        polygon.forEach(ring -> rings.add(run(ring)));
        return rings;
    }

    private static double[] run(Iterable<JsonNode> positions) {
        List<JsonNode> list = new ArrayList<>();
        positions.forEach(list::add);
        double[] xy = new double[list.size() * 2];
        for (int i = 0; i < list.size(); i++) {
            xy[2 * i] = list.get(i).path(0).asDouble();
            xy[2 * i + 1] = list.get(i).path(1).asDouble();
        }
        return xy;
    }

    private static Map<String, String> properties(JsonNode node) {
        Map<String, String> props = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isNull()) {
                props.put(e.getKey(), e.getValue().asText());
            }
        }
        return props;
    }
}

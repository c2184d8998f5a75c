package org.incidentatlas.render.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.WebMercator;

/** Reads a GeoJSON FeatureCollection (RFC 7946, longitude/latitude) into features in Web Mercator world units. */
final class GeoJsonLayer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonLayer() {
    }

    /** The features of the bundled file {@code /data/basemap/NAME}. */
    static List<Feature> bundled(String name) throws IOException {
        String path = "/data/basemap/" + name;
        try (InputStream in = GeoJsonLayer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("bundled basemap file " + path + " is missing from the application");
            }
            return read(in, path);
        }
    }

    static List<Feature> read(InputStream in, String where) throws IOException {
        JsonNode root = JSON.readTree(in);
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw new IOException(where + " is not a GeoJSON FeatureCollection (no \"features\" array)");
        }
        List<Feature> out = new ArrayList<>();
        for (JsonNode f : features) {
            Map<String, String> props = properties(f.path("properties"));
            JsonNode geometry = f.path("geometry");
            JsonNode coords = geometry.path("coordinates");
            switch (geometry.path("type").asText()) {
                case "Point" -> out.add(new Feature(props, List.of(new Outline(project(List.of(coords)), false)),
                        false));
                case "LineString" -> out.add(line(props, coords));
                case "MultiLineString" -> coords.forEach(c -> out.add(line(props, c)));
                case "Polygon" -> out.add(polygon(props, coords));
                case "MultiPolygon" -> coords.forEach(c -> out.add(polygon(props, c)));
                default -> {
                    // Empty or unsupported geometry: nothing to draw.
                }
            }
        }
        return out;
    }

    private static Feature line(Map<String, String> props, JsonNode coords) {
        return new Feature(props, List.of(new Outline(project(coords), false)), false);
    }

    private static Feature polygon(Map<String, String> props, JsonNode rings) {
        List<Outline> parts = new ArrayList<>();
        rings.forEach(r -> parts.add(new Outline(project(r), true)));
        return new Feature(props, parts, true);
    }

    private static double[] project(Iterable<JsonNode> positions) {
        List<JsonNode> list = new ArrayList<>();
        positions.forEach(list::add);
        double[] xy = new double[list.size() * 2];
        for (int i = 0; i < list.size(); i++) {
            xy[2 * i] = WebMercator.x(list.get(i).path(0).asDouble());
            xy[2 * i + 1] = WebMercator.y(list.get(i).path(1).asDouble());
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

package org.incidentatlas.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.awt.geom.Path2D;
import java.io.File;
import java.io.IOException;
import java.util.Map;

/**
 * Counts GED events in a date window and an OCHA governorate, district or sub-district straight from the bundled CSV
 * and GeoJSON, with
 * {@link Path2D} for the polygons: a count made without any of the application's code.
 */
final class IndependentCount {
    private IndependentCount() {
    }

    /** {count, deaths best} of GED events whose span overlaps [from, to] and whose point lies in {@code pcode}. */
    static long[] gedInGovernorate(String from, String to, String pcode) throws IOException {
        return gedInArea(from, to, 1, pcode);
    }

    /** The same in an area of OCHA level {@code level} (1 governorate, 2 district, 3 sub-district). */
    static long[] gedInArea(String from, String to, int level, String pcode) throws IOException {
        Path2D shape = area(level, pcode);
        long count = 0;
        long best = 0;
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(new File("data/ucdp_ged191_iraq.csv"))) {
            while (rows.hasNext()) {
                Map<String, String> r = rows.next();
                boolean overlaps = r.get("date_end").substring(0, 10).compareTo(from) >= 0
                        && r.get("date_start").substring(0, 10).compareTo(to) <= 0;
                if (overlaps && shape.contains(Double.parseDouble(r.get("longitude")),
                        Double.parseDouble(r.get("latitude")))) {
                    count++;
                    best += Long.parseLong(r.get("best"));
                }
            }
        }
        return new long[] {count, best};
    }

    private static Path2D area(int level, String pcode) throws IOException {
        JsonNode root = new ObjectMapper().readTree(new File("data/basemap/irq_adm" + level + "_ocha_cod.geojson"));
        Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (JsonNode f : root.get("features")) {
            if (!f.get("properties").get("ADM" + level + "_PCODE").asText().equals(pcode)) {
                continue;
            }
            JsonNode g = f.get("geometry");
            JsonNode polygons = g.get("type").asText().equals("Polygon")
                    ? new ObjectMapper().createArrayNode().add(g.get("coordinates")) : g.get("coordinates");
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    path.moveTo(ring.get(0).get(0).asDouble(), ring.get(0).get(1).asDouble());
                    for (int k = 1; k < ring.size(); k++) {
                        path.lineTo(ring.get(k).get(0).asDouble(), ring.get(k).get(1).asDouble());
                    }
                    path.closePath();
                }
            }
        }
        return path;
    }
}

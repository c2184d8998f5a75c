package org.incidentatlas.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One GeoJSON reader for the areas points are located in and the basemap's layers. */
class GeoJsonTest {
    private static List<GeoJson.Feature> read(String json) throws IOException {
        return GeoJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.geojson");
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    @Test
    void everyGeometryIsReadAsPartsOfLongitudeLatitudeRuns() throws IOException {
        String square = "[[40,30],[41,30],[41,31],[40,30]]";
        String hole = "[[40.2,30.2],[40.4,30.2],[40.4,30.4],[40.2,30.2]]";
        List<GeoJson.Feature> fs = read("{\"type\":\"FeatureCollection\",\"features\":["
                + feature("{\"name\":\"Mosul\",\"rank\":3,\"note\":null}",
                        "{\"type\":\"Point\",\"coordinates\":[43.13,36.34]}") + ","
                + feature("{}", "{\"type\":\"LineString\",\"coordinates\":[[44,33],[45,34]]}") + ","
                + feature("{}", "{\"type\":\"MultiLineString\",\"coordinates\":[[[44,33],[45,34]],[[46,35],[47,36],"
                        + "[48,37]]]}") + ","
                + feature("{}", "{\"type\":\"Polygon\",\"coordinates\":[" + square + "," + hole + "]}") + ","
                + feature("{}", "{\"type\":\"MultiPolygon\",\"coordinates\":[[" + square + "],[" + hole + "]]}") + ","
                + feature("{}", "null") + "]}");
        assertEquals(6, fs.size());
        assertEquals(Map.of("name", "Mosul", "rank", "3"), fs.get(0).properties());
        assertEquals("Point", fs.get(0).type());
        assertArrayEquals(new double[] {43.13, 36.34}, fs.get(0).parts().get(0).get(0));
        assertArrayEquals(new double[] {44, 33, 45, 34}, fs.get(1).parts().get(0).get(0));
        assertEquals(2, fs.get(2).parts().size());
        assertArrayEquals(new double[] {46, 35, 47, 36, 48, 37}, fs.get(2).parts().get(1).get(0));
        GeoJson.Feature polygon = fs.get(3);
        assertTrue(polygon.polygonal());
        assertEquals(1, polygon.parts().size());
        assertEquals(2, polygon.parts().get(0).size(), "outer ring and hole");
        assertArrayEquals(new double[] {40.2, 30.2, 40.4, 30.2, 40.4, 30.4, 40.2, 30.2},
                polygon.parts().get(0).get(1));
        assertEquals(2, fs.get(4).parts().size(), "one part per polygon");
        assertTrue(fs.get(4).polygonal());
        assertFalse(fs.get(1).polygonal());
        assertEquals("", fs.get(5).type());
        assertEquals(List.of(), fs.get(5).parts());
    }

    @Test
    void aFileThatIsNoFeatureCollectionIsNamed() {
        IOException e = assertThrows(IOException.class, () -> read("{\"type\":\"Feature\"}"));
        assertEquals("test.geojson: not a GeoJSON FeatureCollection (no \"features\" array)", e.getMessage());
        assertThrows(IOException.class, () -> read(""));
    }

    @Test
    void adminAreasLocatePointsInTheRingsReadAndRespectHoles() throws IOException {
        String json = "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("{\"ADM1_EN\":\"Square\",\"ADM1_PCODE\":\"IQ01\",\"ADM1ALT1EN\":\"Box\"}",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[40,30],[42,30],[42,32],[40,32],[40,30]],"
                                + "[[40.5,30.5],[41,30.5],[41,31],[40.5,31],[40.5,30.5]]]}") + ","
                + feature("{\"ADM1_EN\":\"Islands\",\"ADM1_PCODE\":\"IQ02\"}",
                        "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[43,30],[44,30],[44,31],[43,30]]],"
                                + "[[[45,30],[46,30],[46,31],[45,30]]]]}") + "]}";
        AdminAreas areas = AdminAreas.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), 1, "t");
        assertEquals(2, areas.size());
        assertEquals(List.of("Box"), areas.area(0).altNames());
        assertEquals(0, areas.locate(31.5, 41.5));
        assertEquals(-1, areas.locate(30.75, 40.75), "in the hole");
        assertEquals(1, areas.locate(30.2, 45.8), "in the second polygon");
        assertEquals(-1, areas.locate(35, 44));
        String line = "{\"type\":\"FeatureCollection\",\"features\":[" + feature(
                "{\"ADM1_EN\":\"Road\",\"ADM1_PCODE\":\"IQ03\"}",
                "{\"type\":\"LineString\",\"coordinates\":[[44,33],[45,34]]}") + "]}";
        IOException e = assertThrows(IOException.class, () -> AdminAreas.read(new ByteArrayInputStream(
                line.getBytes(StandardCharsets.UTF_8)), 1, "t"));
        assertEquals("t: feature 0 (Road): geometry must be a Polygon or MultiPolygon (was 'LineString')",
                e.getMessage());
    }
}

package org.incidentatlas.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Administrative areas read from GeoJSON: named, located by point in polygon, and given a point inside. */
class AdminAreasTest {
    /** A square with an off-centre hole. */
    private static final String HOLED = "{\"type\":\"Polygon\",\"coordinates\":["
            + "[[40,30],[42,30],[42,32],[40,32],[40,30]],"
            + "[[40.4,30.5],[41.2,30.5],[41.2,31.5],[40.4,31.5],[40.4,30.5]]]}";
    /** Two separate squares. */
    private static final String TWO = "{\"type\":\"MultiPolygon\",\"coordinates\":["
            + "[[[44,30],[45,30],[45,31],[44,31],[44,30]]],[[[46,30],[47,30],[47,31],[46,31],[46,30]]]]}";
    /** A right triangle whose slanted side runs from (54, 30) to (50, 34). */
    private static final String TRIANGLE = "{\"type\":\"Polygon\",\"coordinates\":["
            + "[[50,30],[54,30],[50,34],[50,30]]]}";

    private static AdminAreas read(int level, String... features) throws IOException {
        String json = "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
        return AdminAreas.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), level, "t.geojson");
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{" + properties + "},\"geometry\":" + geometry + "}";
    }

    private static AdminAreas districts() throws IOException {
        return read(2,
                feature("\"ADM2_PCODE\":\"D1\",\"ADM2_EN\":\"Holed\",\"ADM2_AR\":\" مثقوب \",\"ADM1_PCODE\":\"G1\","
                        + "\"ADM2ALT1EN\":\"Perforated\",\"ADM2ALT2EN\":\"\",\"ADM2ALT1AR\":\"  \","
                        + "\"ADM2ALT2AR\":\"ثقب\"", HOLED),
                feature("\"ADM2_PCODE\":\"D2\",\"ADM2_EN\":\"Nineveh Plains\",\"ADM2_AR\":\"  \","
                        + "\"ADM1_PCODE\":\"G2\"", TWO),
                feature("\"ADM2_PCODE\":\"D3\",\"ADM2_EN\":\"Triangle\",\"ADM1_PCODE\":\"G1\"", TRIANGLE),
                feature("\"ADM2_PCODE\":\"D4\",\"ADM2_EN\":\"Lost\",\"ADM1_PCODE\":\"GX\"", TWO));
    }

    @Test
    void namesArabicAlternativesAndParentAreReadFromTheLevelsProperties() throws IOException {
        AdminAreas d = districts();
        assertEquals(4, d.size());
        assertEquals(List.of("D1", "D2", "D3", "D4"), d.areas().stream().map(AdminArea::pcode).toList());
        AdminArea holed = d.area(0);
        assertEquals("Holed", holed.name());
        assertEquals("مثقوب", holed.arabicName(), "stripped");
        assertEquals("G1", holed.parentPcode());
        assertEquals(List.of("Perforated", "ثقب"), holed.altNames(), "blank alternatives left out");
        assertNull(d.area(1).arabicName(), "a blank Arabic name is none");
        assertNull(d.area(2).arabicName(), "nor is a missing one");

        AdminAreas governorates = read(1, feature("\"ADM1_PCODE\":\"G1\",\"ADM1_EN\":\"One\",\"ADM0_PCODE\":\"IQ\","
                + "\"ADM2_EN\":\"not this level's\"", TRIANGLE));
        assertNull(governorates.area(0).parentPcode(), "a governorate has no parent");
        assertEquals("One", governorates.area(0).name());
    }

    @Test
    void aFeatureWithoutCodeOrNameOrAreaIsRefusedByPosition() {
        IOException noCode = assertThrows(IOException.class,
                () -> read(2, feature("\"ADM2_EN\":\"Nameless\"", TRIANGLE)));
        assertEquals("t.geojson: feature 0 has no ADM2_PCODE or ADM2_EN", noCode.getMessage());
        IOException noName = assertThrows(IOException.class, () -> read(3,
                feature("\"ADM3_PCODE\":\"S1\",\"ADM3_EN\":\"Fine\"", TRIANGLE),
                feature("\"ADM3_PCODE\":\"S2\"", TRIANGLE)));
        assertEquals("t.geojson: feature 1 has no ADM3_PCODE or ADM3_EN", noName.getMessage());
        IOException point = assertThrows(IOException.class, () -> read(1,
                feature("\"ADM1_PCODE\":\"G1\",\"ADM1_EN\":\"Dot\"", "{\"type\":\"Point\",\"coordinates\":[1,2]}")));
        assertEquals("t.geojson: feature 0 (Dot): geometry must be a Polygon or MultiPolygon (was 'Point')",
                point.getMessage());
    }

    @Test
    void aPointIsLocatedInTheAreaHoldingItNotInAHoleNorInTheBoxAlone() throws IOException {
        AdminAreas d = districts();
        assertEquals(0, d.locate(31, 41.6));
        assertEquals(-1, d.locate(31, 40.8), "in the hole");
        assertEquals(0, d.locate(31, 40), "on the west edge of the box");
        assertEquals(0, d.locate(30, 41), "on the south edge of the box");
        assertEquals(1, d.locate(30.5, 46.5), "the second part of a multipolygon");
        assertEquals(1, d.locate(30.5, 44.5));
        assertEquals(-1, d.locate(30.5, 45.5), "between the parts");
        assertEquals(2, d.locate(32.5, 51), "under the slanted side");
        assertEquals(-1, d.locate(33, 51.5), "over the slanted side, inside the box");
        assertEquals(2, d.locate(30.2, 53.5));
        assertEquals(-1, d.locate(31.5, 53.5));
        assertEquals(-1, d.locate(0, 0));
    }

    @Test
    void locateAmongLooksOnlyAtTheCandidates() throws IOException {
        AdminAreas d = districts();
        assertEquals(-1, d.locateAmong(31, 41.6, new int[] {1, 2}));
        assertEquals(0, d.locateAmong(31, 41.6, new int[] {2, 0}));
        assertEquals(2, d.locateAmong(32.5, 51, new int[] {0, 1, 2}));
        assertEquals(-1, d.locateAmong(33, 51.5, new int[] {2}));
        assertEquals(-1, d.locateAmong(31, 40.8, new int[] {0}));
        assertEquals(0, d.locateAmong(31, 40, new int[] {0}), "on the west edge of the box");
        assertEquals(0, d.locateAmong(30, 41, new int[] {0}), "on the south edge of the box");
        assertEquals(3, d.locateAmong(30.5, 46.5, new int[] {3, 1}), "the first candidate holding it");
        assertEquals(1, d.locateAmong(30.5, 46.5, new int[] {1, 3}));
        assertEquals(-1, d.locateAmong(31, 41.6, new int[0]));
    }

    @Test
    void thePointInsideIsInTheWidestStretchAcrossTheMiddleParallel() throws IOException {
        AdminAreas d = districts();
        assertArrayEquals(new double[] {31, 41.6}, d.pointInside(0), 1e-9, "beside the hole, on its wider side");
        assertArrayEquals(new double[] {32, 51}, d.pointInside(2), 1e-9, "within the triangle, not its box's centre");
        double[] two = d.pointInside(1);
        assertEquals(30.5, two[0], 1e-9);
        assertEquals(44.5, two[1], 1e-9, "the first of two equally wide parts");
        for (int a = 0; a < d.size(); a++) {
            double[] p = d.pointInside(a);
            assertEquals(a == 3 ? 1 : a, d.locate(p[0], p[1]), "inside area " + a);
        }
    }

    @Test
    void ringsAreCopies() throws IOException {
        AdminAreas d = districts();
        double[][] rings = d.rings(0);
        assertEquals(2, rings.length, "outer ring and hole");
        assertArrayEquals(new double[] {40, 30, 42, 30, 42, 32, 40, 32, 40, 30}, rings[0]);
        assertEquals(2, d.rings(1).length, "two parts of one ring each");
        rings[0][0] = 99;
        assertEquals(40, d.rings(0)[0][0]);
        assertEquals(0, d.locate(31, 41.6));
    }

    @Test
    void matchingPrefersExactNamesAndFallsBackToLooseSpelling() throws IOException {
        AdminAreas d = districts();
        assertEquals(List.of(0), d.matching("perforated"));
        assertEquals(List.of(0), d.matching("مثقوب"));
        assertEquals(List.of(2), d.matching("d3"));
        assertEquals(List.of(1), d.matching("Ninawa Plains"), "loosely, when nothing matches exactly");
        assertEquals(List.of(), d.matching("Basra"));
    }

    @Test
    void childrenAreGroupedUnderTheirParentsPosition() throws IOException {
        AdminAreas governorates = read(1,
                feature("\"ADM1_PCODE\":\"G1\",\"ADM1_EN\":\"One\"", TRIANGLE),
                feature("\"ADM1_PCODE\":\"G2\",\"ADM1_EN\":\"Two\"", TRIANGLE),
                feature("\"ADM1_PCODE\":\"G3\",\"ADM1_EN\":\"Three\"", TRIANGLE));
        int[][] children = districts().childrenOf(governorates);
        assertEquals(3, children.length);
        assertArrayEquals(new int[] {0, 2}, children[0]);
        assertArrayEquals(new int[] {1}, children[1]);
        assertArrayEquals(new int[0], children[2], "a governorate without districts; D4's parent is unknown");
    }
}

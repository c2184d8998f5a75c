package org.incidentatlas.render.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.incidentatlas.domain.WebMercator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Offline tiles show land, water and borders where the bundled data put them. */
class OfflineBasemapTest {
    private static final BasemapStyle STYLE = BasemapStyle.LIGHT;
    private static OfflineBasemap basemap;

    @BeforeAll
    static void load() throws IOException {
        basemap = new OfflineBasemap(BasemapData.loadBundled(), STYLE);
    }

    /** The colour drawn at a place, from the tile that holds it at a zoom. */
    private static Color colourAt(double lat, double lon, int zoom) {
        double scale = Math.pow(2, zoom);
        double px = WebMercator.x(lon) * scale;
        double py = WebMercator.y(lat) * scale;
        long tx = (long) Math.floor(px / 256);
        long ty = (long) Math.floor(py / 256);
        BufferedImage tile = basemap.render(zoom, tx, ty);
        return new Color(tile.getRGB((int) (px - tx * 256), (int) (py - ty * 256)), true);
    }

    @Test
    void sharpTilesForHiDpiScreensShowTheSameMapWithTwiceThePixels() {
        int zoom = 7;
        long x = (long) Math.floor(org.incidentatlas.domain.WebMercator.x(44.4) * Math.pow(2, zoom) / 256);
        long y = (long) Math.floor(org.incidentatlas.domain.WebMercator.y(33.3) * Math.pow(2, zoom) / 256);
        java.awt.image.BufferedImage one = basemap.tile(zoom, x, y);
        java.awt.image.BufferedImage two = basemap.tile(zoom, x, y, 2);
        assertEquals(512, two.getWidth());
        assertEquals(512, two.getHeight());
        int same = 0;
        for (int py = 0; py < 256; py += 8) {
            for (int px = 0; px < 256; px += 8) {
                same += one.getRGB(px, py) == two.getRGB(2 * px + 1, 2 * py + 1) ? 1 : 0;
            }
        }
        assertTrue(same > 32 * 32 * 8 / 10, "most sample points have the same colour at both resolutions: " + same);
        assertSame(two, basemap.tile(zoom, x, y, 2), "kept once drawn");
        assertSame(one, basemap.tile(zoom, x, y, 1));
    }

    @Test
    void theGulfIsWaterAndTheDesertsAreLand() {
        assertEquals(STYLE.water(), colourAt(29.3, 49.8, 8), "the Gulf south-east of Basra");
        assertEquals(STYLE.water(), colourAt(33.9, 43.3, 10), "Tharthar lake");
        assertEquals(STYLE.iraqLand(), colourAt(32.3, 42.5, 8), "the desert of Anbar, in Iraq");
        assertEquals(STYLE.neighbourLand(), colourAt(29.0, 41.0, 8), "the Saudi desert, outside Iraq");
    }

    @Test
    void theIraqIranBorderIsDrawnWhereTheDataHaveIt() throws IOException {
        JsonNode lines = new ObjectMapper().readTree(
                Path.of("data", "basemap", "ne_10m_admin_0_boundary_lines_land_region.geojson").toFile());
        double[] vertex = null;
        for (JsonNode f : lines.path("features")) {
            String sides = f.path("properties").path("adm0_left").asText() + "/"
                    + f.path("properties").path("adm0_right").asText();
            if (sides.contains("Iraq") && sides.contains("Iran")) {
                JsonNode coords = f.path("geometry").path("coordinates");
                JsonNode line = coords.path(0).path(0).isArray() ? coords.path(0) : coords;
                JsonNode mid = line.path(line.size() / 2);
                vertex = new double[] {mid.path(1).asDouble(), mid.path(0).asDouble()};
            }
        }
        assertTrue(vertex != null, "the data hold an Iraq-Iran border");
        Color drawn = colourAt(vertex[0], vertex[1], 9);
        assertTrue(distance(drawn, STYLE.border()) < distance(drawn, STYLE.iraqLand())
                && distance(drawn, STYLE.border()) < distance(drawn, STYLE.neighbourLand()),
                "border colour at the border vertex " + vertex[0] + ", " + vertex[1] + " but was " + drawn);
    }

    @Test
    void theWorldAroundIraqHasLandAndSeaAtEveryScale() {
        // The Adriatic at zoom 6 (1:50m), the Americas at zoom 2 (1:110m), the Gulf at zoom 8 (1:10m).
        for (long[] t : new long[][] {{6, 34, 22}, {2, 1, 1}, {8, 164, 107}}) {
            Set<Integer> colours = colours(basemap.render((int) t[0], t[1], t[2]), 2);
            assertTrue(colours.contains(STYLE.neighbourLand().getRGB()), "land in " + java.util.Arrays.toString(t));
            assertTrue(colours.contains(STYLE.water().getRGB()), "sea in " + java.util.Arrays.toString(t));
        }
    }

    @Test
    void whereAFinerScaleTakesOverThereIsNoSeamAndNoBoxEdge() {
        // Inland points on the edges of the 1:10m box (36 E in the Jordanian desert, 28 N in Saudi Arabia) and the
        // 1:50m box (60 N in Russia): the map around them is land with no sea-coloured line, at every zoom they meet.
        double[][] edges = {{29.8, 36}, {28.0, 42.5}, {60, 50}};
        for (double[] at : edges) {
            for (int zoom = at[0] == 60 ? 4 : 7; zoom <= (at[0] == 60 ? 9 : 14); zoom++) {
                BufferedImage view = new BufferedImage(120, 120, BufferedImage.TYPE_INT_ARGB);
                java.awt.Graphics2D g = view.createGraphics();
                double scale = Math.pow(2, zoom);
                basemap.draw(g, zoom, WebMercator.x(at[1]) - 60 / scale, WebMercator.y(at[0]) - 60 / scale, 120, 120);
                g.dispose();
                // The box edge runs through the middle: a column for the meridian 36 E, a row for the parallels.
                boolean meridian = at[1] == 36;
                for (int k = 0; k < 120; k++) {
                    for (int d = 56; d <= 64; d++) {
                        int colour = meridian ? view.getRGB(d, k) : view.getRGB(k, d);
                        assertTrue(distance(new Color(colour), STYLE.water()) > 8, "no sea-coloured pixel at zoom "
                                + zoom + " along the box edge at " + at[0] + ", " + at[1]);
                    }
                }
            }
        }
    }

    private static Set<Integer> colours(BufferedImage image, int step) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += step) {
            for (int x = 0; x < image.getWidth(); x += step) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours;
    }

    @Test
    void everyZoomFromFourToThirteenDrawsBaghdad() {
        for (int zoom = 4; zoom <= 13; zoom++) {
            double scale = Math.pow(2, zoom);
            BufferedImage tile = basemap.tile(zoom, (long) (WebMercator.x(44.4) * scale / 256),
                    (long) (WebMercator.y(33.3) * scale / 256));
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < 256; y += 2) {
                for (int x = 0; x < 256; x += 2) {
                    colours.add(tile.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 10, "zoom " + zoom + " shows more than a plain colour: " + colours.size());
            assertTrue(colours.contains(STYLE.iraqLand().getRGB())
                    || colours.contains(basemap.urbanInIraq().getRGB()), "zoom " + zoom + " shows Iraq's land");
        }
    }

    private static double distance(Color a, Color b) {
        int dr = a.getRed() - b.getRed();
        int dg = a.getGreen() - b.getGreen();
        int db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }
}

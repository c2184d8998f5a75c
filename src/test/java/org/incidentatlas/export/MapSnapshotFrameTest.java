package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.render.IncidentStyle;
import org.incidentatlas.render.SizeBy;
import org.incidentatlas.render.TileSource;
import org.incidentatlas.render.basemap.BasemapData;
import org.incidentatlas.render.basemap.BasemapStyle;
import org.incidentatlas.render.basemap.OfflineBasemap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The map's frame line on a picture's white paper, symbols sized as asked, and the basemap credited. */
class MapSnapshotFrameTest {
    private static final int FRAME_LINE = 0x606060;
    private static OfflineBasemap basemap;

    @BeforeAll
    static void loadBasemap() throws IOException {
        basemap = new OfflineBasemap(BasemapData.loadBundled(), BasemapStyle.LIGHT);
    }

    private static Shown shown(TimeIndex index) {
        return new Shown(index, IncidentMask.ALL, new DateWindow(index.firstDay(), index.lastDay()));
    }

    @Test
    void theMapIsFramedByAGreyLineAsWideAsAScreenPixel() {
        for (int ratio = 1; ratio <= 2; ratio++) {
            MapSnapshot snapshot = new MapSnapshot(basemap, null);
            Shown shown = shown(new Points().add("2014-06-10", 33.3, 44.4, 5, 1).build());
            BufferedImage img = snapshot.render(shown, new MapFrame(33.3, 44.4, 7, 500, 300, ratio),
                    Captions.of("t", shown.window(), IncidentFilter.NONE, shown.totals(), "credits"));
            Rectangle m = snapshot.lastMapBounds();
            int midX = m.x + m.width / 2;
            int midY = m.y + m.height / 2;
            for (int k = 1; k <= ratio; k++) {
                assertEquals(FRAME_LINE, img.getRGB(m.x - k, midY) & 0xFFFFFF, "left, " + ratio + "x");
                assertEquals(FRAME_LINE, img.getRGB(m.x + m.width - 1 + k, midY) & 0xFFFFFF, "right, " + ratio + "x");
                assertEquals(FRAME_LINE, img.getRGB(midX, m.y - k) & 0xFFFFFF, "top, " + ratio + "x");
                assertEquals(FRAME_LINE, img.getRGB(midX, m.y + m.height - 1 + k) & 0xFFFFFF, "bottom");
            }
            assertEquals(0xFFFFFF, img.getRGB(m.x - ratio - 1, midY) & 0xFFFFFF, "white paper outside the line");
            assertEquals(0xFFFFFF, img.getRGB(midX, m.y - ratio - 1) & 0xFFFFFF);
            assertEquals(0xFFFFFF, img.getRGB(0, img.getHeight() - 1) & 0xFFFFFF, "white paper in the corner");
            assertNotEquals(FRAME_LINE, img.getRGB(m.x, midY) & 0xFFFFFF, "the map starts inside the line");
        }
    }

    @Test
    void symbolsAreSizedByDeathsOrByIncidentsAsAsked() {
        TimeIndex one = new Points().add("2014-06-10", 33.3, 44.4, 400, 1).build();
        MapFrame frame = new MapFrame(33.3, 44.4, 8, 300, 300, 1);
        BufferedImage bare = new MapSnapshot(basemap, null).renderMap(shown(new Points().build()), frame);
        MapSnapshot byDeaths = new MapSnapshot(basemap, null);
        BufferedImage deaths = byDeaths.renderMap(shown(one), frame);
        MapSnapshot byIncidents = new MapSnapshot(basemap, null);
        byIncidents.setSizeBy(SizeBy.INCIDENTS);
        BufferedImage incidents = byIncidents.renderMap(shown(one), frame);
        double big = IncidentStyle.radius(400, SizeBy.DEATHS, 8);
        double small = IncidentStyle.radius(1, SizeBy.INCIDENTS, 8);
        int at = 150 + (int) Math.round((big + small) / 2);
        assertNotEquals(bare.getRGB(at, 150), deaths.getRGB(at, 150), "400 deaths reach " + big + " px");
        assertEquals(bare.getRGB(at, 150), incidents.getRGB(at, 150), "one incident only " + small + " px");
        assertNotEquals(bare.getRGB(150, 150), incidents.getRGB(150, 150), "but is drawn");
    }

    @Test
    void theBasemapCreditIsTheTileSourcesWhenThereIsOne() {
        assertEquals(basemap.attribution(), new MapSnapshot(basemap, null).basemapAttribution());
        TileSource tiles = new TileSource() {
            @Override
            public BufferedImage tile(int zoom, long x, long y) {
                BufferedImage t = new BufferedImage(TILE_SIZE, TILE_SIZE, BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = t.createGraphics();
                g.setColor(new Color(0x12, 0x34, 0x56));
                g.fillRect(0, 0, TILE_SIZE, TILE_SIZE);
                g.dispose();
                return t;
            }

            @Override
            public String attribution() {
                return "© the test's tiles";
            }
        };
        MapSnapshot online = new MapSnapshot(basemap, tiles);
        assertEquals("© the test's tiles", online.basemapAttribution());
        BufferedImage map = online.renderMap(shown(new Points().build()), new MapFrame(33.3, 44.4, 7, 64, 64, 1));
        assertEquals(0x123456, map.getRGB(5, 5) & 0xFFFFFF, "the tiles are what is drawn");
    }
}

package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.render.IncidentStyle;
import org.incidentatlas.render.LegendPainter;
import org.incidentatlas.render.SizeBy;
import org.incidentatlas.render.basemap.BasemapData;
import org.incidentatlas.render.basemap.BasemapStyle;
import org.incidentatlas.render.basemap.OfflineBasemap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An exported picture is laid out as a map figure: the map in its own frame, the key in a margin beside or below. */
class PictureLayoutTest {
    private static final double MOSUL_LAT = 36.34;
    private static final double MOSUL_LON = 43.13;
    private static OfflineBasemap basemap;

    @BeforeAll
    static void loadBasemap() throws IOException {
        basemap = new OfflineBasemap(BasemapData.loadBundled(), BasemapStyle.LIGHT);
    }

    /** 479 incidents and 8,213 deaths on the Mosul point, and a few around it, as UCDP has the battle's months. */
    private static TimeIndex mosul() {
        Points p = new Points();
        for (int k = 0; k < 479; k++) {
            p.add("2017-03-01", MOSUL_LAT, MOSUL_LON, k < 70 ? 18 : 17, 1);
        }
        p.add("2017-03-02", 36.40, 43.25, 12, 1).add("2017-03-03", 36.30, 43.02, 3, 3);
        return p.build();
    }

    private static Shown shown(TimeIndex index) {
        return new Shown(index, IncidentMask.ALL, new DateWindow(index.firstDay(), index.lastDay()));
    }

    private static BufferedImage picture(MapSnapshot snapshot, TimeIndex index, MapFrame frame) {
        Shown shown = shown(index);
        return snapshot.render(shown, frame, Captions.of("Mosul, the battle of Mosul months", shown.window(),
                org.incidentatlas.index.IncidentFilter.NONE, shown.totals(),
                "Basemap: Natural Earth; boundaries OCHA / Iraq CSO COD-AB (CC BY-IGO) · Incidents: UCDP GED 19.1"));
    }

    /** The picture's pixels inside the map's frame equal a picture of the map alone, drawn for that frame. */
    private static void assertMapFrameIsTheMapAlone(MapSnapshot snapshot, BufferedImage img, TimeIndex index,
            MapFrame frame) {
        Rectangle m = snapshot.lastMapBounds();
        double r = frame.pixelRatio();
        MapFrame alone = new MapFrame(frame.latitude(), frame.longitude(), frame.zoom(), m.width / r, m.height / r, r);
        BufferedImage map = new MapSnapshot(basemap, null).renderMap(shown(index), alone);
        assertEquals(m.width, map.getWidth());
        assertEquals(m.height, map.getHeight());
        assertArrayEquals(map.getRGB(0, 0, m.width, m.height, null, 0, m.width),
                img.getRGB(m.x, m.y, m.width, m.height, null, 0, m.width),
                "no title, legend, scale bar or credits pixel inside the map's frame " + m);
    }

    @Test
    void aWidePictureHasTheMapInItsOwnFrameAndTheKeyBesideIt() {
        TimeIndex index = mosul();
        MapFrame frame = MapFrame.of(MOSUL_LAT, MOSUL_LON, 12, new PictureSize(1440, 900), 1);
        MapSnapshot snapshot = new MapSnapshot(basemap, null);
        BufferedImage img = picture(snapshot, index, frame);
        assertEquals(1440, img.getWidth(), "--size is the whole picture");
        assertEquals(900, img.getHeight());
        assertMapFrameIsTheMapAlone(snapshot, img, index, frame);
        Rectangle m = snapshot.lastMapBounds();
        assertTrue(m.x < 20 && m.y < 20 && m.height > 860, "the map fills the picture's height: " + m);
        assertTrue(m.width > 1440 * 0.6, "and most of its width: " + m);
        int panel = m.x + m.width + 2;
        int state = IncidentStyle.colour(1) & 0xFFFFFF;
        assertTrue(MapSnapshotTest.pixelsLike(img, state, 0.8, panel, 0, 1440 - panel, 300) >= 20,
                "the colour key is in the margin beside the map");
        assertTrue(MapSnapshotTest.darkPixels(img, panel, 0, 1440 - panel, 60) > 200, "so is the title");
        assertTrue(MapSnapshotTest.darkPixels(img, panel, 900 - 50, 1440 - panel, 50) > 200,
                "and the credits, at its foot");
    }

    @Test
    void theSizeKeysLargestCircleIsTheLargestSymbolDrawn() {
        TimeIndex index = mosul();
        MapFrame frame = MapFrame.of(MOSUL_LAT, MOSUL_LON, 12, new PictureSize(1440, 900), 1);
        MapSnapshot snapshot = new MapSnapshot(basemap, null);
        BufferedImage img = picture(snapshot, index, frame);
        assertEquals(8213, snapshot.lastFrame().largest());
        assertTrue(LegendPainter.lines(snapshot.lastFrame()).contains("8,213 deaths (largest)"));
        // The largest circle's own grey (the key's grey at the symbols' fill alpha over white), where no smaller
        // circle lies over it: a ring between the 8,213 and the 1,000 circles.
        Rectangle m = snapshot.lastMapBounds();
        int panel = m.x + m.width + 2;
        int grey = 0;
        for (int y = 0; y < 900; y++) {
            for (int x = panel; x < 1440; x++) {
                int p = img.getRGB(x, y);
                int red = p >> 16 & 0xFF;
                if (Math.abs(red - 194) <= 2 && red == (p >> 8 & 0xFF) && red == (p & 0xFF)) {
                    grey++;
                }
            }
        }
        double big = IncidentStyle.radius(8213, SizeBy.DEATHS, 12);
        double thousand = IncidentStyle.radius(1000, SizeBy.DEATHS, 12);
        double expected = Math.PI * (big * big - thousand * thousand);
        assertEquals(expected, grey, expected * 0.08, "the key's largest circle has the 8,213 symbol's size, not a "
                + "10,000 one's");
    }

    @Test
    void aTallPictureHasTheKeyBelowTheMapAndAScaledOneTheSameLayout() {
        TimeIndex index = mosul();
        MapFrame tall = MapFrame.of(MOSUL_LAT, MOSUL_LON, 9, new PictureSize(700, 1000), 1);
        MapSnapshot snapshot = new MapSnapshot(basemap, null);
        BufferedImage img = picture(snapshot, index, tall);
        assertMapFrameIsTheMapAlone(snapshot, img, index, tall);
        Rectangle m = snapshot.lastMapBounds();
        assertTrue(m.width > 660 && m.height > 1000 * 0.55, "the map takes the width and most of the height: " + m);
        int below = m.y + m.height + 2;
        assertTrue(MapSnapshotTest.darkPixels(img, 0, below, 700, 1000 - below) > 500, "the key is below it");

        MapFrame twice = MapFrame.of(MOSUL_LAT, MOSUL_LON, 9, new PictureSize(1400, 2000), 2);
        MapSnapshot sharp = new MapSnapshot(basemap, null);
        BufferedImage big = picture(sharp, index, twice);
        assertMapFrameIsTheMapAlone(sharp, big, index, twice);
        Rectangle m2 = sharp.lastMapBounds();
        assertEquals(2 * m.width, m2.width, 2.0, "at twice the scale the same layout, twice as fine");
        assertEquals(2 * m.height, m2.height, 2.0);
    }
}

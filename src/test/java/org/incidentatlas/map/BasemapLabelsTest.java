package org.incidentatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import org.incidentatlas.domain.WebMercator;
import org.incidentatlas.render.basemap.LabelLanguage;
import org.incidentatlas.render.basemap.OfflineBasemap;
import org.junit.jupiter.api.Test;

/** The window's offline basemap switches the language of its area names, and pictures follow it. */
class BasemapLabelsTest {
    @Test
    void arabicLabelsRedrawTheTilesWithOtherNamesAndEnglishBringsTheFirstBack() throws Exception {
        BasemapSwitch basemaps = new BasemapSwitch();
        int zoom = 9;
        long x = (long) Math.floor(WebMercator.x(43.13) * Math.pow(2, zoom) / 256);
        long y = (long) Math.floor(WebMercator.y(36.34) * Math.pow(2, zoom) / 256);
        int[] english = pixels(basemaps.offlineBasemap(), zoom, x, y);
        basemaps.useLabels(LabelLanguage.ARABIC);
        assertEquals(LabelLanguage.ARABIC, basemaps.labels());
        int[] arabic = pixels(basemaps.offlineBasemap(), zoom, x, y);
        assertNotEquals(Arrays.hashCode(english), Arrays.hashCode(arabic), "Mosul's district is named in Arabic");
        basemaps.useLabels(LabelLanguage.ENGLISH);
        assertEquals(Arrays.hashCode(english), Arrays.hashCode(pixels(basemaps.offlineBasemap(), zoom, x, y)));
    }

    private static int[] pixels(OfflineBasemap basemap, int zoom, long x, long y) {
        BufferedImage tile = basemap.render(zoom, x, y);
        BufferedImage copy = new BufferedImage(tile.getWidth(), tile.getHeight(), BufferedImage.TYPE_INT_ARGB);
        copy.getGraphics().drawImage(tile, 0, 0, null);
        return ((DataBufferInt) copy.getRaster().getDataBuffer()).getData();
    }
}

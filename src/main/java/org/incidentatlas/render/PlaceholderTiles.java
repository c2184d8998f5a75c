package org.incidentatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import org.incidentatlas.index.WebMercator;

/**
 * A plain, calm basemap made on the spot: a pale background with a graticule every 1, 5 or 10 degrees depending on
 * zoom. It needs no data and no network, so the map is usable before any real basemap is configured.
 */
public final class PlaceholderTiles {
    public static final int TILE_SIZE = 256;
    private static final Color BACKGROUND = new Color(0xEEF0EC);
    private static final Color GRID = new Color(0xD5D9D3);

    private PlaceholderTiles() {
    }

    public static BufferedImage tile(int zoom, long tileX, long tileY) {
        BufferedImage image = new BufferedImage(TILE_SIZE, TILE_SIZE, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, TILE_SIZE, TILE_SIZE);
            g.setColor(GRID);
            g.setStroke(new BasicStroke(1f));
            double scale = Math.pow(2, zoom);
            double left = tileX * TILE_SIZE / scale;
            double top = tileY * TILE_SIZE / scale;
            double step = zoom >= 7 ? 1 : zoom >= 4 ? 5 : 10;
            double lonLeft = WebMercator.longitude(left);
            double lonRight = WebMercator.longitude(left + TILE_SIZE / scale);
            for (double lon = Math.ceil(lonLeft / step) * step; lon <= lonRight; lon += step) {
                double px = (WebMercator.x(lon) - left) * scale;
                g.draw(new Line2D.Double(px, 0, px, TILE_SIZE));
            }
            double latTop = WebMercator.latitude(top);
            double latBottom = WebMercator.latitude(top + TILE_SIZE / scale);
            for (double lat = Math.ceil(latBottom / step) * step; lat <= latTop; lat += step) {
                double py = (WebMercator.y(lat) - top) * scale;
                g.draw(new Line2D.Double(0, py, TILE_SIZE, py));
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}

package org.incidentatlas.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.incidentatlas.render.basemap.OfflineBasemap;

/**
 * Paints the basemap of a whole view, as the window's map shows it, into a picture of any size: the offline basemap
 * is drawn straight from its vectors at the picture's resolution (crisp at print size); tiles from another source are
 * drawn at the zoom that fits the picture's resolution, with the offline basemap where that source has no tile.
 */
public final class BasemapPainter {
    /** The most detailed zoom the window's map loads tiles for. */
    public static final int MAX_TILE_ZOOM = 19;

    private BasemapPainter() {
    }

    /**
     * The zoom of the tiles the window's map shows at a (fractional) map zoom: Gluon Maps switches to the next zoom's
     * tiles a fifth of a step early, and loads none above {@link #MAX_TILE_ZOOM}.
     */
    public static int tileZoom(double zoom) {
        return Math.max(0, Math.min(MAX_TILE_ZOOM, (int) Math.floor(zoom + 0.2)));
    }

    /**
     * Paints the basemap under a view into {@code g} from (0, 0).
     *
     * @param offline    the offline basemap: what is painted when {@code tiles} is null, and where it has no tile
     * @param tiles      another tile source (an MBTiles file, an online server), or null for the offline basemap
     * @param view       the view in screen pixels: origin, scale 2^zoom, width and height
     * @param pixelRatio picture pixels per screen pixel (1 for the screen, 2 for "2x", more for print sizes)
     */
    public static void paint(Graphics2D g, OfflineBasemap offline, TileSource tiles, Viewport view,
            double pixelRatio) {
        paint(g, offline, tiles, view, pixelRatio, OfflineBasemap.Layers.ALL);
    }

    /**
     * The same, of some parts of the offline basemap only ({@code layers}; when {@code tiles} is null): without its
     * names, then the names alone over what is drawn on it. Another tile source is drawn whole, names and all, with
     * {@link OfflineBasemap.Layers#NAMES} drawing nothing.
     */
    public static void paint(Graphics2D g, OfflineBasemap offline, TileSource tiles, Viewport view,
            double pixelRatio, OfflineBasemap.Layers layers) {
        double zoom = Math.log(view.scale()) / Math.log(2);
        if (tiles == null) {
            int z = tileZoom(zoom);
            double grow = pixelRatio * Math.pow(2, zoom - z);
            Graphics2D v = (Graphics2D) g.create();
            try {
                v.scale(grow, grow);
                offline.draw(v, z, view.originX(), view.originY(), view.width() * pixelRatio / grow,
                        view.height() * pixelRatio / grow, layers);
            } finally {
                v.dispose();
            }
            return;
        }
        if (layers == OfflineBasemap.Layers.NAMES) {
            return;
        }
        int z = tileZoom(zoom + Math.log(pixelRatio) / Math.log(2));
        double tilePx = TileSource.TILE_SIZE * pixelRatio * Math.pow(2, zoom - z);
        double left = view.originX() * Math.pow(2, z) / TileSource.TILE_SIZE;
        double top = view.originY() * Math.pow(2, z) / TileSource.TILE_SIZE;
        long count = 1L << z;
        long firstX = (long) Math.floor(left);
        long firstY = (long) Math.floor(top);
        long lastX = (long) Math.floor(left + view.width() * pixelRatio / tilePx);
        long lastY = (long) Math.floor(top + view.height() * pixelRatio / tilePx);
        Graphics2D t = (Graphics2D) g.create();
        try {
            t.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            t.setColor(offline.background());
            t.fillRect(0, 0, (int) Math.ceil(view.width() * pixelRatio), (int) Math.ceil(view.height() * pixelRatio));
            for (long ty = Math.max(0, firstY); ty <= Math.min(count - 1, lastY); ty++) {
                int y0 = (int) Math.round((ty - top) * tilePx);
                int y1 = (int) Math.round((ty + 1 - top) * tilePx);
                for (long tx = firstX; tx <= lastX; tx++) {
                    int x0 = (int) Math.round((tx - left) * tilePx);
                    int x1 = (int) Math.round((tx + 1 - left) * tilePx);
                    BufferedImage tile = tile(tiles, offline, z, Math.floorMod(tx, count), ty);
                    t.drawImage(tile, x0, y0, x1 - x0, y1 - y0, null);
                }
            }
        } finally {
            t.dispose();
        }
    }

    /** A tile of the source over the offline one (where it is transparent), or the offline one where it has none. */
    private static BufferedImage tile(TileSource tiles, OfflineBasemap offline, int z, long x, long y) {
        BufferedImage own;
        try {
            own = tiles.tile(z, x, y);
        } catch (IOException e) {
            own = null;
        }
        if (own == null) {
            return offline.tile(z, x, y);
        }
        return Tiles.hasTransparency(own) ? Tiles.over(own, offline.tile(z, x, y)) : own;
    }
}

package org.incidentatlas.render.basemap;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The tiles drawn last, kept in memory up to a budget of pixels: the least recently used go first. One cache holds
 * tiles of every pixel ratio (a HiDPI tile weighs its four or nine times the pixels), so a window on a sharp screen
 * keeps as many screens of tiles as the budget allows instead of a fixed count of each kind. Safe for several threads;
 * a tile is drawn outside the lock, so two threads draw two tiles at once.
 */
final class TileCache {
    /** The address of a tile and the pixels per tile pixel it was drawn with. */
    record Key(int zoom, long x, long y, int ratio) {
    }

    private final long budget;
    private long pixels;
    private final Map<Key, BufferedImage> tiles = new LinkedHashMap<>(64, 0.75f, true);

    /** @param budget at most this many pixels are kept (one plain tile is 65,536) */
    TileCache(long budget) {
        this.budget = budget;
    }

    /** The tile kept under {@code key}, else the one {@code draw} makes, which is then kept. */
    BufferedImage get(Key key, Supplier<BufferedImage> draw) {
        synchronized (this) {
            BufferedImage hit = tiles.get(key);
            if (hit != null) {
                return hit;
            }
        }
        BufferedImage image = draw.get();
        synchronized (this) {
            BufferedImage before = tiles.put(key, image);
            pixels += weight(image) - (before == null ? 0 : weight(before));
            var eldest = tiles.entrySet().iterator();
            while (pixels > budget && eldest.hasNext()) {
                BufferedImage gone = eldest.next().getValue();
                if (gone == image) {
                    break;
                }
                pixels -= weight(gone);
                eldest.remove();
            }
        }
        return image;
    }

    /** How many tiles are kept. */
    synchronized int size() {
        return tiles.size();
    }

    /** How many pixels the kept tiles hold. */
    synchronized long pixels() {
        return pixels;
    }

    private static long weight(BufferedImage image) {
        return (long) image.getWidth() * image.getHeight();
    }
}

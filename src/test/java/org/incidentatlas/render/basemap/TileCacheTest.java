package org.incidentatlas.render.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One cache for plain and sharp tiles, kept within a budget of pixels, the least recently used going first. */
class TileCacheTest {
    private final AtomicInteger draws = new AtomicInteger();

    private BufferedImage draw(int side) {
        draws.incrementAndGet();
        return new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB_PRE);
    }

    private static TileCache.Key key(int x, int ratio) {
        return new TileCache.Key(7, x, 3, ratio);
    }

    @Test
    void aKeptTileIsNotDrawnAgainAndRatiosAreKeptApart() {
        TileCache cache = new TileCache(10 * 256 * 256);
        BufferedImage plain = cache.get(key(1, 1), () -> draw(256));
        assertSame(plain, cache.get(key(1, 1), () -> draw(256)));
        BufferedImage sharp = cache.get(key(1, 2), () -> draw(512));
        assertNotSame(plain, sharp);
        assertSame(sharp, cache.get(key(1, 2), () -> draw(512)));
        assertEquals(2, draws.get());
        assertEquals(256 * 256 + 512 * 512, cache.pixels());
    }

    @Test
    void theLeastRecentlyUsedGoUntilThePixelsFitTheBudget() {
        TileCache cache = new TileCache(3 * 256 * 256);
        BufferedImage first = cache.get(key(1, 1), () -> draw(256));
        cache.get(key(2, 1), () -> draw(256));
        cache.get(key(3, 1), () -> draw(256));
        cache.get(key(1, 1), () -> draw(256));
        cache.get(key(4, 1), () -> draw(256));
        assertEquals(3, cache.size());
        assertEquals(4, draws.get());
        assertSame(first, cache.get(key(1, 1), () -> draw(256)), "used recently, so kept");
        cache.get(key(2, 1), () -> draw(256));
        assertEquals(5, draws.get(), "the least recently used was dropped and drawn again");
        // A sharp tile weighs four plain ones: it pushes every plain tile out, and stays though over the budget.
        BufferedImage sharp = cache.get(key(5, 2), () -> draw(512));
        assertEquals(1, cache.size());
        assertEquals(512 * 512, cache.pixels());
        assertSame(sharp, cache.get(key(5, 2), () -> draw(512)));
    }
}

package org.incidentatlas.map;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.incidentatlas.render.TileSource;
import org.incidentatlas.render.Tiles;
import org.incidentatlas.render.basemap.BasemapData;
import org.incidentatlas.render.basemap.BasemapStyle;
import org.incidentatlas.render.basemap.LabelLanguage;
import org.incidentatlas.render.basemap.OfflineBasemap;

/**
 * The basemap currently shown, switchable at runtime behind Gluon's single tile retriever. Local tiles (the offline
 * renderer, MBTiles) are made on two renderer threads; network tiles on two threads of their own, so at most two
 * connections are open and a slow server never holds up local tiles. A tile the chosen source cannot give is the
 * offline tile for that position, and the failure is said once in {@link #statusProperty()}, not per tile. When the
 * source changes, every tile still on the map is redrawn in place (Gluon keeps the images it was given).
 */
public final class BasemapSwitch {
    private static final String OFFLINE_SHORT = "offline map (Natural Earth; OCHA / Iraq CSO COD-AB)";
    private final ExecutorService local = pool("tile-renderer");
    private final ExecutorService remote = pool("tile-fetcher");
    private volatile CompletableFuture<TileSource> offlineLight;
    private volatile CompletableFuture<TileSource> offlineDark;
    /** The bundled data in English, or null for a switch given its own offline source. */
    private final CompletableFuture<BasemapData> data;
    private volatile LabelLanguage labels = LabelLanguage.ENGLISH;
    private volatile CompletableFuture<TileSource> offline;
    private final ReadOnlyStringWrapper attribution = new ReadOnlyStringWrapper(OfflineBasemap.ATTRIBUTION);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Map<WritableImage, Long> shown = new WeakHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile TileSource chosen;
    /** Tile pixels per screen pixel: tiles are made this much larger on a HiDPI screen (Gluon shows them at 256). */
    private final int ratio = screenRatio();
    private volatile String lastProblem;
    private volatile boolean mixed;

    /** A switch that starts on the offline basemap, loading its data in the background. */
    public BasemapSwitch() {
        data = CompletableFuture.supplyAsync(() -> {
            try {
                return BasemapData.loadBundled();
            } catch (IOException e) {
                throw new IllegalStateException("the bundled basemap data cannot be read: " + e.getMessage(), e);
            }
        }, local);
        offlineLight = data.thenApply(d -> new OfflineBasemap(d, BasemapStyle.LIGHT));
        offlineDark = data.thenApply(d -> new OfflineBasemap(d, BasemapStyle.DARK));
        offline = offlineLight;
    }

    /** A switch whose offline (fallback) source is made by {@code offlineSource} on a renderer thread. */
    public BasemapSwitch(Supplier<TileSource> offlineSource) {
        data = null;
        offlineLight = CompletableFuture.supplyAsync(offlineSource, local);
        offlineDark = offlineLight;
        offline = offlineLight;
    }

    /** Draws the offline basemap in its dark colours (for the dark theme) or its light ones; redraws the map. */
    public void useDarkOffline(boolean dark) {
        CompletableFuture<TileSource> wanted = dark ? offlineDark : offlineLight;
        if (offline != wanted) {
            offline = wanted;
            use(chosen);
        }
    }

    /**
     * Names Iraq's governorates, districts and sub-districts on the offline basemap in English, Arabic or both; redraws
     * the map. (A switch given its own offline source keeps it.)
     */
    public void useLabels(LabelLanguage language) {
        if (data == null || language == labels) {
            return;
        }
        boolean dark = darkOffline();
        CompletableFuture<BasemapData> named = data.thenApplyAsync(d -> d.withLabels(language), local);
        offlineLight = named.thenApply(d -> new OfflineBasemap(d, BasemapStyle.LIGHT));
        offlineDark = named.thenApply(d -> new OfflineBasemap(d, BasemapStyle.DARK));
        labels = language;
        offline = dark ? offlineDark : offlineLight;
        use(chosen);
    }

    /** The language the offline basemap names areas in. */
    public LabelLanguage labels() {
        return labels;
    }

    /** Whether the offline basemap is drawn in its dark colours. */
    public boolean darkOffline() {
        return offline == offlineDark && offlineDark != offlineLight;
    }

    /** The source chosen now (an MBTiles file or an online server), or null while the offline basemap is shown. */
    public TileSource chosen() {
        return chosen;
    }

    /**
     * The offline basemap as it is drawn now (light or dark), for pictures drawn off screen; waits for its data on
     * first use. Call off the FX thread.
     */
    public OfflineBasemap offlineBasemap() throws IOException {
        TileSource source = offline.join();
        if (source instanceof OfflineBasemap basemap) {
            return basemap;
        }
        return new OfflineBasemap(BasemapData.loadBundled().withLabels(labels),
                darkOffline() ? BasemapStyle.DARK : BasemapStyle.LIGHT);
    }

    private static int screenRatio() {
        try {
            double scale = javafx.stage.Screen.getPrimary().getOutputScaleX();
            return Math.max(1, Math.min(3, (int) Math.ceil(scale - 0.01)));
        } catch (RuntimeException | Error e) {
            // no JavaFX screen (a test without the toolkit): ordinary tiles
            return 1;
        }
    }

    private int tilePixels() {
        return TileSource.TILE_SIZE * ratio;
    }

    private static ExecutorService pool(String name) {
        return Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The credit line of what is shown now. */
    public ReadOnlyStringProperty attributionProperty() {
        return attribution.getReadOnlyProperty();
    }

    /** The latest problem with the chosen source (empty while all is well). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Shows tiles from {@code source} from now on, or the offline basemap when null; closes the previous choice and
     * redraws the tiles on the map. Call on the FX thread.
     */
    public void use(TileSource source) {
        TileSource previous = chosen;
        chosen = source;
        lastProblem = null;
        mixed = false;
        status.set("");
        attribution.set(source == null ? OfflineBasemap.ATTRIBUTION : source.attribution());
        long gen = generation.incrementAndGet();
        Map<WritableImage, Long> live;
        synchronized (shown) {
            live = Map.copyOf(shown);
        }
        live.forEach((image, key) -> redraw(image, key, gen));
        if (previous != null && previous != source) {
            remote.execute(previous::close);
        }
    }

    /** Redraws a tile on the map from the source chosen in generation {@code gen}, unless another was chosen since. */
    private void redraw(WritableImage image, long key, long gen) {
        pixels(chosen, key).thenAccept(tile -> Platform.runLater(() -> {
            if (generation.get() == gen) {
                write(image, tile);
            }
        }));
    }

    /** The tile at a position from the chosen source, as a JavaFX image; never fails. */
    public CompletableFuture<Image> loadTile(int zoom, long x, long y) {
        long key = key(zoom, x, y);
        long gen = generation.get();
        return pixels(chosen, key).thenApply(tile -> {
            WritableImage image = new WritableImage(tilePixels(), tilePixels());
            write(image, tile);
            synchronized (shown) {
                shown.put(image, key);
            }
            long now = generation.get();
            if (now != gen) {
                // The source changed while this tile was being made: draw it again from the new one.
                redraw(image, key, now);
            }
            return image;
        });
    }

    private CompletableFuture<BufferedImage> pixels(TileSource source, long key) {
        int zoom = (int) (key >>> 58);
        long x = key >>> 29 & 0x1FFFFFFFL;
        long y = key & 0x1FFFFFFFL;
        if (source == null) {
            return offline.thenApplyAsync(o -> offlineTile(o, zoom, x, y), local);
        }
        return rasterPixels(source, zoom, x, y).thenApply(t -> Tiles.sized(t, tilePixels()));
    }

    private CompletableFuture<BufferedImage> rasterPixels(TileSource source, int zoom, long x, long y) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                BufferedImage tile = source.tile(zoom, x, y);
                if (tile != null) {
                    BufferedImage standard = Tiles.standard(tile);
                    if (!Tiles.hasTransparency(standard)) {
                        return standard;
                    }
                    showingOffline(source);
                    return Tiles.over(standard, offlineTile1x(offline.join(), zoom, x, y));
                }
                showingOffline(source);
            } catch (IOException | RuntimeException e) {
                problem(e.getMessage());
                showingOffline(source);
            }
            return offlineTile1x(offline.join(), zoom, x, y);
        }, source.remote() ? remote : local);
    }

    /** An offline tile at the screen's resolution: drawn sharp by the offline basemap, others scaled. */
    private BufferedImage offlineTile(TileSource o, int zoom, long x, long y) {
        if (o instanceof OfflineBasemap basemap) {
            return basemap.tile(zoom, x, y, ratio);
        }
        try {
            return Tiles.sized(o.tile(zoom, x, y), tilePixels());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An offline tile at 256 pixels, to be mixed with a raster source's own tiles (scaled afterwards). */
    private static BufferedImage offlineTile1x(TileSource o, int zoom, long x, long y) {
        try {
            return o.tile(zoom, x, y);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first time offline tiles fill in for the chosen source, the attribution credits them too. */
    private void showingOffline(TileSource source) {
        if (!mixed && source == chosen) {
            mixed = true;
            String text = source.attribution() + "; where it has no tiles: " + OFFLINE_SHORT;
            Platform.runLater(() -> {
                if (chosen == source) {
                    attribution.set(text);
                }
            });
        }
    }

    private void problem(String message) {
        if (message != null && !message.equals(lastProblem)) {
            lastProblem = message;
            String text = "Basemap: " + message + " — showing the offline map where tiles are missing";
            Platform.runLater(() -> status.set(text));
        }
    }

    private static void write(WritableImage image, BufferedImage tile) {
        int size = (int) image.getWidth();
        BufferedImage fitting = Tiles.sized(tile, size);
        int[] argb = ((DataBufferInt) fitting.getRaster().getDataBuffer()).getData();
        image.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbPreInstance(), argb, 0, size);
    }

    private static long key(int zoom, long x, long y) {
        return (long) zoom << 58 | x << 29 | y;
    }
}

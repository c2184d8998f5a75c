package org.incidentatlas.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.incidentatlas.render.AreaKey;
import org.incidentatlas.render.BasemapPainter;
import org.incidentatlas.render.IncidentRenderer;
import org.incidentatlas.render.LegendBlock;
import org.incidentatlas.render.LegendPainter;
import org.incidentatlas.render.ScaleBar;
import org.incidentatlas.render.ColourKey;
import org.incidentatlas.render.SizeBy;
import org.incidentatlas.render.TileSource;
import org.incidentatlas.render.basemap.OfflineBasemap;

/**
 * Composes a map picture off screen, with no JavaFX: the basemap and the incidents drawn by the same renderers as the
 * window's map, at the picture's own resolution (not a screen grab), in a frame of their own, and beside or below it
 * the title with the date window, the filters and the counts, the legend, a scale bar and the credits of basemap and
 * data. Every picture (PNG, GIF and numbered frames) is laid out here. Keeps the incident renderer's scratch buffers
 * between pictures (an animation): one instance per export, used from one thread.
 */
public final class MapSnapshot {
    private static final Color FRAME_LINE = new Color(0x60, 0x60, 0x60);

    private final OfflineBasemap offline;
    private final TileSource tiles;
    private final IncidentRenderer renderer = new IncidentRenderer();

    /** What the last picture showed. */
    private IncidentRenderer.Frame last = IncidentRenderer.Frame.NONE;
    private Rectangle lastMap = new Rectangle();
    /** Scratch pixels for the whole picture's incidents, drawn only to size the margin panel. */
    private int[] whole = new int[0];

    /**
     * @param offline the offline basemap (drawn everywhere when {@code tiles} is null, and where it has no tile)
     * @param tiles   the basemap the window shows when it is not the offline one, or null
     */
    public MapSnapshot(OfflineBasemap offline, TileSource tiles) {
        this.offline = offline;
        this.tiles = tiles;
    }

    /** What symbol areas stand for in the next pictures: summed deaths (the default) or the number of incidents. */
    public void setSizeBy(SizeBy by) {
        renderer.setSizeBy(by);
    }

    /** What symbol colours say in the next pictures (a key made for the index drawn); by type of violence first. */
    public void setColours(ColourKey key) {
        renderer.setColours(key);
    }

    /** A choropleth of this key (made for the index drawn) in the next pictures instead of symbols; null: symbols. */
    public void setAreas(AreaKey key) {
        renderer.setAreas(key);
    }

    /** The credit of the basemap this snapshot draws. */
    public String basemapAttribution() {
        return tiles == null ? offline.attribution() : tiles.attribution();
    }

    /** The incidents and the aggregation of the last picture drawn. */
    public IncidentRenderer.Frame lastFrame() {
        return last;
    }

    /** The map's frame in the last picture drawn, in picture pixels (inside its frame line). */
    public Rectangle lastMapBounds() {
        return lastMap;
    }

    /**
     * Draws the picture as a printed map figure: on white paper, the map (basemap and incidents) in its own frame, and
     * in a margin panel beside or below it ({@link PictureLayout}) the title with the date window, the filters and
     * the counts, the legend, a scale bar and the credits of basemap and data, none of them over the map. The map is
     * centred where the frame says, at its zoom and pixel ratio; the picture has the frame's size. An opaque RGB image.
     */
    public BufferedImage render(Shown shown, MapFrame frame, Captions captions) {
        PictureSize size = frame.pictureSize();
        double ratio = frame.pixelRatio();
        double w = frame.width();
        double h = frame.height();
        BufferedImage picture = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        Graphics2D s = LegendPainter.hinted(g);
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size.width(), size.height());
            s.scale(ratio, ratio);
            PictureLayout.Words words = new PictureLayout.Words() {
                @Override
                public LegendBlock title(double width) {
                    return CaptionBlocks.title(s, captions, width);
                }

                @Override
                public LegendBlock credits(double width) {
                    return CaptionBlocks.credits(s, captions.attribution(), width);
                }
            };
            // What the whole picture would show chooses the panel's extent, which fixes the map's frame.
            if (whole.length < size.width() * size.height()) {
                whole = new int[size.width() * size.height()];
            }
            IncidentRenderer.Frame all = renderer.render(shown.index(), shown.window(), shown.mask(),
                    frame.pictureView(), ratio, whole);
            double most = PictureLayout.mostBeside(w);
            double extent = PictureLayout.extent(w, h, LegendPainter.blocks(s, all, most), words,
                    ScaleBar.fit(frame.screenView(), 160).block(s));
            PictureLayout.Rect m = PictureLayout.mapFrame(w, h, extent);
            int mx = (int) Math.round(m.x() * ratio);
            int my = (int) Math.round(m.y() * ratio);
            int mw = Math.max(1, (int) Math.round(m.width() * ratio));
            int mh = Math.max(1, (int) Math.round(m.height() * ratio));
            MapFrame mapFrame = new MapFrame(frame.latitude(), frame.longitude(), frame.zoom(), mw / ratio,
                    mh / ratio, ratio);
            int line = Math.max(1, (int) Math.round(ratio));
            g.setColor(FRAME_LINE);
            g.fillRect(mx - line, my - line, mw + 2 * line, mh + 2 * line);
            g.drawImage(renderMap(shown, mapFrame), mx, my, null);
            lastMap = new Rectangle(mx, my, mw, mh);
            double legendWidth = PictureLayout.beside(w, h) ? Math.min(extent, most) : most;
            ScaleBar bar = ScaleBar.fit(mapFrame.screenView(), Math.min(160, legendWidth - 12));
            PictureLayout.of(w, h, extent, LegendPainter.blocks(s, last, legendWidth), words, bar.block(s))
                    .paint(s);
        } finally {
            s.dispose();
            g.dispose();
        }
        return picture;
    }

    /**
     * Draws the map alone, basemap and incidents filling the whole frame, the offline basemap's names over the
     * incidents, and nothing else over it: what the map's frame of a picture holds ({@link #render}).
     */
    public BufferedImage renderMap(Shown shown, MapFrame frame) {
        PictureSize size = frame.pictureSize();
        BufferedImage map = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = map.createGraphics();
        try {
            BasemapPainter.paint(g, offline, tiles, frame.screenView(), frame.pixelRatio(),
                    OfflineBasemap.Layers.WITHOUT_NAMES);
            BufferedImage layer = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_ARGB_PRE);
            int[] pixels = ((DataBufferInt) layer.getRaster().getDataBuffer()).getData();
            last = renderer.render(shown.index(), shown.window(), shown.mask(), frame.pictureView(),
                    frame.pixelRatio(), pixels);
            g.drawImage(layer, 0, 0, null);
            // Names over the symbols, as on a printed map: no symbol hides a place's name; the stacks' counts over
            // the names, so no name hides a count.
            BasemapPainter.paint(g, offline, tiles, frame.screenView(), frame.pixelRatio(),
                    OfflineBasemap.Layers.NAMES);
            if (tiles == null) {
                java.util.Arrays.fill(pixels, 0);
                renderer.paintCounts(pixels, size.width(), size.height(), frame.pixelRatio());
                g.drawImage(layer, 0, 0, null);
            }
            layer.flush();
        } finally {
            g.dispose();
        }
        return map;
    }
}

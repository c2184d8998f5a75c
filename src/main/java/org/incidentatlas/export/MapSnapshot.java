package org.incidentatlas.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.render.AreaKey;
import org.incidentatlas.render.BasemapPainter;
import org.incidentatlas.render.IncidentRenderer;
import org.incidentatlas.render.LegendPainter;
import org.incidentatlas.render.MapFonts;
import org.incidentatlas.render.ScaleBar;
import org.incidentatlas.render.ColourKey;
import org.incidentatlas.render.SizeBy;
import org.incidentatlas.render.TileSource;
import org.incidentatlas.render.basemap.OfflineBasemap;

/**
 * Composes a map picture off screen, with no JavaFX: the basemap and the incidents drawn by the same renderers as the
 * window's map, at the picture's own resolution (not a screen grab), then the title with the date window, the filters
 * and the counts, the legend, a scale bar and the credits of basemap and data. Keeps the incident renderer's scratch
 * buffers between pictures (an animation): one instance per export, used from one thread.
 */
public final class MapSnapshot {
    private static final double MARGIN = 10;
    private static final Color PANEL = new Color(255, 255, 255, 215);
    private static final Color INK = new Color(0x20, 0x20, 0x20);
    private static final Color SOFT_INK = new Color(0x45, 0x45, 0x45);

    private final OfflineBasemap offline;
    private final TileSource tiles;
    private final IncidentRenderer renderer = new IncidentRenderer();

    /** What the last picture showed. */
    private IncidentRenderer.Frame last = IncidentRenderer.Frame.NONE;

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

    /** Draws the picture: map, incidents, then title, legend, scale bar and credits, as an opaque RGB image. */
    public BufferedImage render(Shown shown, MapFrame frame, Captions captions) {
        PictureSize size = frame.pictureSize();
        BufferedImage picture = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        try {
            BasemapPainter.paint(g, offline, tiles, frame.screenView(), frame.pixelRatio());
            BufferedImage layer = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_ARGB_PRE);
            int[] pixels = ((DataBufferInt) layer.getRaster().getDataBuffer()).getData();
            last = renderer.render(shown.index(), shown.window(), shown.mask(), frame.pictureView(),
                    frame.pixelRatio(), pixels);
            g.drawImage(layer, 0, 0, null);
            layer.flush();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(frame.pixelRatio(), frame.pixelRatio());
            double w = frame.width();
            double h = frame.height();
            double titleBottom = paintTitle(g, captions, w);
            LegendPainter.paint(g, MARGIN, titleBottom + 8, last);
            ScaleBar.fit(frame.screenView(), Math.min(160, w / 4)).paint(g, MARGIN, h - MARGIN);
            paintCredits(g, captions.attribution(), w, h);
        } finally {
            g.dispose();
        }
        return picture;
    }

    /** The title block at the top left; returns its bottom edge. */
    private static double paintTitle(Graphics2D g, Captions captions, double viewWidth) {
        Font titleFont = MapFonts.latin(16f, true);
        Font lineFont = MapFonts.latin(12f, false);
        FontMetrics tm = g.getFontMetrics(titleFont);
        FontMetrics lm = g.getFontMetrics(lineFont);
        double maxText = Math.max(120, viewWidth * 0.6 - 2 * MARGIN);
        List<String> title = captions.title().isEmpty() ? List.of() : wrap(captions.title(), tm, maxText);
        List<String> lines = new ArrayList<>();
        for (String line : captions.lines()) {
            lines.addAll(wrap(line, lm, maxText));
        }
        double width = 0;
        for (String t : title) {
            width = Math.max(width, tm.stringWidth(t));
        }
        for (String l : lines) {
            width = Math.max(width, lm.stringWidth(l));
        }
        double pad = 8;
        double height = title.size() * tm.getHeight() + lines.size() * lm.getHeight() + 2 * pad
                + (title.isEmpty() ? 0 : 3);
        g.setColor(PANEL);
        g.fill(new RoundRectangle2D.Double(MARGIN, MARGIN, width + 2 * pad, height, 8, 8));
        double y = MARGIN + pad;
        g.setColor(INK);
        g.setFont(titleFont);
        for (String t : title) {
            MapFonts.draw(g, t, (float) (MARGIN + pad), (float) (y + tm.getAscent()), 16f, true);
            y += tm.getHeight();
        }
        y += title.isEmpty() ? 0 : 3;
        g.setFont(lineFont);
        g.setColor(SOFT_INK);
        for (String l : lines) {
            MapFonts.draw(g, l, (float) (MARGIN + pad), (float) (y + lm.getAscent()), 12f, false);
            y += lm.getHeight();
        }
        return MARGIN + height;
    }

    /** The credits at the bottom right, wrapped to at most half the view's width. */
    private static void paintCredits(Graphics2D g, String credits, double w, double h) {
        Font font = MapFonts.latin(10f, false);
        FontMetrics fm = g.getFontMetrics(font);
        List<String> lines = wrap(credits, fm, Math.max(150, w * 0.5));
        double width = 0;
        for (String l : lines) {
            width = Math.max(width, fm.stringWidth(l));
        }
        double pad = 4;
        double height = lines.size() * fm.getHeight() + 2 * pad;
        double left = w - width - 2 * pad;
        double top = h - height;
        g.setColor(PANEL);
        g.fill(new RoundRectangle2D.Double(left, top, width + 2 * pad, height + 6, 6, 6));
        g.setColor(INK);
        g.setFont(font);
        double y = top + pad;
        for (String l : lines) {
            MapFonts.draw(g, l, (float) (left + pad), (float) (y + fm.getAscent()), 10f, false);
            y += fm.getHeight();
        }
    }

    /** Breaks text into lines of at most {@code max} pixels, at spaces (a word longer than that gets a line). */
    static List<String> wrap(String text, FontMetrics fm, double max) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && fm.stringWidth(line + " " + word) > max) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}

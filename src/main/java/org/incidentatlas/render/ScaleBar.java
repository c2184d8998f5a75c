package org.incidentatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Locale;
import org.incidentatlas.domain.WebMercator;

/**
 * A scale bar for a Web Mercator view: a round length (1, 2 or 5 times a power of ten, in metres or kilometres) and
 * how many screen pixels it spans at the view's centre latitude. Mercator stretches distances away from the equator,
 * so the bar is true at that latitude only; it says so.
 *
 * @param metres    the length the bar stands for
 * @param pixels    its length in screen pixels
 * @param latitude  the latitude at which it is true
 */
public record ScaleBar(double metres, double pixels, double latitude) {
    /** WGS 84 equatorial radius, the sphere of Web Mercator. */
    private static final double EARTH_RADIUS_M = 6_378_137;
    private static final double PAD = 6;

    /** Ground metres per screen pixel at a latitude, for a view of {@code scale} screen pixels per world unit. */
    public static double metresPerPixel(double latitude, double scale) {
        double worldMetres = 2 * Math.PI * EARTH_RADIUS_M * Math.cos(Math.toRadians(latitude));
        return worldMetres / (WebMercator.WORLD_SIZE * scale);
    }

    /** The longest round length that spans at most {@code maxPixels} at the centre of the view. */
    public static ScaleBar fit(Viewport view, double maxPixels) {
        double latitude = WebMercator.latitude(view.worldY(view.height() / 2.0));
        double perPixel = metresPerPixel(latitude, view.scale());
        double most = maxPixels * perPixel;
        double power = Math.pow(10, Math.floor(Math.log10(most)));
        double metres = power;
        for (double step : new double[] {2, 5, 10}) {
            if (power * step <= most) {
                metres = power * step;
            }
        }
        return new ScaleBar(metres, metres / perPixel, latitude);
    }

    /** "50 km", "200 m". */
    public String label() {
        return metres >= 1000 ? String.format(Locale.ROOT, "%,.0f km", metres / 1000)
                : String.format(Locale.ROOT, "%.0f m", metres);
    }

    /** "true at 33.3° N". */
    public String note() {
        return String.format(Locale.ROOT, "true at %.1f° %s", Math.abs(latitude), latitude >= 0 ? "N" : "S");
    }

    /** The bar as a block of a picture's key, measured with {@code g}'s fonts. */
    public LegendBlock block(Graphics2D g) {
        FontMetrics fm = g.getFontMetrics(MapFonts.latin(11f, false));
        FontMetrics sm = g.getFontMetrics(MapFonts.latin(9f, false));
        double width = Math.max(pixels, Math.max(fm.stringWidth(label()), sm.stringWidth(note()))) + 2 * PAD;
        double height = fm.getHeight() + sm.getHeight() + 8 + 2 * PAD;
        return LegendBlock.of(width, height, (on, x, y) -> paint(on, x - PAD, y + height));
    }

    /**
     * Paints the bar on a light panel with its lower-left corner at ({@code x}, {@code bottom}), in screen pixels
     * ({@code g} scaled for larger pictures); returns the panel's width.
     */
    public double paint(Graphics2D g, double x, double bottom) {
        Graphics2D s = (Graphics2D) g.create();
        try {
            s.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            s.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font font = MapFonts.latin(11f, false);
            Font small = font.deriveFont(9f);
            FontMetrics fm = s.getFontMetrics(font);
            FontMetrics sm = s.getFontMetrics(small);
            double pad = PAD;
            double width = Math.max(pixels, Math.max(fm.stringWidth(label()), sm.stringWidth(note()))) + 2 * pad;
            double height = fm.getHeight() + sm.getHeight() + 8 + 2 * pad;
            double top = bottom - height;
            s.setColor(new Color(255, 255, 255, 215));
            s.fill(new RoundRectangle2D.Double(x, top, width, height, 6, 6));
            s.setColor(new Color(0x20, 0x20, 0x20));
            s.setFont(font);
            s.drawString(label(), (float) (x + pad), (float) (top + pad + fm.getAscent()));
            double barY = top + pad + fm.getHeight() + 5;
            s.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            s.draw(new Line2D.Double(x + pad, barY, x + pad + pixels, barY));
            s.draw(new Line2D.Double(x + pad, barY - 4, x + pad, barY + 1));
            s.draw(new Line2D.Double(x + pad + pixels, barY - 4, x + pad + pixels, barY + 1));
            s.setFont(small);
            s.setColor(new Color(0x50, 0x50, 0x50));
            s.drawString(note(), (float) (x + pad), (float) (barY + 3 + sm.getAscent()));
            return width;
        } finally {
            s.dispose();
        }
    }
}

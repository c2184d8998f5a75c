package org.incidentatlas.render.basemap;

import java.awt.BasicStroke;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.geom.Path2D;
import java.util.EnumMap;
import java.util.Map;
import org.incidentatlas.render.MapFonts;

/**
 * Makes {@link Label}s: one style per kind of label, glyph outlines laid out once in the bundled fonts (Arabic names
 * shaped and ordered right to left).
 */
final class LabelMaker {
    /** Width of the light band drawn around label text. */
    private static final BasicStroke HALO = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private final FontRenderContext frc = new FontRenderContext(null, true, true);
    private final Map<Label.Kind, Style> styles = new EnumMap<>(Label.Kind.class);

    /** Size, weight and extra attributes of one kind of label. */
    private record Style(float size, boolean bold, Map<TextAttribute, Object> extra) {
    }

    LabelMaker() {
        styles.put(Label.Kind.COUNTRY, style(12f, true, 0.15f, false));
        styles.put(Label.Kind.GOVERNORATE, style(10.5f, false, 0.12f, false));
        styles.put(Label.Kind.DISTRICT, style(10f, false, 0f, true));
        styles.put(Label.Kind.SUBDISTRICT, style(9f, false, 0f, true));
        styles.put(Label.Kind.CAPITAL, style(13f, true, 0f, false));
        styles.put(Label.Kind.CITY, style(11.5f, false, 0f, false));
        styles.put(Label.Kind.WATER, style(10f, false, 0.1f, true));
    }

    private static Style style(float size, boolean bold, float tracking, boolean italic) {
        Map<TextAttribute, Object> extra = new java.util.HashMap<>();
        if (tracking != 0) {
            extra.put(TextAttribute.TRACKING, tracking);
        }
        if (italic) {
            extra.put(TextAttribute.POSTURE, TextAttribute.POSTURE_OBLIQUE);
        }
        return new Style(size, bold, Map.copyOf(extra));
    }

    Label label(String text, Label.Kind kind, double[] at, int minZoom, int maxZoom, double rank) {
        Style s = styles.get(kind);
        var glyphs = MapFonts.layout(text, s.size(), s.bold(), s.extra(), frc).getOutline(null);
        var halo = HALO.createStrokedShape(glyphs);
        boolean point = kind == Label.Kind.CAPITAL || kind == Label.Kind.CITY;
        return new Label(text, glyphs, new Path2D.Float(halo), kind, at[0], at[1], minZoom, maxZoom, rank, point);
    }
}

package org.incidentatlas.render.basemap;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Path2D;
import java.util.EnumMap;
import java.util.Map;

/** Makes {@link Label}s: one font per kind of label, glyph outlines laid out once. */
final class LabelMaker {
    /** Width of the light band drawn around label text. */
    private static final BasicStroke HALO = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private final FontRenderContext frc = new FontRenderContext(null, true, true);
    private final Map<Label.Kind, Font> fonts = new EnumMap<>(Label.Kind.class);

    LabelMaker() {
        fonts.put(Label.Kind.COUNTRY, font(Font.BOLD, 12f, 0.15f, false));
        fonts.put(Label.Kind.GOVERNORATE, font(Font.PLAIN, 10.5f, 0.12f, false));
        fonts.put(Label.Kind.DISTRICT, font(Font.PLAIN, 10f, 0f, true));
        fonts.put(Label.Kind.CAPITAL, font(Font.BOLD, 13f, 0f, false));
        fonts.put(Label.Kind.CITY, font(Font.PLAIN, 11.5f, 0f, false));
    }

    private static Font font(int style, float size, float tracking, boolean italic) {
        Map<TextAttribute, Object> attributes = new java.util.HashMap<>();
        attributes.put(TextAttribute.FAMILY, Font.SANS_SERIF);
        attributes.put(TextAttribute.SIZE, size);
        attributes.put(TextAttribute.WEIGHT, style == Font.BOLD ? TextAttribute.WEIGHT_BOLD
                : TextAttribute.WEIGHT_REGULAR);
        attributes.put(TextAttribute.POSTURE, italic ? TextAttribute.POSTURE_OBLIQUE : TextAttribute.POSTURE_REGULAR);
        attributes.put(TextAttribute.TRACKING, tracking);
        return Font.getFont(attributes);
    }

    Label label(String text, Label.Kind kind, double[] at, int minZoom, int maxZoom, double rank) {
        var glyphs = new TextLayout(text.isEmpty() ? " " : text, fonts.get(kind), frc).getOutline(null);
        var halo = HALO.createStrokedShape(glyphs);
        boolean point = kind == Label.Kind.CAPITAL || kind == Label.Kind.CITY;
        return new Label(text, glyphs, new Path2D.Float(halo), kind, at[0], at[1], minZoom, maxZoom, rank, point);
    }
}

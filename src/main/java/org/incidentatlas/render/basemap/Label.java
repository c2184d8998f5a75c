package org.incidentatlas.render.basemap;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;

/**
 * A name that may appear on the map: its glyph outline (made once, so tiles only fill a ready shape), where it is
 * anchored in world units, the zooms it shows at, and its rank (lower is placed first and wins collisions).
 *
 * @param text     the name
 * @param glyphs   the text's outline with its baseline origin at (0, 0)
 * @param halo     the band around the glyphs that keeps them legible over lines, made once
 * @param kind     what it names, which sets its colour
 * @param x        anchor, world x
 * @param y        anchor, world y
 * @param minZoom  first zoom it shows at
 * @param maxZoom  last zoom it shows at
 * @param rank     placement order; lower first
 * @param point    true for a place with a dot (the label goes beside it), false for an area (centred)
 */
record Label(String text, Shape glyphs, Shape halo, Kind kind, double x, double y, int minZoom, int maxZoom,
        double rank, boolean point) {
    /** What a label names. */
    enum Kind { COUNTRY, GOVERNORATE, DISTRICT, SUBDISTRICT, CAPITAL, CITY, WATER }

    Rectangle2D bounds() {
        return glyphs.getBounds2D();
    }

    boolean showsAt(int zoom) {
        return zoom >= minZoom && zoom <= maxZoom;
    }
}

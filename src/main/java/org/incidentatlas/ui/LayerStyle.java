package org.incidentatlas.ui;

import java.util.function.Supplier;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.map.IncidentLayer;
import org.incidentatlas.render.AreaKey;
import org.incidentatlas.render.AreaStyle;
import org.incidentatlas.render.ColourBy;
import org.incidentatlas.render.ColourKey;

/**
 * How the window's incident layer draws, as chosen in the View menu or by a saved view, kept for the incidents of every
 * later import: what symbol colours say, and symbols or a choropleth (level, measure, classing). The layer's keys are
 * made again for each new index from the filter codes; until those are loaded the type of violence colours the
 * symbols and no choropleth is drawn.
 */
final class LayerStyle {
    private final IncidentLayer layer;
    private final Supplier<FilterCodes> codes;
    private ColourBy colourBy = ColourBy.TYPE;
    private AreaStyle areas = AreaStyle.SYMBOLS;

    /** @param codes the filter codes of the incidents shown, or null before they are loaded */
    LayerStyle(IncidentLayer layer, Supplier<FilterCodes> codes) {
        this.layer = layer;
        this.codes = codes;
    }

    /** Gives the layer keys made for the incidents it shows now (after new incidents or filter codes). */
    void restyle() {
        layer.setColours(colourKey(layer.index()));
        layer.setAreas(areaKey(layer.index()));
    }

    void setColourBy(ColourBy by) {
        colourBy = by;
        layer.setColours(colourKey(layer.index()));
    }

    ColourBy colourBy() {
        return colourBy;
    }

    void setAreas(AreaStyle style) {
        areas = style;
        layer.setAreas(areaKey(layer.index()));
    }

    AreaStyle areas() {
        return areas;
    }

    private AreaKey areaKey(TimeIndex index) {
        FilterCodes known = codes.get();
        return !areas.fillsAreas() || known == null ? null : AreaKey.of(areas, index, known);
    }

    private ColourKey colourKey(TimeIndex index) {
        FilterCodes known = codes.get();
        if (colourBy == ColourBy.CATEGORY && known == null) {
            return ColourKey.TYPES;
        }
        return ColourKey.of(colourBy, index, known);
    }
}

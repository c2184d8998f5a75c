package org.incidentatlas.render;

/**
 * How the map fills areas: the level ({@link MapMode#SYMBOLS} fills none), what an area's value counts and how the
 * classes of those values are cut. The three are chosen together (the View menu, a saved view, {@code --map}) and a
 * choropleth's key and legend say all three.
 *
 * @param mode     symbols, or the administrative level whose areas are filled
 * @param measure  what an area's value counts: its incidents or their best deaths
 * @param classing how the values are cut into classes
 */
public record AreaStyle(MapMode mode, SizeBy measure, Classing classing) {
    /** Symbols; a choropleth chosen later counts incidents in quantiles: the window's start. */
    public static final AreaStyle SYMBOLS = new AreaStyle(MapMode.SYMBOLS, SizeBy.INCIDENTS, Classing.QUANTILES);

    public AreaStyle {
        if (mode == null || measure == null || classing == null) {
            throw new IllegalArgumentException("an area style needs a mode, a measure and a classing");
        }
    }

    /** Whether areas are filled (a choropleth) rather than symbols drawn. */
    public boolean fillsAreas() {
        return mode != MapMode.SYMBOLS;
    }
}

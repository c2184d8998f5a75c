package org.incidentatlas.export;

import java.util.Locale;
import java.util.function.Function;
import org.incidentatlas.render.AreaStyle;
import org.incidentatlas.render.Classing;
import org.incidentatlas.render.ColourBy;
import org.incidentatlas.render.MapMode;
import org.incidentatlas.render.SizeBy;

/**
 * How a saved view draws its incidents, by the words the command line uses: the map mode (symbols, or a choropleth
 * by governorate, district or sub-district), what a choropleth counts and how its classes are cut, what symbol
 * colours say and what symbol sizes stand for. A view file without it (written before it was kept) reads as the
 * defaults; a word that is none of the choices is refused naming its field.
 *
 * @param mapMode  {@code symbols}, {@code governorate}, {@code district} or {@code subdistrict}
 * @param measure  what a choropleth counts: {@code incidents} or {@code deaths}
 * @param classes  how a choropleth's classes are cut: {@code quantiles} or {@code jenks}
 * @param colourBy what symbol colours say: {@code type}, {@code category} or {@code dataset}
 * @param sizeBy   what symbol areas stand for: {@code deaths} or {@code incidents}
 */
public record ViewStyle(String mapMode, String measure, String classes, String colourBy, String sizeBy) {
    /** Symbols by deaths, coloured by type of violence (choropleths by incidents and quantiles): the window's start. */
    public static final ViewStyle DEFAULT = of(MapMode.SYMBOLS, SizeBy.INCIDENTS, Classing.QUANTILES, ColourBy.TYPE,
            SizeBy.DEATHS);

    /** @throws IllegalArgumentException naming the field whose word is none of its choices */
    public ViewStyle {
        mapMode = word(mapMode, "symbols");
        measure = word(measure, "incidents");
        classes = word(classes, "quantiles");
        colourBy = word(colourBy, "type");
        sizeBy = word(sizeBy, "deaths");
        mode(mapMode);
        size("style.measure", measure);
        checked("style.classes", classes, "quantiles or jenks", Classing::of);
        checked("style.colourBy", colourBy, "type, category or dataset", ColourBy::of);
        size("style.sizeBy", sizeBy);
    }

    /** The style of these choices. */
    public static ViewStyle of(MapMode mode, SizeBy measure, Classing classes, ColourBy colourBy, SizeBy sizeBy) {
        return new ViewStyle(mode.word(), measure.word(), classes.word(), colourBy.word(), sizeBy.word());
    }

    /** The map mode. */
    public MapMode mode() {
        return mode(mapMode);
    }

    /** What a choropleth counts. */
    public SizeBy areaMeasure() {
        return SizeBy.of(measure);
    }

    /** How a choropleth's classes are cut. */
    public Classing classing() {
        return Classing.of(classes);
    }

    /** Symbols or a choropleth, with what it counts and how its classes are cut. */
    public AreaStyle areaStyle() {
        return new AreaStyle(mode(), areaMeasure(), classing());
    }

    /** What symbol colours say. */
    public ColourBy colours() {
        return ColourBy.of(colourBy);
    }

    /** What symbol areas stand for. */
    public SizeBy symbolSize() {
        return SizeBy.of(sizeBy);
    }

    private static String word(String text, String otherwise) {
        return text == null ? otherwise : text.strip().toLowerCase(Locale.ROOT);
    }

    private static MapMode mode(String word) {
        if (MapMode.SYMBOLS.word().equals(word)) {
            return MapMode.SYMBOLS;
        }
        return checked("style.mapMode", word, "symbols, governorate, district or subdistrict",
                MapMode::choropleth);
    }

    private static void size(String field, String word) {
        checked(field, word, "deaths or incidents", SizeBy::of);
    }

    private static <T> T checked(String field, String word, String choices, Function<String, T> choice) {
        try {
            return choice.apply(word);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be " + choices + " (was '" + word + "')", e);
        }
    }
}

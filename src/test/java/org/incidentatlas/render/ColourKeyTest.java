package org.incidentatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.domain.IncidentFacts;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentIndex;
import org.incidentatlas.index.IncidentMask;
import org.junit.jupiter.api.Test;

/** Symbols coloured by type of violence, common category or dataset, and the legend saying which colour is which. */
class ColourKeyTest {
    private static final DateWindow ALL = new DateWindow(Integer.MIN_VALUE, Integer.MAX_VALUE);
    private static final int SIDE = 200;

    /** Two incidents far apart: a GED state-based clash in Baghdad, an ACLED riot (not coded by UCDP) in Basra. */
    private static IncidentIndex twoDatasets() {
        IncidentIndex.Builder b = IncidentIndex.builder(AdminBoundaries.bundled());
        LocalDate day = LocalDate.of(2019, 10, 1);
        b.accept(new IncidentFacts(1, "ucdp-ged", "1", day, day, 1, "Baghdad", null, null, 33.3, 44.4, 1,
                "Government of Iraq", "IS", 1, 40, 40, 40, 1, "", 1, null, null));
        b.accept(new IncidentFacts(2, "acled", "IRQ1", day, day, 1, "Basra", null, null, 30.5, 47.8, 1,
                "Protesters (Iraq)", null, 0, 30, 30, 30, 1, "", 4, "Protests", "Violent demonstration"));
        return b.build();
    }

    /** The colour of the pixel at the centre of the symbol of a place, drawn with a key. */
    private static int centre(IncidentIndex index, ColourKey key, double lat, double lon) {
        IncidentRenderer r = new IncidentRenderer();
        r.setColours(key);
        Viewport view = Viewport.centredOn(lat, lon, 6, SIDE, SIDE);
        int[] pixels = new int[SIDE * SIDE];
        IncidentRenderer.Frame frame = r.render(index.points(), ALL, IncidentMask.ALL, view, pixels);
        assertEquals(key, frame.colours(), "the frame says which key it was drawn with");
        return pixels[SIDE / 2 * SIDE + SIDE / 2];
    }

    /** The hue of a premultiplied pixel as its dominant channels, enough to tell the palette's colours apart. */
    private static int rgb(int premultiplied) {
        int a = premultiplied >>> 24;
        int r = (premultiplied >> 16 & 0xFF) * 255 / a;
        int g = (premultiplied >> 8 & 0xFF) * 255 / a;
        int b = (premultiplied & 0xFF) * 255 / a;
        return r << 16 | g << 8 | b;
    }

    private static int distance(int rgb, int argb) {
        return Math.abs((rgb >> 16 & 0xFF) - (argb >> 16 & 0xFF)) + Math.abs((rgb >> 8 & 0xFF) - (argb >> 8 & 0xFF))
                + Math.abs((rgb & 0xFF) - (argb & 0xFF));
    }

    @Test
    void byDatasetEachDatasetHasItsColourAndTheLegendNamesThem() {
        IncidentIndex index = twoDatasets();
        ColourKey key = ColourKey.of(ColourBy.DATASET, index.points(), index.codes());
        List<String> names = key.names();
        assertEquals(2, names.size());
        assertTrue(names.containsAll(List.of("ucdp-ged", "acled")), names.toString());
        int ged = rgb(centre(index, key, 33.3, 44.4));
        int acled = rgb(centre(index, key, 30.5, 47.8));
        assertEquals(key.colour(names.indexOf("ucdp-ged")) & 0xFFFFFF, nearest(ged, key));
        assertEquals(key.colour(names.indexOf("acled")) & 0xFFFFFF, nearest(acled, key));
        assertNotEquals(nearest(ged, key), nearest(acled, key));

        IncidentRenderer.Frame frame = new IncidentRenderer.Frame(2, false, 2, 5, false, SizeBy.DEATHS, 6, key);
        List<String> lines = LegendPainter.lines(frame);
        assertEquals("Dataset", lines.get(0));
        assertEquals(names, lines.subList(1, 3));
    }

    @Test
    void byCategoryTheProtestIsAProtestAndTheClashAClash() {
        IncidentIndex index = twoDatasets();
        ColourKey key = ColourKey.of(ColourBy.CATEGORY, index.points(), index.codes());
        assertEquals(List.of("armed clash", "bombing/explosion", "attack on civilians", "protest/riot",
                "strategic development/other"), key.names());
        assertEquals(key.colour(0) & 0xFFFFFF, nearest(rgb(centre(index, key, 33.3, 44.4)), key));
        assertEquals(key.colour(3) & 0xFFFFFF, nearest(rgb(centre(index, key, 30.5, 47.8)), key));
        assertThrows(IllegalArgumentException.class, () -> ColourKey.of(ColourBy.CATEGORY, index.points(), null));
    }

    @Test
    void byTypeTheRecordWithoutAUcdpTypeIsDrawnAsNotCoded() {
        IncidentIndex index = twoDatasets();
        ColourKey key = ColourKey.of(ColourBy.TYPE, index.points(), index.codes());
        assertEquals(List.of("state-based", "non-state", "one-sided", "not coded"), key.names());
        assertEquals(key.colour(0) & 0xFFFFFF, nearest(rgb(centre(index, key, 33.3, 44.4)), key));
        assertEquals(key.colour(3) & 0xFFFFFF, nearest(rgb(centre(index, key, 30.5, 47.8)), key));
    }

    @Test
    void aKeyMadeForOtherIncidentsIsNotUsed() {
        IncidentIndex index = twoDatasets();
        IncidentIndex.Builder b = IncidentIndex.builder(AdminBoundaries.bundled());
        LocalDate day = LocalDate.of(2019, 10, 1);
        b.accept(new IncidentFacts(1, "acled", "9", day, day, 1, null, null, null, 33.3, 44.4, 1, "A", null, 1, 5,
                5, 5, 1, "", 1, null, null));
        ColourKey other = ColourKey.of(ColourBy.DATASET, b.build().points(), null);
        IncidentRenderer r = new IncidentRenderer();
        r.setColours(other);
        IncidentRenderer.Frame frame = r.render(index.points(), ALL, IncidentMask.ALL,
                Viewport.centredOn(33.3, 44.4, 6, SIDE, SIDE), new int[SIDE * SIDE]);
        assertEquals(ColourKey.TYPES, frame.colours());
        assertEquals(ColourBy.DATASET, ColourBy.of(" Dataset "));
        assertThrows(IllegalArgumentException.class, () -> ColourBy.of("colour"));
    }

    /** The key's colour nearest to a drawn colour (the fill is blended with its rim and anti-aliasing). */
    private static int nearest(int rgb, ColourKey key) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < key.names().size(); k++) {
            int d = distance(rgb, key.colour(k));
            if (d < bestDistance) {
                bestDistance = d;
                best = key.colour(k) & 0xFFFFFF;
            }
        }
        return best;
    }
}

package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.WindowMode;
import org.incidentatlas.render.Classing;
import org.incidentatlas.render.ColourBy;
import org.incidentatlas.render.MapMode;
import org.incidentatlas.render.SizeBy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved view keeps the map mode, what colours say and what sizes stand for. */
class ViewStyleTest {
    private static final String HEAD = "{\"format\":\"incident-atlas-view\",\"version\":%d,"
            + "\"window\":{\"from\":\"2016-10-01\",\"to\":\"2017-07-31\",\"mode\":\"MOVING\"},"
            + "\"map\":{\"latitude\":36.34,\"longitude\":43.13,\"zoom\":9.0}";

    @TempDir
    Path dir;

    @Test
    void aViewRoundTripsItsMapModeColourAndSize() throws IOException {
        ViewStyle style = ViewStyle.of(MapMode.SUBDISTRICT, SizeBy.DEATHS, Classing.JENKS, ColourBy.CATEGORY,
                SizeBy.INCIDENTS);
        SavedView view = SavedView.of("Mosul", new SavedView.Window(LocalDate.parse("2016-10-01"),
                LocalDate.parse("2017-07-31"), WindowMode.MOVING), IncidentFilter.NONE,
                new SavedView.MapArea(36.34, 43.13, 9), SavedView.Basemap.OFFLINE, null, style);
        Path file = dir.resolve("m" + SavedView.EXTENSION);
        view.write(file);
        String json = Files.readString(file);
        assertTrue(json.contains("\"mapMode\" : \"subdistrict\"") && json.contains("\"colourBy\" : \"category\"")
                && json.contains("\"version\" : 2"), json);
        SavedView back = SavedView.read(file);
        assertEquals(view, back);
        assertEquals(MapMode.SUBDISTRICT, back.style().mode());
        assertEquals(SizeBy.DEATHS, back.style().areaMeasure());
        assertEquals(Classing.JENKS, back.style().classing());
        assertEquals(ColourBy.CATEGORY, back.style().colours());
        assertEquals(SizeBy.INCIDENTS, back.style().symbolSize());
    }

    @Test
    void aViewFileWrittenBeforeTheStyleWasKeptReadsAsSymbolsByDeathsColouredByType() throws IOException {
        SavedView old = SavedView.read(Files.writeString(dir.resolve("old.iaview"), String.format(HEAD, 1) + "}"));
        assertEquals(ViewStyle.DEFAULT, old.style());
        assertEquals(MapMode.SYMBOLS, old.style().mode());
        assertEquals(SizeBy.DEATHS, old.style().symbolSize());
        assertEquals(ColourBy.TYPE, old.style().colours());
        SavedView some = SavedView.read(Files.writeString(dir.resolve("some.iaview"), String.format(HEAD, 2)
                + ",\"style\":{\"mapMode\":\"Governorate\"}}"));
        assertEquals(new ViewStyle("governorate", "incidents", "quantiles", "type", "deaths"), some.style(),
                "fields left out take their defaults; words in any case");
    }

    @Test
    void aWordThatIsNoChoiceIsRefusedNamingTheFileAndTheField() throws IOException {
        String[][] bad = {
            {"mapMode", "hexbins", "style.mapMode must be symbols, governorate, district or subdistrict"},
            {"measure", "wounded", "style.measure must be deaths or incidents"},
            {"classes", "equal", "style.classes must be quantiles or jenks"},
            {"colourBy", "<b>actor</b>", "style.colourBy must be type, category or dataset"},
            {"sizeBy", "", "style.sizeBy must be deaths or incidents"},
        };
        for (String[] b : bad) {
            Path file = Files.writeString(dir.resolve(b[0] + ".iaview"), String.format(HEAD, 2) + ",\n\"style\":{\""
                    + b[0] + "\":\"" + b[1] + "\"}}");
            IOException e = assertThrows(IOException.class, () -> SavedView.read(file));
            assertTrue(e.getMessage().contains(b[0] + ".iaview") && e.getMessage().contains("line 2")
                    && e.getMessage().contains(b[2] + " (was '" + b[1] + "')"), e.getMessage());
        }
        Path number = Files.writeString(dir.resolve("n.iaview"), String.format(HEAD, 2)
                + ",\"style\":{\"sizeBy\":[1]}}");
        IOException n = assertThrows(IOException.class, () -> SavedView.read(number));
        assertTrue(n.getMessage().contains("style.sizeBy"), n.getMessage());
        Path unknown = Files.writeString(dir.resolve("u.iaview"), String.format(HEAD, 2)
                + ",\"style\":{\"opacity\":\"0.5\"}}");
        IOException u = assertThrows(IOException.class, () -> SavedView.read(unknown));
        assertTrue(u.getMessage().contains("opacity"), u.getMessage());
        Path future = Files.writeString(dir.resolve("f.iaview"), String.format(HEAD, 3) + "}");
        IOException f = assertThrows(IOException.class, () -> SavedView.read(future));
        assertTrue(f.getMessage().contains("version 3 is not supported"), f.getMessage());
    }
}

package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.ViolenceType;
import org.incidentatlas.index.BinUnit;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.WindowMode;
import org.incidentatlas.render.BasemapKind;
import org.incidentatlas.index.WindowTotals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybackAndViewTest {
    @TempDir
    Path dir;

    private static DateWindow days(String from, String to) {
        return DateWindow.of(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void movingWindowStepsByCalendarMonthAndTheLastFrameEndsOnTheLastDay() {
        Playback p = new Playback(LocalDate.parse("2016-10-01"), LocalDate.parse("2017-01-15"), 30,
                WindowMode.MOVING, BinUnit.MONTH, Playback.MAX_FRAMES);
        assertEquals(List.of(days("2016-10-01", "2016-10-30"), days("2016-11-01", "2016-11-30"),
                days("2016-12-01", "2016-12-30"), days("2016-12-17", "2017-01-15")), p.windows());
    }

    @Test
    void cumulativeWindowKeepsEverythingUpToEachEnd() {
        Playback p = new Playback(LocalDate.parse("2014-01-01"), LocalDate.parse("2014-01-20"), 7,
                WindowMode.CUMULATIVE, BinUnit.WEEK, Playback.MAX_FRAMES);
        List<DateWindow> w = p.windows();
        assertEquals(3, w.size());
        assertTrue(w.stream().allMatch(DateWindow::cumulative));
        assertEquals(List.of(LocalDate.parse("2014-01-07"), LocalDate.parse("2014-01-14"),
                LocalDate.parse("2014-01-20")), w.stream().map(DateWindow::toDate).toList());
    }

    @Test
    void framesCapTheCountAndBadLengthsAreRefused() {
        Playback p = new Playback(LocalDate.parse("2010-01-01"), LocalDate.parse("2019-12-31"), 1,
                WindowMode.MOVING, BinUnit.DAY, 12);
        assertEquals(12, p.windows().size());
        assertEquals(30, Playback.parseDays("30d"));
        assertEquals(14, Playback.parseDays("2w"));
        assertEquals(180, Playback.parseDays("6m"));
        assertEquals(365, Playback.parseDays("1y"));
        assertEquals(45, Playback.parseDays("45"));
        assertThrows(IllegalArgumentException.class, () -> Playback.parseDays("0d"));
        assertThrows(IllegalArgumentException.class, () -> Playback.parseDays("a month"));
        assertThrows(IllegalArgumentException.class, () -> new Playback(LocalDate.parse("2019-01-02"),
                LocalDate.parse("2019-01-01"), 1, WindowMode.MOVING, BinUnit.DAY, 1));
    }

    @Test
    void savedViewRoundTripsEveryPart() throws IOException {
        IncidentFilter filter = IncidentFilter.builder().types(Set.of(ViolenceType.ONE_SIDED))
                .governorates(List.of("Ninewa")).minDeaths(5).worstDate(DatePrecision.WEEK).text("car bomb")
                .actors(Set.of("IS")).build();
        SavedView view = SavedView.of("Mosul, 2016–2017",
                new SavedView.Window(LocalDate.parse("2016-10-17"), LocalDate.parse("2017-07-20"),
                        WindowMode.CUMULATIVE), filter, new SavedView.MapArea(36.34, 43.13, 9.5),
                SavedView.Basemap.DARK, new PictureSize(1280, 800));
        Path file = dir.resolve("mosul" + SavedView.EXTENSION);
        view.write(file);
        SavedView back = SavedView.read(file);
        assertEquals(view, back);
        assertEquals(filter, back.filters().toFilter());
        assertEquals(DateWindow.until((int) LocalDate.parse("2017-07-20").toEpochDay()),
                back.window().dateWindow());
    }

    /** Earlier versions wrote the basemap's kind as lower-case text, or none at all: such files read as before. */
    @Test
    void viewFilesOfEarlierVersionsKeepTheirBasemap() throws IOException {
        String head = "{\"format\":\"incident-atlas-view\",\"version\":1,"
                + "\"window\":{\"from\":\"2014-01-01\",\"to\":\"2014-02-01\",\"mode\":\"MOVING\"},"
                + "\"map\":{\"latitude\":33.0,\"longitude\":44.0,\"zoom\":6.0},";
        SavedView dark = SavedView.read(Files.writeString(dir.resolve("dark.iaview"),
                head + "\"basemap\":{\"kind\":\"offline\",\"location\":\"\",\"dark\":true}}"));
        assertEquals(SavedView.Basemap.DARK, dark.basemap());
        SavedView online = SavedView.read(Files.writeString(dir.resolve("online.iaview"),
                head + "\"basemap\":{\"kind\":\"ONLINE\",\"location\":\"\",\"dark\":false}}"));
        assertEquals(BasemapKind.ONLINE, online.basemap().kind());
        SavedView none = SavedView.read(Files.writeString(dir.resolve("none.iaview"),
                head + "\"basemap\":{\"location\":\"\",\"dark\":false}}"));
        assertEquals(SavedView.Basemap.OFFLINE, none.basemap());
        SavedView tiles = SavedView.read(Files.writeString(dir.resolve("tiles.iaview"),
                head + "\"basemap\":{\"kind\":\"mbtiles\",\"location\":\"/maps/iraq.mbtiles\",\"dark\":false}}"));
        assertEquals(new SavedView.Basemap(BasemapKind.MBTILES, "/maps/iraq.mbtiles", false), tiles.basemap());
        assertTrue(tiles.toJson().contains("\"kind\":\"mbtiles\""), tiles.toJson());
        assertTrue(SavedView.of("t", dark.window(), IncidentFilter.NONE, dark.map(), SavedView.Basemap.OFFLINE, null)
                .toJson().contains("\"basemap\":{\"kind\":\"offline\",\"location\":\"\",\"dark\":false}"));
        IOException ftp = assertThrows(IOException.class, () -> SavedView.read(Files.writeString(
                dir.resolve("ftp.iaview"), head + "\"basemap\":{\"kind\":\"ftp\",\"dark\":false}}")));
        assertTrue(ftp.getMessage().contains("basemap.kind") && ftp.getMessage().contains(
                "basemap kind must be offline, mbtiles or online (was 'ftp')"), ftp.getMessage());
        IOException number = assertThrows(IOException.class, () -> SavedView.read(Files.writeString(
                dir.resolve("number.iaview"), head + "\"basemap\":{\"kind\":3,\"dark\":false}}")));
        assertTrue(number.getMessage().contains("basemap.kind"), number.getMessage());
    }

    @Test
    void aBadViewFileNamesTheFileAndTheProblem() throws IOException {
        Path wrongType = Files.writeString(dir.resolve("a.iaview"), "{\"format\":\"incident-atlas-view\","
                + "\"version\":1,\"window\":{\"from\":\"2014-01-01\",\"to\":\"2014-02-01\"},"
                + "\"map\":{\"latitude\":33,\"longitude\":44,\"zoom\":6},"
                + "\"filters\":{\"types\":[\"MASSACRE\"]}}");
        IOException e = assertThrows(IOException.class, () -> SavedView.read(wrongType));
        assertTrue(e.getMessage().contains("a.iaview") && e.getMessage().contains("MASSACRE"), e.getMessage());
        Path unknown = Files.writeString(dir.resolve("b.iaview"), "{\"format\":\"incident-atlas-view\","
                + "\"version\":1,\"window\":{\"from\":\"2014-01-01\",\"to\":\"2014-02-01\"},"
                + "\"map\":{\"latitude\":33,\"longitude\":44,\"zoom\":6},\n\"colour\":\"red\"}");
        IOException u = assertThrows(IOException.class, () -> SavedView.read(unknown));
        assertTrue(u.getMessage().contains("line 2") && u.getMessage().contains("colour"), u.getMessage());
        Path other = Files.writeString(dir.resolve("c.iaview"), "{\"format\":\"something-else\",\"version\":1}");
        IOException o = assertThrows(IOException.class, () -> SavedView.read(other));
        assertTrue(o.getMessage().contains("not an Incident Atlas view"), o.getMessage());
        Path backwards = Files.writeString(dir.resolve("d.iaview"), "{\"format\":\"incident-atlas-view\","
                + "\"version\":1,\"window\":{\"from\":\"2014-02-01\",\"to\":\"2014-01-01\"},"
                + "\"map\":{\"latitude\":33,\"longitude\":44,\"zoom\":6}}");
        IOException b = assertThrows(IOException.class, () -> SavedView.read(backwards));
        assertTrue(b.getMessage().contains("ends (2014-01-01) before it starts"), b.getMessage());
    }

    @Test
    void captionsSayTheWindowFiltersAndCountsInWords() {
        IncidentFilter f = IncidentFilter.builder().from(LocalDate.parse("2014-06-01"))
                .to(LocalDate.parse("2014-06-30")).governorates(List.of("Ninewa")).minDeaths(10).build();
        Captions same = Captions.of("T", days("2014-06-01", "2014-06-30"), f, new WindowTotals(19, 1063), "c");
        assertEquals("1 June 2014 – 30 June 2014", same.dates());
        assertEquals("Filters: governorate Ninewa; at least 10 deaths (best)", same.filters());
        assertEquals("19 incidents, 1,063 deaths (best)", same.counts());
        Captions wider = Captions.of("T", days("2014-06-10", "2014-06-10"), f, new WindowTotals(1, 1), "c");
        assertEquals("10 June 2014", wider.dates());
        assertTrue(wider.filters().startsWith("Filters: from 1 June 2014 to 30 June 2014;"), wider.filters());
        assertEquals("1 incident, 1 death (best)", wider.counts());
        assertEquals("Up to 30 June 2014 (cumulative)", Captions.dates(DateWindow.until(
                (int) LocalDate.parse("2014-06-30").toEpochDay())));
        assertEquals("No filters", Captions.filters(IncidentFilter.NONE));
    }
}

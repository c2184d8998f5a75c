package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.incidentatlas.export.PngFile;
import org.incidentatlas.export.SavedView;
import org.incidentatlas.export.ViewStyle;
import org.incidentatlas.ingest.NativeJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} pictures, animations and data against a real database filled from the bundled data. */
class ExportCliTest {
    @TempDir
    static Path home;
    @TempDir
    Path out;

    private static Path db;

    @BeforeAll
    static void firstStart() {
        db = home.resolve("db");
        CliRun r = CliRun.on(db, "stats");
        assertEquals(0, r.code(), r.err());
    }

    private static CliRun cli(String... args) {
        return CliRun.on(db, args);
    }

    private List<Path> written() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.toList();
        }
    }

    @Test
    void pngHasTheAskedSizeAndSaysItsDatesFiltersCountsAndCreditsInItsText() throws IOException {
        Path png = out.resolve("x.png");
        CliRun r = cli("export", "png", "--center", "33.3,44.4", "--zoom", "6", "--size", "2400x1600", "--out",
                png.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(2400, img.getWidth());
        assertEquals(1600, img.getHeight());
        Map<String, String> text = PngFile.readText(png);
        JsonNode stats = NativeJson.mapper().readTree(cli("stats", "--json").out());
        assertTrue(text.get("Description").contains(String.format(Locale.ROOT, "%,d incidents",
                stats.get("incidents").asLong())), text.get("Description"));
        assertTrue(text.get("Description").contains("No filters"), text.get("Description"));
        assertTrue(text.get("Copyright").contains("Natural Earth") && text.get("Copyright").contains("UCDP"),
                text.get("Copyright"));
        assertEquals(MapOptions.DEFAULT_TITLE, text.get("Title"));
        assertTrue(text.get("Software").startsWith("Incident Atlas"));
    }

    @Test
    void filteredPngCountsWhatStatsCountsForTheSameFilters() throws IOException {
        String[] filters = {"--from", "2014-06-01", "--to", "2014-06-30", "--governorate", "Ninewa"};
        JsonNode stats = NativeJson.mapper().readTree(cli(concat(new String[] {"stats", "--json"}, filters)).out());
        Path png = out.resolve("ninewa.png");
        String[] command = {"export", "png", "--center", "36.3,43.1", "--zoom", "8", "--size", "600x400", "--scale",
            "2", "--title", "Ninewa", "--out", png.toString()};
        CliRun r = cli(concat(command, filters));
        assertEquals(0, r.code(), r.err());
        String description = PngFile.readText(png).get("Description");
        assertTrue(description.contains(String.format(Locale.ROOT, "%,d incidents, %,d deaths (best)",
                stats.get("incidents").asLong(), stats.get("deathsBest").asLong())), description);
        assertTrue(description.contains("governorate Ninewa"), description);
        assertEquals(600, ImageIO.read(png.toFile()).getWidth(), "--size is the picture's size at any scale");
    }

    @Test
    void theViewInAPngDrawsTheSamePictureAgain() throws IOException {
        Path first = out.resolve("first.png");
        assertEquals(0, cli("export", "png", "--center", "33.5,44.0", "--zoom", "7.5", "--size", "500x300",
                "--type", "one-sided", "--from", "2007-01-01", "--to", "2007-12-31", "--basemap", "dark",
                "--out", first.toString()).code());
        Path view = Files.writeString(out.resolve("v" + SavedView.EXTENSION), PngFile.readText(first).get("Comment"));
        SavedView saved = SavedView.read(view);
        assertEquals(7.5, saved.map().zoom());
        assertTrue(saved.basemap().dark());
        Path again = out.resolve("again.png");
        CliRun r = cli("export", "png", "--view", view.toString(), "--out", again.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(samePixels(ImageIO.read(first.toFile()), ImageIO.read(again.toFile())));
    }

    @Test
    void aViewKeepsTheMapModeColoursAndSizesAndABadOneIsRefusedByField() throws IOException {
        Path first = out.resolve("areas.png");
        assertEquals(0, cli("export", "png", "--center", "33.2,43.7", "--zoom", "6", "--size", "500x400",
                "--choropleth", "district", "--measure", "deaths", "--classes", "jenks", "--colour-by", "dataset",
                "--size-by", "incidents", "--out", first.toString()).code());
        String json = PngFile.readText(first).get("Comment");
        Path view = Files.writeString(out.resolve("areas" + SavedView.EXTENSION), json);
        assertEquals(new ViewStyle("district", "deaths", "jenks", "dataset", "incidents"),
                SavedView.read(view).style());
        Path again = out.resolve("again.png");
        CliRun r = cli("export", "png", "--view", view.toString(), "--out", again.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(samePixels(ImageIO.read(first.toFile()), ImageIO.read(again.toFile())),
                "the view alone draws the same district choropleth");
        Path symbols = out.resolve("symbols.png");
        assertEquals(0, cli("export", "png", "--view", view.toString(), "--choropleth", "governorate", "--out",
                symbols.toString()).code(), "an option given wins over the view's");
        assertFalse(samePixels(ImageIO.read(first.toFile()), ImageIO.read(symbols.toFile())));

        Path bad = Files.writeString(out.resolve("bad" + SavedView.EXTENSION),
                json.replace("\"mapMode\":\"district\"", "\"mapMode\":\"hexbins\""));
        CliRun refused = cli("export", "png", "--view", bad.toString(), "--out", out.resolve("x.png").toString());
        assertEquals(4, refused.code(), refused.err());
        assertTrue(refused.err().contains("bad.iaview") && refused.err().contains(
                "style.mapMode must be symbols, governorate, district or subdistrict (was 'hexbins')"),
                refused.err());
        assertFalse(Files.exists(out.resolve("x.png")));
    }

    @Test
    void gifHasOneFramePerStepAndFramesWritesNumberedPngs() throws IOException {
        Path gif = out.resolve("a.gif");
        CliRun r = cli("export", "gif", "--from", "2016-10-01", "--to", "2017-07-31", "--step", "month",
                "--window", "30d", "--size", "320x240", "--out", gif.toString());
        assertEquals(0, r.code(), r.err());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(11, reader.getNumImages(true), "October 2016 to July 2017, a frame a month");
            assertEquals(320, reader.getWidth(0));
            reader.dispose();
        }
        Path frames = out.resolve("frames");
        r = cli("export", "frames", "--from", "2016-10-01", "--to", "2017-07-31", "--step", "week", "--window", "7d",
                "--frames", "3", "--cumulative", "--size", "200x150", "--out", frames.toString());
        assertEquals(0, r.code(), r.err());
        try (Stream<Path> s = Files.list(frames)) {
            assertEquals(List.of("frame-0001.png", "frame-0002.png", "frame-0003.png"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String second = PngFile.readText(frames.resolve("frame-0002.png")).get("Description");
        assertTrue(second.startsWith("Up to 14 October 2016 (cumulative)"), second);
    }

    @Test
    void choroplethOptionsFillTheAreasAndBadWordsAreRefusedByName() throws IOException {
        Path symbols = out.resolve("symbols.png");
        Path areas = out.resolve("areas.png");
        String[] frame = {"--center", "33.2,43.7", "--zoom", "6", "--size", "900x900"};
        assertEquals(0, cli(concat(new String[] {"export", "png", "--out", symbols.toString()}, frame)).code());
        CliRun r = cli(concat(new String[] {"export", "png", "--choropleth", "governorate", "--measure", "deaths",
                "--classes", "jenks", "--out", areas.toString()}, frame));
        assertEquals(0, r.code(), r.err());
        // Anbar's western desert, far from any symbol: the basemap in symbol mode, a class colour in choropleth mode.
        BufferedImage plain = ImageIO.read(symbols.toFile());
        BufferedImage filled = ImageIO.read(areas.toFile());
        int x = 450 + (int) Math.round((org.incidentatlas.domain.WebMercator.x(40.5)
                - org.incidentatlas.domain.WebMercator.x(43.7)) * 64);
        int y = 450 + (int) Math.round((org.incidentatlas.domain.WebMercator.y(32.6)
                - org.incidentatlas.domain.WebMercator.y(33.2)) * 64);
        assertTrue(plain.getRGB(x, y) != filled.getRGB(x, y), "Anbar is filled in choropleth mode");

        CliRun level = cli("export", "png", "--choropleth", "province", "--out", out.resolve("b.png").toString());
        assertEquals(2, level.code());
        assertTrue(level.err().contains("--choropleth must be governorate, district or subdistrict (was 'province')"),
                level.err());
        CliRun classes = cli("export", "gif", "--choropleth", "district", "--classes", "equal", "--out",
                out.resolve("b.gif").toString());
        assertEquals(2, classes.code());
        assertTrue(classes.err().contains("--classes must be quantiles or jenks (was 'equal')"), classes.err());
        CliRun alone = cli("export", "png", "--measure", "deaths", "--out", out.resolve("c.png").toString());
        assertEquals(2, alone.code());
        assertTrue(alone.err().contains("--measure works with --choropleth"), alone.err());
        assertEquals(List.of(areas, symbols).stream().sorted().toList(), written().stream().sorted().toList());
    }

    @Test
    void badOptionsExitWithTwoAndWriteNothing() throws IOException {
        Path png = out.resolve("x.png");
        CliRun big = cli("export", "png", "--size", "20000x100", "--out", png.toString());
        assertEquals(2, big.code());
        assertTrue(big.err().contains("over the limit of 10,000 pixels on a side"), big.err());
        CliRun centre = cli("export", "png", "--center", "33.3", "--out", png.toString());
        assertEquals(2, centre.code());
        assertTrue(centre.err().contains("--center must be LAT,LON"), centre.err());
        CliRun offMap = cli("export", "png", "--center", "95,44", "--out", png.toString());
        assertEquals(2, offMap.code());
        assertTrue(offMap.err().contains("outside the map"), offMap.err());
        CliRun step = cli("export", "gif", "--step", "fortnight", "--out", out.resolve("a.gif").toString());
        assertEquals(2, step.code());
        assertTrue(step.err().contains("--step must be day, week, month or year"), step.err());
        CliRun view = cli("export", "png", "--view", out.resolve("missing.iaview").toString(), "--out",
                png.toString());
        assertEquals(4, view.code());
        assertTrue(view.err().contains("missing.iaview"), view.err());
        assertEquals(List.of(), written());
    }

    @Test
    void anUnwritablePathExitsWithFourAndLeavesNothing() throws IOException {
        Path blocker = Files.writeString(out.resolve("a-file"), "x");
        CliRun r = cli("export", "png", "--size", "100x100", "--out", blocker.resolve("x.png").toString());
        assertEquals(4, r.code());
        assertTrue(r.err().startsWith("error: cannot write ") && r.err().contains("x.png"), r.err());
        CliRun gif = cli("export", "gif", "--frames", "2", "--size", "100x100", "--out",
                blocker.resolve("a.gif").toString());
        assertEquals(4, gif.code(), gif.err());
        assertEquals(List.of(blocker), written());
        assertFalse(r.err().contains("Exception"), "one clear line, no stack trace: " + r.err());
    }

    @Test
    void anOutThatIsAFolderOrForFramesAFileIsRefusedBeforeAnyWork() throws IOException {
        Path folder = Files.createDirectory(out.resolve("a-folder"));
        for (String kind : List.of("png", "gif", "csv", "geojson", "kml")) {
            CliRun r = kind.equals("png") || kind.equals("gif")
                    ? cli("export", kind, "--size", "100x100", "--out", folder.toString())
                    : cli("export", kind, "--out", folder.toString());
            assertEquals(4, r.code(), kind + ": " + r.err());
            assertEquals("error: cannot write " + folder + ": it is a folder; name the file to write",
                    r.err().strip(), kind + " says so before it reads or draws anything");
        }
        Path file = Files.writeString(out.resolve("frames-here"), "x");
        CliRun frames = cli("export", "frames", "--frames", "2", "--size", "100x100", "--out", file.toString());
        assertEquals(4, frames.code(), frames.err());
        assertEquals("error: cannot write " + file + ": it is a file; name a folder for the frames",
                frames.err().strip());
        assertEquals(List.of(folder, file).stream().sorted().toList(), written().stream().sorted().toList());
        try (Stream<Path> inside = Files.list(folder)) {
            assertEquals(0, inside.count(), "nothing written into the folder");
        }
    }

    @Test
    void geoJsonHasOneFeaturePerIncidentThatStatsCountsForTheSameFilters() throws IOException {
        String[] filters = {"--from", "2016-10-01", "--to", "2017-07-31"};
        JsonNode stats = NativeJson.mapper().readTree(cli(concat(new String[] {"stats", "--json"}, filters)).out());
        Path geojson = out.resolve("mosul.geojson");
        CliRun r = cli(concat(new String[] {"export", "geojson", "--out", geojson.toString()}, filters));
        assertEquals(0, r.code(), r.err());
        JsonNode doc = NativeJson.mapper().readTree(geojson.toFile());
        assertEquals(stats.get("incidents").asInt(), doc.get("features").size());
        long deaths = 0;
        for (JsonNode f : doc.get("features")) {
            deaths += f.get("properties").get("deaths").get("best").asLong();
        }
        assertEquals(stats.get("deathsBest").asLong(), deaths);
    }

    @Test
    void csvAndKmlCountWhatStatsCountsAndBadOptionsWriteNothing() throws Exception {
        String[] filters = {"--governorate", "IQG15", "--type", "one-sided"};
        long incidents = NativeJson.mapper().readTree(cli(concat(new String[] {"stats", "--json"}, filters)).out())
                .get("incidents").asLong();
        Path csv = out.resolve("x.csv");
        assertEquals(0, cli(concat(new String[] {"export", "csv", "--out", csv.toString()}, filters)).code());
        try (var it = new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerFor(Map.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
                .readValues(csv.toFile())) {
            assertEquals(incidents, it.readAll().size());
        }
        Path kml = out.resolve("x.kml");
        assertEquals(0, cli(concat(new String[] {"export", "kml", "--out", kml.toString()}, filters)).code());
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(kml.toFile());
        assertEquals(incidents, doc.getElementsByTagName("Placemark").getLength());

        CliRun type = cli("export", "csv", "--type", "riot", "--out", out.resolve("bad.csv").toString());
        assertEquals(2, type.code());
        assertTrue(type.err().contains("--type"), type.err());
        Path blocker = Files.writeString(out.resolve("a-file"), "x");
        CliRun unwritable = cli("export", "geojson", "--out", blocker.resolve("x.geojson").toString());
        assertEquals(4, unwritable.code());
        assertTrue(unwritable.err().contains("is a file, not a folder"), unwritable.err());
        assertEquals(List.of(blocker, csv, kml).stream().sorted().toList(), written().stream().sorted().toList());
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        int[] pa = a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth());
        int[] pb = b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth());
        return Arrays.equals(pa, pb);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void geojsonByPlaceForTheMosulMonthsHoldsTheWholeStackAndAddsUpToTheWindow() throws IOException {
        Path file = out.resolve("places.geojson");
        CliRun r = cli("export", "geojson", "--by", "place", "--from", "2016-10-01", "--to", "2017-07-31", "--out",
                file.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode features = NativeJson.mapper().readTree(file.toFile()).get("features");
        long incidents = 0;
        JsonNode mosul = null;
        for (JsonNode f : features) {
            incidents += f.path("properties").path("incidents").asLong();
            JsonNode c = f.path("geometry").path("coordinates");
            if (Math.abs(c.get(1).asDouble() - 36.335) < 1e-6 && Math.abs(c.get(0).asDouble() - 43.118889) < 1e-6) {
                mosul = f.path("properties");
            }
        }
        assertEquals(744, incidents, "the place features add up to the window's incidents");
        assertTrue(r.out().contains("744 incidents"), r.out());
        assertTrue(mosul != null, "the Mosul point is a feature");
        assertEquals(479, mosul.path("incidents").asInt());
        assertEquals(8213, mosul.path("deathsBest").asInt());
        assertTrue(mosul.path("deathsLow").asInt() <= 8213 && mosul.path("deathsHigh").asInt() >= 8213);
    }

    @Test
    void csvByAreaOrMonthHasTheContractColumnsAndAddsUpToTheIncidents() throws IOException {
        for (String by : List.of("governorate", "district", "subdistrict", "month")) {
            Path file = out.resolve(by + ".csv");
            CliRun r = cli("export", "csv", "--by", by, "--from", "2016-10-01", "--to", "2017-07-31", "--out",
                    file.toString());
            assertEquals(0, r.code(), r.err());
            List<String> lines = Files.readAllLines(file);
            List<String> header = Arrays.asList(lines.get(0).split(","));
            assertEquals(List.of("incidents", "deathsLow", "deathsBest", "deathsHigh"),
                    header.subList(header.size() - 4, header.size()), by);
            if (!by.equals("month")) {
                assertEquals(List.of(by, by + "Pcode"), header.subList(0, 2));
            }
            long sum = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                sum += Long.parseLong(cells[cells.length - 4]);
            }
            assertEquals(744, sum, "rows of " + by + " add up to the incidents exported");
        }
        CliRun kml = cli("export", "kml", "--by", "place", "--out", out.resolve("x.kml").toString());
        assertTrue(kml.code() != 0 && kml.err().contains("--by"), kml.err());
    }
}

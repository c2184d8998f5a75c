package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.incidentatlas.index.BinUnit;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.domain.WebMercator;
import org.incidentatlas.index.WindowMode;
import org.incidentatlas.render.IncidentStyle;
import org.incidentatlas.render.SizeBy;
import org.incidentatlas.render.DensityRamp;
import org.incidentatlas.render.basemap.BasemapData;
import org.incidentatlas.render.basemap.BasemapStyle;
import org.incidentatlas.render.basemap.OfflineBasemap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapSnapshotTest {
    private static OfflineBasemap basemap;

    @BeforeAll
    static void loadBasemap() throws IOException {
        basemap = new OfflineBasemap(BasemapData.loadBundled(), BasemapStyle.LIGHT);
    }

    private static BufferedImage picture(TimeIndex index, MapFrame frame) {
        Shown shown = new Shown(index, IncidentMask.ALL, new DateWindow(index.firstDay(), index.lastDay()));
        Captions captions = Captions.of("Test", shown.window(), IncidentFilter.NONE, shown.totals(),
                "Basemap: the test's own credits · Incidents: the test data's credits");
        return new MapSnapshot(basemap, null).render(shown, frame, captions);
    }

    /** How many pixels of a rectangle are within a few levels of an opaque colour blended at an alpha over white. */
    static int pixelsLike(BufferedImage img, int rgb, double alpha, int x0, int y0, int w, int h) {
        int n = 0;
        int[] want = {blend(rgb >> 16 & 0xFF, alpha), blend(rgb >> 8 & 0xFF, alpha), blend(rgb & 0xFF, alpha)};
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int p = img.getRGB(x, y);
                if (Math.abs((p >> 16 & 0xFF) - want[0]) <= 12 && Math.abs((p >> 8 & 0xFF) - want[1]) <= 12
                        && Math.abs((p & 0xFF) - want[2]) <= 12) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int blend(int channel, double alpha) {
        // over the white margin
        return (int) Math.round(channel * alpha + 255 * (1 - alpha));
    }

    @Test
    void pictureHasTheRequestedSizeAndScaleMultipliesIt() {
        TimeIndex index = new Points().add("2014-06-10", 33.3, 44.4, 5, 1).build();
        assertEquals(1200, picture(index, MapFrame.of(33.3, 44.4, 7, new PictureSize(1200, 700), 1)).getWidth());
        BufferedImage twice = picture(index, new MapFrame(33.3, 44.4, 7, 600, 350, 2));
        assertEquals(1200, twice.getWidth());
        assertEquals(700, twice.getHeight());
    }

    @Test
    void anIncidentIsDrawnWhereItsCoordinatesProjectAndGrowsWithTheScale() {
        double lat = 33.6;
        double lon = 44.9;
        TimeIndex index = new Points().add("2014-06-10", lat, lon, 40, 3).build();
        MapFrame frame = new MapFrame(33.3, 44.4, 7, 600, 400, 1);
        BufferedImage one = map(index, frame);
        BufferedImage none = map(new Points().build(), frame);
        double scale = Math.pow(2, 7);
        int x = (int) Math.round(300 + (WebMercator.x(lon) - WebMercator.x(44.4)) * scale);
        int y = (int) Math.round(200 + (WebMercator.y(lat) - WebMercator.y(33.3)) * scale);
        int dot = one.getRGB(x, y);
        assertFalse(dot == none.getRGB(x, y), "the incident's pixel differs from the bare basemap");
        int pink = IncidentStyle.colour(3);
        assertTrue((dot >> 16 & 0xFF) > (dot >> 8 & 0xFF) + 30 && (dot & 0xFF) > (dot >> 8 & 0xFF) + 20,
                "one-sided incidents are drawn in their pink (" + Integer.toHexString(pink) + "), got "
                        + Integer.toHexString(dot));
        double r = IncidentStyle.radius(40, SizeBy.DEATHS, 7);
        int outside = (int) Math.ceil(r * 1.5);
        assertEquals(none.getRGB(x + outside, y), one.getRGB(x + outside, y), "nothing drawn beyond the dot at 1x");

        BufferedImage two = map(index, new MapFrame(33.3, 44.4, 7, 600, 400, 2));
        BufferedImage twoNone = map(new Points().build(), new MapFrame(33.3, 44.4, 7, 600, 400, 2));
        int beyondOneX = 2 * x + (int) Math.round(1.6 * r);
        assertFalse(two.getRGB(beyondOneX, 2 * y) == twoNone.getRGB(beyondOneX, 2 * y),
                "at 2x the dot covers twice the radius, so it reaches past its 1x radius");
    }

    private static BufferedImage map(TimeIndex index, MapFrame frame) {
        Shown shown = new Shown(index, IncidentMask.ALL, new DateWindow(index.firstDay(), index.lastDay()));
        return new MapSnapshot(basemap, null).renderMap(shown, frame);
    }

    @Test
    void placeNamesAreDrawnOverTheSymbolsSoNoStackHidesAName() {
        // A stack of 30 incidents and 3,000 deaths on Baghdad's own point, whose name is written right of it.
        Points stack = new Points();
        for (int k = 0; k < 30; k++) {
            stack.add("2014-06-10", 33.3152, 44.3661, 100, 3);
        }
        MapFrame frame = new MapFrame(33.3152, 44.3661, 9, 600, 400, 1);
        BufferedImage bare = map(new Points().build(), frame);
        BufferedImage covered = map(stack.build(), frame);
        double r = IncidentStyle.radius(3000, SizeBy.DEATHS, 9);
        assertTrue(r > 30, "the symbol reaches over the name: " + r);
        // The name's letters, right of the count at the symbol's centre and inside the symbol.
        int nameInk = darkPixels(bare, 310, 190, 25, 20);
        assertTrue(nameInk > 20, "the bare map writes Baghdad's name there: " + nameInk);
        assertTrue(darkPixels(covered, 310, 190, 25, 20) >= nameInk * 0.9,
                "under the symbol the name is as dark as on the bare map");
    }

    @Test
    void legendShowsEveryTypeColourAndCreditsAndScaleBarAreDrawnInTheMarginBesideTheMap() {
        // Far from the bundled basemap's region, so the map itself is a plain colour without names.
        MapSnapshot snapshot = new MapSnapshot(basemap, null);
        BufferedImage img = render(snapshot, new Points().build(), new MapFrame(0, -30, 6, 800, 600, 1),
                "Basemap: the test's own credits · Incidents: the test data's credits");
        Rectangle map = snapshot.lastMapBounds();
        int panel = map.x + map.width + 4;
        assertTrue(panel < 800 - 200 && panel > 800 / 2, "the panel is at the right, beside the map: " + map);
        for (int type = 1; type <= 3; type++) {
            int rgb = IncidentStyle.colour(type) & 0xFFFFFF;
            assertTrue(pixelsLike(img, rgb, 0.8, panel, 0, 800 - panel, 350) >= 20,
                    "legend dot of " + IncidentStyle.typeName(type) + " in the panel");
            assertEquals(0, pixelsLike(img, rgb, 0.8, map.x, map.y, map.width, map.height), "and not on the map");
        }
        assertTrue(darkPixels(img, panel, 600 - 50, 800 - panel, 50) > 100, "credits at the panel's foot");
        assertTrue(darkPixels(img, panel, 600 - 120, 800 - panel, 60) > 30, "scale bar above them");
        assertTrue(darkPixels(img, map.x + 1, map.y + 1, map.width - 2, map.height - 2) == 0,
                "the open map has no text at all");
    }

    @Test
    void legendAddsTheDensityRampOnlyWhenTheMapIsAggregated() {
        Points many = new Points();
        // 20,250 incidents 3 to 4 pixels apart at zoom 10: too many spots for symbols, so the map is a density grid.
        for (int row = 0; row < 150; row++) {
            for (int col = 0; col < 135; col++) {
                many.add("2014-06-10", 33.0 + row * 0.004, 44.2 + col * 0.005, 1, 1);
            }
        }
        MapFrame frame = new MapFrame(33.3, 44.4, 10, 1200, 560, 1);
        MapSnapshot aggregatedSnapshot = new MapSnapshot(basemap, null);
        BufferedImage aggregated = render(aggregatedSnapshot, many.build(), frame, "c");
        assertTrue(aggregatedSnapshot.lastFrame().aggregated(), "20,250 incidents in 500 pixels are drawn as a grid");
        MapSnapshot dotsSnapshot = new MapSnapshot(basemap, null);
        BufferedImage dots = render(dotsSnapshot, new Points().add("2014-06-10", 33.3, 44.4, 1, 1).build(), frame, "c");
        assertFalse(dotsSnapshot.lastFrame().aggregated(), "one incident is drawn as a dot");

        Rectangle map = aggregatedSnapshot.lastMapBounds();
        int panel = map.x + map.width + 2;
        int rampInLegend = rampPixels(aggregated, panel, 0, 1200 - panel, 560);
        assertTrue(rampInLegend >= 40, "the aggregated picture's legend shows the density ramp, " + rampInLegend);
        assertEquals(0, rampPixels(dots, panel, 0, 1200 - panel, 560),
                "a picture of dots has no density ramp in its legend");
    }

    static BufferedImage render(MapSnapshot snapshot, TimeIndex index, MapFrame frame, String credits) {
        Shown shown = new Shown(index, IncidentMask.ALL, new DateWindow(index.firstDay(), index.lastDay()));
        return snapshot.render(shown, frame, Captions.of("Test", shown.window(), IncidentFilter.NONE,
                shown.totals(), credits));
    }

    /** Pixels of a rectangle within a few levels of the density ramp's colours from its middle to its dense end. */
    private static int rampPixels(BufferedImage img, int x0, int y0, int w, int h) {
        int[] ramp = new int[33];
        for (int k = 0; k < ramp.length; k++) {
            ramp[k] = DensityRamp.opaque(0.5 + k / 64.0);
        }
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int p = img.getRGB(x, y);
                for (int c : ramp) {
                    if (Math.abs((p >> 16 & 0xFF) - (c >> 16 & 0xFF)) <= 8
                            && Math.abs((p >> 8 & 0xFF) - (c >> 8 & 0xFF)) <= 8
                            && Math.abs((p & 0xFF) - (c & 0xFF)) <= 8) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }

    @Test
    void everyAnimationFrameIsTheSnapshotOfItsStepAndCancellingLeavesNothing(@TempDir Path dir) throws IOException {
        TimeIndex index = new Points().add("2014-06-02", 33.3, 44.4, 5, 1).add("2014-06-10", 33.4, 44.3, 50, 3)
                .add("2014-06-20", 33.2, 44.5, 12, 2).build();
        Shown shown = new Shown(index, IncidentMask.ALL, new DateWindow(index.firstDay(), index.lastDay()));
        MapFrame frame = new MapFrame(33.3, 44.4, 9, 300, 200, 1);
        Playback playback = new Playback(LocalDate.parse("2014-06-01"), LocalDate.parse("2014-06-30"), 7,
                WindowMode.MOVING, BinUnit.WEEK, 10);
        Animator.Titles titles = new Animator.Titles("t", IncidentFilter.NONE, "credits");
        Path frames = dir.resolve("frames");
        int n;
        try (PngFrames sink = new PngFrames(frames, "frame", "test")) {
            n = Animator.write(new MapSnapshot(basemap, null), shown, frame, titles, playback, sink,
                    ProgressListener.NONE);
        }
        assertEquals(playback.windows().size(), n);
        for (int k = 0; k < n; k++) {
            Shown step = shown.in(playback.windows().get(k));
            BufferedImage alone = new MapSnapshot(basemap, null).render(step, frame,
                    Captions.of("t", step.window(), IncidentFilter.NONE, step.totals(), "credits"));
            BufferedImage written = ImageIO.read(frames.resolve(String.format("frame-%04d.png", k + 1)).toFile());
            assertArrayEquals(alone.getRGB(0, 0, 300, 200, null, 0, 300), written.getRGB(0, 0, 300, 200, null, 0, 300),
                    "frame " + (k + 1));
        }

        Path gif = dir.resolve("cancelled.gif");
        Thread.currentThread().interrupt();
        try (GifFile sink = new GifFile(gif, 4, "c")) {
            assertThrows(InterruptedIOException.class, () -> Animator.write(new MapSnapshot(basemap, null), shown,
                    frame, titles, playback, sink, ProgressListener.NONE));
        } finally {
            Thread.interrupted();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(frames), files.toList(), "nothing of the cancelled GIF is left");
        }
    }

    static int darkPixels(BufferedImage img, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < Math.min(img.getHeight(), y0 + h); y++) {
            for (int x = x0; x < Math.min(img.getWidth(), x0 + w); x++) {
                int p = img.getRGB(x, y);
                if ((p >> 16 & 0xFF) + (p >> 8 & 0xFF) + (p & 0xFF) < 3 * 90) {
                    n++;
                }
            }
        }
        return n;
    }
}

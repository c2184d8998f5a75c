package org.incidentatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.incidentatlas.render.TileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The switch behind the map's tiles: fallback to the offline tile, one quiet message, redraw on change. */
@ExtendWith(ApplicationExtension.class)
class BasemapSwitchTest {
    private static final int OFFLINE = Color.GREEN.getRGB();

    @Start
    void start(Stage stage) {
        stage.show();
    }

    /** A source of one colour. */
    private static TileSource plain(Color colour, String credit) {
        BufferedImage tile = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = tile.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        return new TileSource() {
            @Override
            public BufferedImage tile(int zoom, long x, long y) {
                return tile;
            }

            @Override
            public String attribution() {
                return credit;
            }
        };
    }

    private static int pixel(Image image) {
        return image.getPixelReader().getArgb(128, 128);
    }

    @Test
    void aFailingOnlineSourceFallsBackToTheOfflineTileAndSaysSoOnce(FxRobot robot) throws Exception {
        BasemapSwitch basemaps = new BasemapSwitch(() -> plain(Color.GREEN, "offline"));
        TileSource unreachable = new TileSource() {
            @Override
            public BufferedImage tile(int zoom, long x, long y) throws IOException {
                throw new IOException("cannot reach tiles.example.org");
            }

            @Override
            public String attribution() {
                return "Basemap: example";
            }

            @Override
            public boolean remote() {
                return true;
            }
        };
        List<String> messages = new ArrayList<>();
        robot.interact(() -> {
            basemaps.statusProperty().addListener((o, was, now) -> messages.add(now));
            basemaps.use(unreachable);
        });

        for (int x = 0; x < 5; x++) {
            assertEquals(OFFLINE, pixel(basemaps.loadTile(6, x, 25).get(10, TimeUnit.SECONDS)));
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, messages.size(), "one message for five failed tiles: " + messages);
        assertTrue(messages.get(0).contains("cannot reach tiles.example.org"), messages.get(0));
        assertEquals("Basemap: example; where it has no tiles: offline map (Natural Earth; OCHA / Iraq CSO COD-AB)",
                basemaps.attributionProperty().get(), "the offline tiles shown instead are credited too");
    }

    @Test
    void changingTheSourceRedrawsTheTilesAlreadyOnTheMap(FxRobot robot) throws Exception {
        BasemapSwitch basemaps = new BasemapSwitch(() -> plain(Color.GREEN, "offline"));
        Image shown = basemaps.loadTile(6, 39, 25).get(10, TimeUnit.SECONDS);
        assertEquals(OFFLINE, pixel(shown));

        robot.interact(() -> basemaps.use(plain(Color.RED, "Basemap: red")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pixel(shown) == Color.RED.getRGB());

        assertEquals(Color.RED.getRGB(), pixel(shown));
        assertEquals("Basemap: red", basemaps.attributionProperty().get());
    }

    @Test
    void transparentPartsOfATileShowTheOfflineMapBeneath(FxRobot robot) throws Exception {
        BasemapSwitch basemaps = new BasemapSwitch(() -> plain(Color.GREEN, "offline"));
        BufferedImage half = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = half.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 128, 256);
        g.dispose();
        TileSource overlay = new TileSource() {
            @Override
            public BufferedImage tile(int zoom, long x, long y) {
                return half;
            }

            @Override
            public String attribution() {
                return "Basemap: overlay";
            }
        };
        robot.interact(() -> basemaps.use(overlay));

        Image shown = basemaps.loadTile(6, 39, 25).get(10, TimeUnit.SECONDS);

        assertEquals(Color.RED.getRGB(), shown.getPixelReader().getArgb(10, 10), "the tile's own pixels");
        assertEquals(OFFLINE, shown.getPixelReader().getArgb(200, 10), "the offline map where the tile is clear");
    }
}

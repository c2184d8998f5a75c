package org.incidentatlas.render.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The online source against a tile server on the loopback address: headers, cache and failures. */
class OnlineTileSourceTest {
    /** Servers that answer never make a test wait this long; it only bounds a hang on a loaded machine. */
    private static final Duration ANSWERING = Duration.ofSeconds(10);
    /** The time the silent server gets: short, so the test stays fast. */
    private static final Duration SILENT = Duration.ofMillis(500);

    @TempDir
    Path cache;

    private HttpServer server;
    private final List<HttpExchange> requests = new CopyOnWriteArrayList<>();
    private final MutableClock clock = new MutableClock();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A server on 127.0.0.1 answering every tile request with {@code answer}. */
    private OnlineTileSource serve(Consumer<HttpExchange> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange);
            answer.accept(exchange);
            exchange.close();
        });
        server.start();
        return source("http://127.0.0.1:" + server.getAddress().getPort() + "/{z}/{x}/{y}.png", ANSWERING);
    }

    private OnlineTileSource source(String template, Duration timeout) {
        return new OnlineTileSource(OnlineOptions.defaults(template, cache).withTimeouts(timeout, timeout)
                .withClock(clock), OnlineTileSource.OSM_ATTRIBUTION);
    }

    private static void send(HttpExchange e, int code, byte[] body, String... headers) {
        try {
            for (int i = 0; i < headers.length; i += 2) {
                e.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            e.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                e.getResponseBody().write(body);
            }
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static byte[] png(Color colour) throws IOException {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aTileIsFetchedWithAnIdentifyingUserAgentAndThenServedFromTheCache() throws Exception {
        byte[] red = png(Color.RED);
        OnlineTileSource source = serve(e -> send(e, 200, red, "Cache-Control", "max-age=3600"));

        BufferedImage first = source.tile(6, 39, 25);
        BufferedImage again = source.tile(6, 39, 25);

        assertEquals(Color.RED.getRGB(), first.getRGB(100, 100));
        assertEquals(Color.RED.getRGB(), again.getRGB(100, 100));
        assertEquals(1, requests.size(), "the second request is answered from the cache");
        assertEquals("/6/39/25.png", requests.get(0).getRequestURI().getPath());
        String agent = requests.get(0).getRequestHeaders().getFirst("User-Agent");
        assertTrue(agent.matches("IncidentAtlas/\\S+ \\(\\+https://github\\.com/incident-atlas/incident-atlas\\)"),
                agent);
    }

    @Test
    void anExpiredTileIsRevalidatedAndA304KeepsTheCachedImage() throws Exception {
        byte[] blue = png(Color.BLUE);
        OnlineTileSource source = serve(e -> {
            if ("\"v1\"".equals(e.getRequestHeaders().getFirst("If-None-Match"))) {
                send(e, 304, new byte[0], "Cache-Control", "max-age=60");
            } else {
                send(e, 200, blue, "Cache-Control", "max-age=60", "ETag", "\"v1\"");
            }
        });
        source.tile(7, 79, 51);
        clock.advance(Duration.ofSeconds(61));

        BufferedImage revalidated = source.tile(7, 79, 51);
        BufferedImage fresh = source.tile(7, 79, 51);

        assertEquals(2, requests.size(), "one fetch, one revalidation, then fresh again for 60 s");
        assertEquals("\"v1\"", requests.get(1).getRequestHeaders().getFirst("If-None-Match"));
        assertEquals(Color.BLUE.getRGB(), revalidated.getRGB(5, 5));
        assertEquals(Color.BLUE.getRGB(), fresh.getRGB(5, 5));
    }

    @Test
    void aRefusalIsReportedOnceAndTheServerIsNotAskedAgain() throws Exception {
        OnlineTileSource source = serve(e -> send(e, 403, "blocked".getBytes()));

        IOException first = assertThrows(IOException.class, () -> source.tile(6, 39, 25));
        IOException second = assertThrows(IOException.class, () -> source.tile(6, 40, 25));

        assertTrue(first.getMessage().contains("HTTP 403"), first.getMessage());
        assertEquals(first.getMessage(), second.getMessage());
        assertEquals(1, requests.size(), "after a 403 no more requests are sent");
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterThenAsksAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        byte[] green = png(Color.GREEN);
        OnlineTileSource source = serve(e -> {
            if (calls.incrementAndGet() == 1) {
                send(e, 429, new byte[0], "Retry-After", "30");
            } else {
                send(e, 200, green);
            }
        });

        IOException slowDown = assertThrows(IOException.class, () -> source.tile(6, 39, 25));
        assertThrows(IOException.class, () -> source.tile(6, 39, 25));
        assertEquals(1, requests.size(), "no request while Retry-After runs");
        clock.advance(Duration.ofSeconds(31));

        assertEquals(Color.GREEN.getRGB(), source.tile(6, 39, 25).getRGB(0, 0));
        assertTrue(slowDown.getMessage().contains("HTTP 429"), slowDown.getMessage());
        assertEquals(2, requests.size());
    }

    @Test
    void aServerThatNeverAnswersTimesOutAndIsThenLeftAlone() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                        connections.incrementAndGet();
                    }
                } catch (IOException closed) {
                    // The test is over.
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            OnlineTileSource source = source("http://127.0.0.1:" + silent.getLocalPort() + "/{z}/{x}/{y}.png",
                    SILENT);

            IOException timeout = assertThrows(IOException.class, () -> source.tile(6, 39, 25));
            IOException quiet = assertThrows(IOException.class, () -> source.tile(6, 40, 25));

            assertTrue(timeout.getMessage().contains("no answer"), timeout.getMessage());
            assertEquals(timeout.getMessage(), quiet.getMessage());
            assertEquals(1, connections.get(), "the second tile fails at once, without connecting");
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void aMissingTileIsNoTileAndAStaleTileOutlivesAnOutage() throws Exception {
        byte[] red = png(Color.RED);
        AtomicInteger calls = new AtomicInteger();
        OnlineTileSource source = serve(e -> {
            int n = calls.incrementAndGet();
            if (n == 1) {
                send(e, 200, red, "Cache-Control", "max-age=10");
            } else if (n == 2) {
                send(e, 503, new byte[0]);
            } else {
                send(e, 404, new byte[0]);
            }
        });
        source.tile(6, 39, 25);
        clock.advance(Duration.ofSeconds(11));

        assertEquals(Color.RED.getRGB(), source.tile(6, 39, 25).getRGB(0, 0), "stale tile while the server fails");
        clock.advance(Duration.ofMinutes(3));
        assertNull(source.tile(6, 1, 1), "404: the server has no such tile");
    }

    @Test
    void theDiskCacheStaysUnderItsCap() throws Exception {
        TileCache small = new TileCache(cache, 10_000);
        for (int i = 0; i < 20; i++) {
            small.put(5, i, 3, new TileCache.Entry(new byte[1_000], Long.MAX_VALUE, null, null));
        }
        assertTrue(small.size() <= 10_000, "cache holds " + small.size() + " bytes");
        assertEquals(small.size(), new TileCache(cache, 10_000).size(), "the count matches the files on disk");
    }

    /** A clock the test moves forward by hand. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

package org.incidentatlas.render.online;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.Semaphore;
import org.incidentatlas.render.TileSource;
import org.incidentatlas.render.Tiles;

/**
 * Raster tiles from a tile server (OpenStreetMap's by default), following its tile usage policy: an identifying
 * User-Agent, a disk cache that honours the server's cache headers and revalidates with ETag / Last-Modified, at most
 * two requests at once, and only the tiles the map asks for. After a refusal (403), a "too many requests" (429), a
 * server error or no answer, it stops asking for a while (403: for the rest of the session) and fails at once, so a
 * dead network never holds the map up; a stale cached tile is still shown then.
 */
public final class OnlineTileSource implements TileSource {
    public static final String OSM_ATTRIBUTION = "Basemap: © OpenStreetMap contributors";

    private final OnlineOptions options;
    private final String attribution;
    private final TileCache cache;
    private final HttpClient http;
    private final Semaphore connections = new Semaphore(2);
    private volatile long quietUntil;
    private volatile String quietReason;

    public OnlineTileSource(OnlineOptions options, String attribution) {
        this.options = options;
        this.attribution = attribution;
        this.cache = new TileCache(options.cacheFolder(), options.cacheCapBytes());
        this.http = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public String attribution() {
        return attribution;
    }

    @Override
    public boolean remote() {
        return true;
    }

    @Override
    public BufferedImage tile(int zoom, long x, long y) throws IOException {
        String where = options.address(zoom, x, y);
        long now = options.clock().millis();
        TileCache.Entry cached = cache.get(zoom, x, y);
        if (cached != null && cached.freshAt(now)) {
            return Tiles.decode(cached.bytes(), where);
        }
        if (now < quietUntil) {
            return staleOr(cached, where, quietReason);
        }
        HttpResponse<byte[]> response;
        try {
            connections.acquire();
            try {
                response = http.send(request(where, cached), HttpResponse.BodyHandlers.ofByteArray());
            } finally {
                connections.release();
            }
        } catch (HttpTimeoutException e) {
            return pause(cached, where, "no answer from " + host() + " in time", options.retryAfter().toMillis());
        } catch (IOException e) {
            return pause(cached, where, "cannot reach " + host() + " (" + e.getClass().getSimpleName() + ")",
                    options.retryAfter().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + where, e);
        }
        return answer(zoom, x, y, response, cached);
    }

    private BufferedImage answer(int zoom, long x, long y, HttpResponse<byte[]> response, TileCache.Entry cached)
            throws IOException {
        String where = response.uri().toString();
        int code = response.statusCode();
        long now = options.clock().millis();
        if (code == 200) {
            BufferedImage image = Tiles.decode(response.body(), where);
            cache.put(zoom, x, y, new TileCache.Entry(response.body(), CacheHeaders.expires(response.headers(), now),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null)));
            return image;
        }
        if (code == 304 && cached != null) {
            cache.refresh(zoom, x, y, new TileCache.Entry(cached.bytes(),
                    CacheHeaders.expires(response.headers(), now),
                    response.headers().firstValue("ETag").orElse(cached.etag()),
                    response.headers().firstValue("Last-Modified").orElse(cached.lastModified())));
            return Tiles.decode(cached.bytes(), where);
        }
        if (code == 404) {
            return null;
        }
        if (code == 403) {
            return pause(cached, where, host() + " refused the tiles (HTTP 403)", Long.MAX_VALUE - now);
        }
        if (code == 429) {
            long wait = CacheHeaders.retryAfterMillis(response.headers(), now, options.retryAfter().toMillis());
            return pause(cached, where, host() + " asks to slow down (HTTP 429)", wait);
        }
        return pause(cached, where, host() + " answered HTTP " + code, options.retryAfter().toMillis());
    }

    private HttpRequest request(String where, TileCache.Entry cached) throws IOException {
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(where));
        } catch (IllegalArgumentException e) {
            throw new IOException("the tile address " + where + " is not a valid URL", e);
        }
        b.timeout(options.requestTimeout()).header("User-Agent", options.userAgent()).GET();
        if (cached != null && cached.etag() != null) {
            b.header("If-None-Match", cached.etag());
        }
        if (cached != null && cached.lastModified() != null) {
            b.header("If-Modified-Since", cached.lastModified());
        }
        return b.build();
    }

    /** Stops asking the server for {@code millis}; this tile is the stale cached one or an error. */
    private BufferedImage pause(TileCache.Entry cached, String where, String reason, long millis) throws IOException {
        long now = options.clock().millis();
        quietReason = reason;
        quietUntil = millis >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + millis;
        return staleOr(cached, where, reason);
    }

    private static BufferedImage staleOr(TileCache.Entry cached, String where, String reason) throws IOException {
        if (cached != null) {
            return Tiles.decode(cached.bytes(), where);
        }
        throw new IOException(reason);
    }

    private String host() {
        try {
            String host = URI.create(options.address(0, 0, 0)).getHost();
            return host == null ? options.template() : host;
        } catch (IllegalArgumentException e) {
            return options.template();
        }
    }
}

package org.incidentatlas.render.online;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How an online tile source behaves.
 *
 * @param template       tile address with {z}, {x} and {y}, e.g. {@link #OSM_TEMPLATE}
 * @param cacheFolder    where tiles are kept between runs
 * @param cacheCapBytes  the most the cache may hold; the oldest tiles go first
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a whole answer
 * @param retryAfter     how long to stop asking after a failure that gives no time of its own
 * @param userAgent      the User-Agent header, naming the application
 * @param clock          the time, for expiry
 */
public record OnlineOptions(String template, Path cacheFolder, long cacheCapBytes, Duration connectTimeout,
        Duration requestTimeout, Duration retryAfter, String userAgent, Clock clock) {
    public static final String OSM_TEMPLATE = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public static final long DEFAULT_CACHE_CAP = 200L * 1024 * 1024;

    /** The defaults for a tile server at {@code template}: 200 MB cache, 5 s to connect, 15 s an answer. */
    public static OnlineOptions defaults(String template, Path cacheFolder) {
        return new OnlineOptions(template, cacheFolder, DEFAULT_CACHE_CAP, Duration.ofSeconds(5),
                Duration.ofSeconds(15), Duration.ofMinutes(2), AppIdentity.userAgent(), Clock.systemUTC());
    }

    public OnlineOptions withTimeouts(Duration connect, Duration request) {
        return new OnlineOptions(template, cacheFolder, cacheCapBytes, connect, request, retryAfter, userAgent, clock);
    }

    public OnlineOptions withCacheCap(long bytes) {
        return new OnlineOptions(template, cacheFolder, bytes, connectTimeout, requestTimeout, retryAfter, userAgent,
                clock);
    }

    public OnlineOptions withClock(Clock clock) {
        return new OnlineOptions(template, cacheFolder, cacheCapBytes, connectTimeout, requestTimeout, retryAfter,
                userAgent, clock);
    }

    /** The address of one tile. */
    String address(int zoom, long x, long y) {
        return template.replace("{z}", Integer.toString(zoom)).replace("{x}", Long.toString(x))
                .replace("{y}", Long.toString(y));
    }
}

package org.incidentatlas.render.online;

import java.net.http.HttpHeaders;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads HTTP caching headers: how long a tile may be kept, and how long to wait when told to slow down. */
final class CacheHeaders {
    /** Used when a server says nothing about caching: a week, as OpenStreetMap's policy suggests at least. */
    static final long DEFAULT_MAX_AGE_MILLIS = 7L * 24 * 3600 * 1000;
    private static final Pattern MAX_AGE = Pattern.compile("max-age\\s*=\\s*(\\d+)");

    private CacheHeaders() {
    }

    /** When a tile received at {@code now} expires: Cache-Control max-age, else Expires, else a week. */
    static long expires(HttpHeaders headers, long now) {
        Optional<String> control = headers.firstValue("Cache-Control").map(s -> s.toLowerCase(Locale.ROOT));
        if (control.isPresent()) {
            if (control.get().contains("no-cache") || control.get().contains("no-store")) {
                return now;
            }
            Matcher m = MAX_AGE.matcher(control.get());
            if (m.find()) {
                return now + Long.parseLong(m.group(1)) * 1000;
            }
        }
        Optional<Long> expires = headers.firstValue("Expires").flatMap(CacheHeaders::httpDate);
        return expires.orElse(now + DEFAULT_MAX_AGE_MILLIS);
    }

    /** Retry-After in seconds or as a date; {@code fallback} milliseconds when absent. */
    static long retryAfterMillis(HttpHeaders headers, long now, long fallback) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::trim);
        if (value.isEmpty()) {
            return fallback;
        }
        if (value.get().matches("\\d+")) {
            return Long.parseLong(value.get()) * 1000;
        }
        return httpDate(value.get()).map(t -> Math.max(0, t - now)).orElse(fallback);
    }

    private static Optional<Long> httpDate(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()
                    .toEpochMilli());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package org.incidentatlas.render.online;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/** The per-user cache folder of the platform, where online tiles are kept between runs. */
public final class UserCache {
    private UserCache() {
    }

    /** The cache folder for tiles from one tile address template (each server keeps its own). */
    public static Path tiles(String template) {
        String host;
        try {
            host = URI.create(template.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        String name = (host == null ? "tiles" : host.replaceAll("[^A-Za-z0-9.-]", "_")) + "-"
                + Integer.toHexString(template.hashCode());
        return root().resolve("tiles").resolve(name);
    }

    static Path root() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "IncidentAtlas", "cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "Incident Atlas");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache")).resolve("incident-atlas");
    }
}

package org.incidentatlas.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database lives: {@code --db DIR} if given, else {@code INCIDENT_ATLAS_HOME}, else the per-user data folder
 * of the platform ({@code $XDG_DATA_HOME} or {@code ~/.local/share} on Linux, {@code %APPDATA%} on Windows,
 * {@code ~/Library/Application Support} on macOS).
 */
public final class DataHome {
    public static final String ENV = "INCIDENT_ATLAS_HOME";

    private DataHome() {
    }

    public static Path resolve(String dbOption) {
        return resolve(dbOption, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    static Path resolve(String dbOption, Map<String, String> env, String osName, String userHome) {
        if (dbOption != null && !dbOption.isBlank()) {
            return Path.of(dbOption);
        }
        String home = env.get(ENV);
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank()
                    ? Path.of(userHome, "AppData", "Roaming") : Path.of(appData);
            return base.resolve("IncidentAtlas");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Incident Atlas");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? Path.of(userHome, ".local", "share") : Path.of(xdg);
        return base.resolve("incident-atlas");
    }
}

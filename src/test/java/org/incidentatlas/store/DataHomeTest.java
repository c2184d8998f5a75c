package org.incidentatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataHomeTest {
    private static final String HOME = "/home/layla";
    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void dbOptionWinsOverEverything() {
        Map<String, String> env = Map.of(DataHome.ENV, "/srv/atlas", "XDG_DATA_HOME", "/xdg", "APPDATA", "/appdata");
        assertEquals(Path.of("/tmp/study-db"), DataHome.resolve("/tmp/study-db", env, "Linux", HOME));
        assertEquals(Path.of("relative/db"), DataHome.resolve("relative/db", env, "Windows 11", HOME));
    }

    @Test
    void blankDbOptionIsIgnored() {
        assertEquals(Path.of("/srv/atlas"), DataHome.resolve("  ", Map.of(DataHome.ENV, "/srv/atlas"), "Linux", HOME));
    }

    @Test
    void environmentVariableWinsOverThePlatformFolder() {
        Map<String, String> env = Map.of(DataHome.ENV, "/srv/atlas", "XDG_DATA_HOME", "/xdg", "APPDATA", "/appdata");
        assertEquals(Path.of("/srv/atlas"), DataHome.resolve(null, env, "Linux", HOME));
        assertEquals(Path.of("/srv/atlas"), DataHome.resolve(null, env, "Windows 10", HOME));
        assertEquals(Path.of("/srv/atlas"), DataHome.resolve(null, env, "Mac OS X", HOME));
    }

    @Test
    void blankEnvironmentVariableIsIgnored() {
        assertEquals(Path.of(HOME, ".local", "share", "incident-atlas"),
                DataHome.resolve(null, Map.of(DataHome.ENV, ""), "Linux", HOME));
    }

    @Test
    void linuxUsesXdgDataHome() {
        assertEquals(Path.of("/data/xdg/incident-atlas"),
                DataHome.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME));
    }

    @Test
    void linuxWithoutXdgDataHomeUsesLocalShare() {
        assertEquals(Path.of("/home/layla/.local/share/incident-atlas"), DataHome.resolve(null, NO_ENV, "Linux", HOME));
    }

    @Test
    void relativeOrBlankXdgDataHomeIsIgnoredAsTheSpecificationSays() {
        Path expected = Path.of("/home/layla/.local/share/incident-atlas");
        assertEquals(expected, DataHome.resolve(null, Map.of("XDG_DATA_HOME", "data"), "Linux", HOME));
        assertEquals(expected, DataHome.resolve(null, Map.of("XDG_DATA_HOME", " "), "Linux", HOME));
    }

    @Test
    void otherUnixLikeSystemsFollowXdgToo() {
        assertEquals(Path.of("/data/xdg/incident-atlas"),
                DataHome.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), "FreeBSD", HOME));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\layla\\AppData\\Roaming";
        assertEquals(Path.of(appData).resolve("IncidentAtlas"),
                DataHome.resolve(null, Map.of("APPDATA", appData, "XDG_DATA_HOME", "/xdg"), "Windows 11", HOME));
    }

    @Test
    void windowsWithoutAppDataUsesRoamingInTheUserHome() {
        assertEquals(Path.of(HOME, "AppData", "Roaming", "IncidentAtlas"),
                DataHome.resolve(null, NO_ENV, "Windows 10", HOME));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of(HOME, "Library", "Application Support", "Incident Atlas"),
                DataHome.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X", HOME));
    }

    @Test
    void publicResolveTakesTheDbOptionAsGiven() {
        assertEquals(Path.of("/tmp/atlas-db"), DataHome.resolve("/tmp/atlas-db"));
    }
}

package org.incidentatlas.render.online;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Who is asking, for servers: the application's name, version and project address, from the build. */
public final class AppIdentity {
    private AppIdentity() {
    }

    /** E.g. {@code IncidentAtlas/0.1.0 (+https://github.com/incident-atlas/incident-atlas)}. */
    public static String userAgent() {
        Properties build = new Properties();
        try (InputStream in = AppIdentity.class.getResourceAsStream("/org/incidentatlas/build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            // Fall through to the defaults below: the User-Agent still names the application.
        }
        String name = build.getProperty("name", "Incident Atlas").replace(" ", "");
        return name + "/" + build.getProperty("version", "dev") + " (+"
                + build.getProperty("url", "https://github.com/incident-atlas/incident-atlas") + ")";
    }
}

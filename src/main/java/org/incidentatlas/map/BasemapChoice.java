package org.incidentatlas.map;

import java.util.Objects;

/**
 * Which basemap the user picked.
 *
 * @param kind     offline (the default), online tiles, or an MBTiles file
 * @param location the MBTiles file, or the online tile address template; empty for offline
 */
public record BasemapChoice(Kind kind, String location) {
    /** The kinds of basemap. */
    public enum Kind { OFFLINE, ONLINE, MBTILES }

    public static final BasemapChoice OFFLINE = new BasemapChoice(Kind.OFFLINE, "");

    public BasemapChoice {
        Objects.requireNonNull(kind, "kind");
        location = location == null ? "" : location;
    }
}

package org.incidentatlas.map;

import java.util.Objects;
import org.incidentatlas.export.SavedView;
import org.incidentatlas.render.BasemapKind;

/**
 * Which basemap the user picked.
 *
 * @param kind     offline (the default), online tiles, or an MBTiles file
 * @param location the MBTiles file, or the online tile address template; empty for offline
 */
public record BasemapChoice(BasemapKind kind, String location) {
    public static final BasemapChoice OFFLINE = new BasemapChoice(BasemapKind.OFFLINE, "");

    public BasemapChoice {
        Objects.requireNonNull(kind, "kind");
        location = location == null ? "" : location;
    }

    /** The basemap a view file names (its dark style is the window's own setting). */
    public static BasemapChoice of(SavedView.Basemap basemap) {
        return basemap.kind() == BasemapKind.OFFLINE ? OFFLINE : new BasemapChoice(basemap.kind(), basemap.location());
    }

    /** This choice as a view file writes it; {@code darkOffline} counts for the offline basemap only. */
    public SavedView.Basemap saved(boolean darkOffline) {
        return new SavedView.Basemap(kind, location, kind == BasemapKind.OFFLINE && darkOffline);
    }
}

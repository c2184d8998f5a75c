package org.incidentatlas.map;

import java.io.IOException;
import java.nio.file.Path;
import org.incidentatlas.render.TileSource;
import org.incidentatlas.render.mbtiles.MbTilesSource;
import org.incidentatlas.render.online.OnlineOptions;
import org.incidentatlas.render.online.OnlineTileSource;
import org.incidentatlas.render.online.UserCache;

/** Opens the tile source for a basemap choice. Opening an MBTiles file reads it: call off the FX thread. */
public final class BasemapSources {
    private BasemapSources() {
    }

    /**
     * The source for a choice, or null for the offline basemap.
     *
     * @throws IOException when the MBTiles file cannot be used; the message names it and says why
     */
    public static TileSource open(BasemapChoice choice) throws IOException {
        return switch (choice.kind()) {
            case OFFLINE -> null;
            case ONLINE -> online(choice.location().isBlank() ? OnlineOptions.OSM_TEMPLATE : choice.location());
            case MBTILES -> MbTilesSource.open(Path.of(choice.location()));
        };
    }

    private static TileSource online(String template) {
        boolean osm = template.equals(OnlineOptions.OSM_TEMPLATE);
        String credit = osm ? OnlineTileSource.OSM_ATTRIBUTION
                : "Basemap: tiles from " + template.replaceAll("^https?://([^/]+)/.*$", "$1")
                        + " (© OpenStreetMap contributors, unless that server says otherwise)";
        return new OnlineTileSource(OnlineOptions.defaults(template, UserCache.tiles(template)), credit);
    }
}

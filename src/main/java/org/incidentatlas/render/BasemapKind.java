package org.incidentatlas.render;

import java.util.Locale;

/**
 * Where a basemap's tiles come from: the offline basemap drawn from the bundled data, an MBTiles file, or online
 * tiles. One type for the window's choice, the remembered preference and the view file, which writes it as
 * {@link #id()}.
 */
public enum BasemapKind {
    OFFLINE, MBTILES, ONLINE;

    /** The name view files use: {@code offline}, {@code mbtiles} or {@code online}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind named {@code id}, in any case (view files of every version wrote the lower-case names).
     *
     * @throws IllegalArgumentException naming the value and the kinds there are
     */
    public static BasemapKind of(String id) {
        for (BasemapKind k : values()) {
            if (k.id().equals(id.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("basemap kind must be offline, mbtiles or online (was '" + id + "')");
    }
}

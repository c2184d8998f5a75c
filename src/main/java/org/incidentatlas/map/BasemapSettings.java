package org.incidentatlas.map;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.render.BasemapKind;
import org.incidentatlas.render.online.OnlineOptions;

/**
 * Remembers the basemap choice between runs, in the user's Java preferences (node {@code org/incidentatlas}), and the
 * online tile address (OpenStreetMap's unless a team sets its own server).
 */
public final class BasemapSettings {
    private static final String KIND = "basemap.kind";
    private static final String FILE = "basemap.mbtiles";
    private static final String TEMPLATE = "basemap.online.template";

    /** Where the settings are kept. */
    interface Store {
        String get(String key, String fallback);

        void put(String key, String value);
    }

    private final Store store;

    private BasemapSettings(Store store) {
        this.store = store;
    }

    /** Settings kept in the user's preferences. */
    public static BasemapSettings userPreferences() {
        Preferences node = Preferences.userRoot().node("org/incidentatlas");
        return new BasemapSettings(new Store() {
            @Override
            public String get(String key, String fallback) {
                return node.get(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                node.put(key, value);
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    // Kept for this run; the next start falls back to the offline map.
                }
            }
        });
    }

    /** Settings that last only as long as this object (tests, and windows that should not remember). */
    public static BasemapSettings inMemory() {
        Map<String, String> map = new HashMap<>();
        return new BasemapSettings(new Store() {
            @Override
            public String get(String key, String fallback) {
                return map.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                map.put(key, value);
            }
        });
    }

    /** The remembered choice; offline when none was made or it cannot be read. */
    public BasemapChoice choice() {
        try {
            BasemapKind kind = BasemapKind.valueOf(store.get(KIND, BasemapKind.OFFLINE.name()));
            return switch (kind) {
                case OFFLINE -> BasemapChoice.OFFLINE;
                case ONLINE -> new BasemapChoice(kind, onlineTemplate());
                case MBTILES -> new BasemapChoice(kind, store.get(FILE, ""));
            };
        } catch (IllegalArgumentException e) {
            return BasemapChoice.OFFLINE;
        }
    }

    public void remember(BasemapChoice choice) {
        store.put(KIND, choice.kind().name());
        if (choice.kind() == BasemapKind.MBTILES) {
            store.put(FILE, choice.location());
        }
        if (choice.kind() == BasemapKind.ONLINE && !choice.location().isBlank()) {
            store.put(TEMPLATE, choice.location());
        }
    }

    /** The online tile address template: OpenStreetMap's unless set. */
    public String onlineTemplate() {
        return store.get(TEMPLATE, OnlineOptions.OSM_TEMPLATE);
    }
}

package org.incidentatlas.ui;

import org.incidentatlas.export.SavedView;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.WindowMode;
import org.incidentatlas.render.basemap.LabelLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs, in the Java Preferences store (per user): window placement, the map's
 * centre and zoom, the timeline, the filters, and the theme. Unknown or damaged values fall back to the defaults.
 */
public final class AppPreferences {
    /** The node the app uses; tests pass a node of their own. */
    public static final String NODE = "org/incidentatlas";
    private static final Logger LOG = LoggerFactory.getLogger(AppPreferences.class);

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String LATITUDE = "map.latitude";
    private static final String LONGITUDE = "map.longitude";
    private static final String ZOOM = "map.zoom";
    private static final String THEME = "theme";
    private static final String LABELS = "mapLabels";
    private static final String TIMELINE_FROM = "timeline.from";
    private static final String TIMELINE_TO = "timeline.to";
    private static final String TIMELINE_MODE = "timeline.mode";
    private static final String FILTERS = "filters";

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    public static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node(NODE));
    }

    /** Where the window was; {@code null} when never saved. */
    public record Placement(double x, double y, double width, double height, boolean maximized) {
    }

    /**
     * The timeline's selected days (epoch days, inclusive) and its mode.
     */
    public record TimelineState(int from, int to, WindowMode mode) {
    }


    public Placement placement() {
        double w = node.getDouble(WIDTH, -1);
        double h = node.getDouble(HEIGHT, -1);
        if (w < 200 || h < 150) {
            return null;
        }
        return new Placement(node.getDouble(X, 0), node.getDouble(Y, 0), w, h, node.getBoolean(MAXIMIZED, false));
    }

    public void savePlacement(Placement p) {
        node.putDouble(X, p.x());
        node.putDouble(Y, p.y());
        node.putDouble(WIDTH, p.width());
        node.putDouble(HEIGHT, p.height());
        node.putBoolean(MAXIMIZED, p.maximized());
        flush();
    }

    public SavedView.MapArea mapArea() {
        double lat = node.getDouble(LATITUDE, MainWindow.START_LATITUDE);
        double lon = node.getDouble(LONGITUDE, MainWindow.START_LONGITUDE);
        double zoom = node.getDouble(ZOOM, MainWindow.START_ZOOM);
        if (Math.abs(lat) > 85 || Math.abs(lon) > 180 || zoom < 1 || zoom > 20) {
            return new SavedView.MapArea(MainWindow.START_LATITUDE, MainWindow.START_LONGITUDE, MainWindow.START_ZOOM);
        }
        return new SavedView.MapArea(lat, lon, zoom);
    }

    public void saveMapArea(SavedView.MapArea area) {
        node.putDouble(LATITUDE, area.latitude());
        node.putDouble(LONGITUDE, area.longitude());
        node.putDouble(ZOOM, area.zoom());
        flush();
    }

    /** The timeline as it was left, or {@code null} when never saved. */
    public TimelineState timeline() {
        int from = node.getInt(TIMELINE_FROM, Integer.MIN_VALUE);
        int to = node.getInt(TIMELINE_TO, Integer.MIN_VALUE);
        if (from == Integer.MIN_VALUE || to < from) {
            return null;
        }
        WindowMode mode;
        try {
            mode = WindowMode.valueOf(node.get(TIMELINE_MODE, WindowMode.MOVING.name()));
        } catch (IllegalArgumentException e) {
            mode = WindowMode.MOVING;
        }
        return new TimelineState(from, to, mode);
    }

    public void saveTimeline(TimelineState state) {
        node.putInt(TIMELINE_FROM, state.from());
        node.putInt(TIMELINE_TO, state.to());
        node.put(TIMELINE_MODE, state.mode().name());
        flush();
    }

    /** The filters as they were left ({@link IncidentFilter#NONE} when never saved or unreadable). */
    public IncidentFilter filter() {
        String json = node.get(FILTERS, null);
        if (json == null) {
            return IncidentFilter.NONE;
        }
        try {
            return SavedView.Filters.fromJson(json).toFilter();
        } catch (IllegalArgumentException e) {
            return IncidentFilter.NONE;
        }
    }

    /** Remembers the filters; a filter too long for the preferences store (thousands of actors) is not kept. */
    public void saveFilter(IncidentFilter filter) {
        String json = SavedView.Filters.of(filter).toJson();
        if (json.length() <= Preferences.MAX_VALUE_LENGTH) {
            node.put(FILTERS, json);
        } else {
            node.remove(FILTERS);
        }
        flush();
    }

    public Theme theme() {
        try {
            return Theme.valueOf(node.get(THEME, Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    /** The language of the offline map's area names; English when unset or damaged. */
    public LabelLanguage labels() {
        try {
            return LabelLanguage.of(node.get(LABELS, "english"));
        } catch (IllegalArgumentException e) {
            return LabelLanguage.ENGLISH;
        }
    }

    public void saveLabels(LabelLanguage language) {
        node.put(LABELS, language.word());
        flush();
    }

    public void saveTheme(Theme theme) {
        node.put(THEME, theme.name());
        flush();
    }

    /**
     * Forgets everything remembered; the next start looks like the first. Never throws (it runs on the FX thread):
     * when the preferences store cannot be changed, the failure is logged and returned.
     *
     * @return empty when done, else why the preferences could not be forgotten
     */
    public Optional<Failure> reset() {
        try {
            node.clear();
            node.flush();
            return Optional.empty();
        } catch (BackingStoreException | IllegalStateException | SecurityException e) {
            LOG.warn("Cannot reset the preferences in {}", node, e);
            return Optional.of(Failure.of("Cannot reset the preferences", e, "The window goes on with the "
                    + "preferences it had. Check that your user's preferences folder (on Linux ~/.java/.userPrefs) "
                    + "may be written to, then reset them again."));
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException ignored) {
            // the values stay in memory and are written on exit by the Preferences implementation
        }
    }
}

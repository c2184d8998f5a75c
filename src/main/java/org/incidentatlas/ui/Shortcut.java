package org.incidentatlas.ui;

import java.util.List;

/** A keyboard shortcut or mouse gesture, listed in Help > Keyboard shortcuts. */
public record Shortcut(String keys, String action) {
    /** Everything the window answers to, in the order of the menus, then on the map. */
    public static List<Shortcut> all() {
        return List.of(
                new Shortcut("Ctrl+O", "Import a GED CSV or Incident Atlas JSON file"),
                new Shortcut("Ctrl+E", "Export the map as a PNG picture"),
                new Shortcut("Ctrl+Shift+E", "Export the timeline's playback as a GIF or PNG frames"),
                new Shortcut("Ctrl+Shift+D", "Export the incidents shown as CSV, GeoJSON or KML"),
                new Shortcut("Ctrl+Shift+O", "Open a saved view"),
                new Shortcut("Ctrl+S", "Save the view (dates, filters, map area, basemap) to a file"),
                new Shortcut("Ctrl+Q", "Quit"),
                new Shortcut("Ctrl+F", "Search incidents (the filter panel's search field)"),
                new Shortcut("Space", "Play or pause the timeline"),
                new Shortcut("Left / Right", "Step the timeline back / forward (Shift: a larger step)"),
                new Shortcut("F11", "Full screen on / off"),
                new Shortcut("F1", "This list of shortcuts"),
                new Shortcut("Drag a file onto the window", "Import it"),
                new Shortcut("Click a dot", "Show that incident"),
                new Shortcut("Click empty map", "Clear the selection"),
                new Shortcut("Drag the map", "Pan"),
                new Shortcut("Mouse wheel", "Zoom in and out"));
    }
}

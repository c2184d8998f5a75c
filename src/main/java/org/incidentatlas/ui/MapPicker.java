package org.incidentatlas.ui;

import java.util.function.BiConsumer;

/** Lets the user place something by clicking the main window's map: the next click gives its latitude and longitude. */
@FunctionalInterface
public interface MapPicker {
    /** For a window with no map to click. */
    MapPicker NONE = onPicked -> {
    };

    /** Waits for the next click on the map (Esc cancels) and hands its latitude and longitude to {@code onPicked}. */
    void pickPoint(BiConsumer<Double, Double> onPicked);
}

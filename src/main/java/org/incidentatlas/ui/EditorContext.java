package org.incidentatlas.ui;

import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.ingest.IncidentEditor;

/**
 * What the incident editor works with: the store's editor (saves, history, undo), a way to read incidents back, the
 * OCHA boundaries that name the areas a point falls in (the ones the window already holds), and the background that
 * runs every database call off the FX thread.
 */
public record EditorContext(IncidentEditor editor, IncidentLookup lookup, AdminBoundaries boundaries,
        Background background) {
}

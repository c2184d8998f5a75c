package org.incidentatlas.ui;

import java.util.List;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.ingest.IncidentEditor;

/**
 * What the incident editor works with: the store's editor (saves, history, undo), a way to read incidents back, the
 * OCHA boundaries that name the areas a point falls in, and the actors already in the database to pick from.
 */
public record EditorContext(IncidentEditor editor, IncidentLookup lookup, AdminBoundaries boundaries,
        List<String> knownActors) {
    public EditorContext {
        knownActors = List.copyOf(knownActors);
    }
}

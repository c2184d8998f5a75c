package org.incidentatlas.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** State of the main window: the selected incident and the status line. Knows no view. */
public final class AtlasViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AtlasViewModel.class);

    // Properties
    private final ObjectProperty<Incident> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final IncidentLookup lookup;
    private final Background background;

    public AtlasViewModel(IncidentLookup lookup, Background background) {
        this.lookup = lookup;
        this.background = background;
    }

    public ReadOnlyObjectProperty<Incident> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // Commands

    /** Loads the incident in the background and selects it; an id that is no longer there clears the selection. */
    public void select(IncidentId id) {
        background.run(() -> lookup.find(id), found -> {
            selected.set(found.orElse(null));
            if (found.isEmpty()) {
                status.set("Incident " + id + " is no longer in the database");
            }
        }, error -> {
            LOG.warn("Could not load incident {}", id, error);
            status.set("Could not load incident " + id + ": " + Failure.reason(error));
        });
    }

    public void clearSelection() {
        selected.set(null);
    }

    public void showStatus(String text) {
        status.set(text);
    }
}

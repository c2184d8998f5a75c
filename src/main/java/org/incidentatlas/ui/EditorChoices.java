package org.incidentatlas.ui;

import java.util.List;
import org.incidentatlas.index.NamedPlaces;

/**
 * What the editor offers to pick from, read off the FX thread when it opens: the researcher's datasets, the actors
 * already in the database, and the named places and areas.
 */
public record EditorChoices(List<String> datasets, List<String> actors, NamedPlaces places) {
    public EditorChoices {
        datasets = List.copyOf(datasets);
        actors = List.copyOf(actors);
    }
}

package org.incidentatlas.ui;

import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.incidentatlas.domain.DatasetCredits;
import org.incidentatlas.export.Shown;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.TimeIndex;

/**
 * The credits of the incident data the window shows, with versions and licences: on the map, those of the datasets
 * whose incidents the filters let through on the whole timeline; in a picture, those of its incidents; in the About
 * box, again those the filters let through. Until the datasets' credits are known, the window's own words for the
 * data stand for them.
 */
final class ShownCredits {
    private final TimelineModel timeline;
    /** The window's own words for the data, until the datasets' credits are known. */
    private final String fallback;
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper(this, "line");
    private DatasetCredits credits;

    ShownCredits(TimelineModel timeline, String fallback) {
        this.timeline = timeline;
        this.fallback = fallback;
        line.set(fallback);
    }

    /** Keeps the credits of newly loaded data; null (data loaded without them) keeps those known. */
    void setCredits(DatasetCredits newCredits) {
        if (newCredits != null) {
            credits = newCredits;
        }
    }

    /** The map's line: the credits of the datasets the filters let through, once they are known. */
    ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    /** Says the map's line again for the timeline's incidents and filters. */
    void update() {
        if (credits != null && timeline.indexProperty().get() != null) {
            line.set(credits.line(shownDatasets()));
        }
    }

    /** The credits of exactly the datasets of {@code what} (a picture's incidents). */
    String line(Shown what) {
        return credits == null ? fallback : credits.line(what.datasets());
    }

    /** The About box's words: the datasets of the incidents the filters let through. */
    String about() {
        return credits == null ? fallback : credits.about(shownDatasets());
    }

    private Set<String> shownDatasets() {
        TimeIndex index = timeline.indexProperty().get();
        return index.datasets(new DateWindow(Integer.MIN_VALUE, Integer.MAX_VALUE), timeline.maskProperty().get());
    }
}

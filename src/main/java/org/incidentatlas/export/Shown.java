package org.incidentatlas.export;

import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.index.WindowTotals;

/**
 * The incidents a picture shows, exactly as the window's map has them: an index, the filters as a mask over it, and
 * the date window.
 */
public record Shown(TimeIndex index, IncidentMask mask, DateWindow window) {
    public Shown {
        if (!mask.fits(index.size())) {
            throw new IllegalArgumentException("the filter mask was built for another index");
        }
    }

    /** The same incidents in another date window (an animation frame). */
    public Shown in(DateWindow other) {
        return new Shown(index, mask, other);
    }

    /** The dataset keys of the incidents shown: the datasets a picture of them credits. */
    public java.util.Set<String> datasets() {
        return index.datasets(window, mask);
    }

    public WindowTotals totals() {
        return index.totals(window, mask);
    }
}

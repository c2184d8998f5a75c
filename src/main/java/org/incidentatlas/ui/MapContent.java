package org.incidentatlas.ui;

import org.incidentatlas.domain.DatasetCredits;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.TimeIndex;

/**
 * Everything the window shows about the incidents, built together off the FX thread and swapped in whole: the
 * {@link TimeIndex} the map and timeline draw, the {@link FilterCodes} the filters evaluate ({@code null} for a
 * window without the filter panel), and the datasets' credits ({@code null}: keep the window's own words).
 */
public record MapContent(TimeIndex index, FilterCodes codes, DatasetCredits credits) {
    public MapContent(TimeIndex index, FilterCodes codes) {
        this(index, codes, null);
    }
}

package org.incidentatlas.ui;

import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.TimeIndex;

/**
 * Everything the window shows about the incidents, built together off the FX thread and swapped in whole: the
 * {@link TimeIndex} the map and timeline draw, and the {@link FilterCodes} the filters evaluate ({@code null} for a
 * window without the filter panel).
 */
public record MapContent(TimeIndex index, FilterCodes codes) {
}

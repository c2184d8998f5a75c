package org.incidentatlas.ui;

import java.util.BitSet;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.FilterEvaluator;
import org.incidentatlas.index.FilterSummary;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;

/**
 * The filters of the window: the current {@link IncidentFilter}, the incidents it lets through (as an
 * {@link IncidentMask} over the map's {@link TimeIndex}, which the timeline and the map apply together with the date
 * window) and the summary line. Evaluated on the in-memory {@link FilterCodes}, never by a query.
 */
public final class FilterViewModel {
    // Properties
    private final ReadOnlyObjectWrapper<IncidentFilter> filter = new ReadOnlyObjectWrapper<>(IncidentFilter.NONE);
    private final ReadOnlyObjectWrapper<IncidentMask> mask = new ReadOnlyObjectWrapper<>(IncidentMask.ALL);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    private final FilterCodes codes;
    private final TimeIndex points;
    private final int[] pointToCode;
    private BitSet matching;

    public FilterViewModel(FilterCodes codes, TimeIndex points) {
        this.codes = codes;
        this.points = points;
        this.pointToCode = codes.positionsIn(points);
        apply(IncidentFilter.NONE);
    }

    public ReadOnlyObjectProperty<IncidentFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** The incidents the filters let through, by position in the map's {@link TimeIndex}. */
    public ReadOnlyObjectProperty<IncidentMask> maskProperty() {
        return mask.getReadOnlyProperty();
    }

    /** "1,234 of 7,476 incidents, 5,678 deaths (best)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public FilterCodes codes() {
        return codes;
    }

    /** Positions in {@link #codes()} of the incidents the current filter lets through (a copy). */
    public BitSet matching() {
        return (BitSet) matching.clone();
    }

    // Commands

    public void apply(IncidentFilter f) {
        BitSet passing = FilterEvaluator.evaluate(codes, f);
        matching = passing;
        FilterSummary s = FilterEvaluator.summarise(codes, passing);
        filter.set(f);
        mask.set(f.isEmpty() ? IncidentMask.ALL
                : IncidentMask.of(points, p -> pointToCode[p] >= 0 && passing.get(pointToCode[p])));
        summary.set(s.line());
    }

    public void clearAll() {
        apply(IncidentFilter.NONE);
    }
}

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
import org.incidentatlas.index.PointIndex;

/**
 * The filters of the window: the current {@link IncidentFilter}, the incidents it lets through (as a mask over the
 * map's {@link PointIndex}) and the summary line. Evaluated on the in-memory {@link FilterCodes}, never by a query.
 */
public final class FilterViewModel {
    // Properties
    private final ReadOnlyObjectWrapper<IncidentFilter> filter = new ReadOnlyObjectWrapper<>(IncidentFilter.NONE);
    private final ReadOnlyObjectWrapper<BitSet> pointMask = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    private final FilterCodes codes;
    private final int[] pointToCode;
    private BitSet matching;

    public FilterViewModel(FilterCodes codes, PointIndex points) {
        this.codes = codes;
        this.pointToCode = codes.positionsIn(points);
        apply(IncidentFilter.NONE);
    }

    public ReadOnlyObjectProperty<IncidentFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** Positions in the map's {@link PointIndex} of the incidents shown. */
    public ReadOnlyObjectProperty<BitSet> pointMaskProperty() {
        return pointMask.getReadOnlyProperty();
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
        matching = FilterEvaluator.evaluate(codes, f);
        BitSet mask = new BitSet(pointToCode.length);
        for (int p = 0; p < pointToCode.length; p++) {
            if (pointToCode[p] >= 0 && matching.get(pointToCode[p])) {
                mask.set(p);
            }
        }
        FilterSummary s = FilterEvaluator.summarise(codes, matching);
        filter.set(f);
        pointMask.set(f.isEmpty() ? null : mask);
        summary.set(s.line());
    }

    public void clearAll() {
        apply(IncidentFilter.NONE);
    }
}

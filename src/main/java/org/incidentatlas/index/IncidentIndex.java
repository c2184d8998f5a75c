package org.incidentatlas.index;

import org.incidentatlas.domain.FactsSink;
import org.incidentatlas.domain.IncidentFacts;
import org.incidentatlas.domain.PointRow;

/**
 * The map's {@link TimeIndex} and the filters' {@link FilterCodes} over the same incidents in the same order, so a
 * filter's result is a mask over the index with no translation. Built from the rows the store hands over (see
 * {@link #builder}) or read back from an {@link IndexSnapshot}.
 */
public record IncidentIndex(TimeIndex points, FilterCodes codes) {

    /** Collects rows in any order; {@link Builder#build()} sorts them once for both. */
    public static Builder builder(AdminBoundaries boundaries) {
        return new Builder(boundaries, 1024);
    }

    /**
     * As {@link #builder(AdminBoundaries)}, with room for {@code expected} incidents from the start: no array is grown
     * and copied on the way (a million incidents then fit an import's 512 MB heap).
     */
    public static Builder builder(AdminBoundaries boundaries, int expected) {
        return new Builder(boundaries, expected);
    }

    /** Takes every incident's facts once and makes both halves of the index. Not thread-safe. */
    public static final class Builder implements FactsSink {
        private final TimeIndexBuilder points;
        private final FilterCodesBuilder codes;
        private final FactsRow row = new FactsRow();

        private Builder(AdminBoundaries boundaries, int expected) {
            this.points = new TimeIndexBuilder(expected);
            this.codes = new FilterCodesBuilder(boundaries, false, expected);
        }

        @Override
        public void expect(int incidents) {
            points.makeRoom(incidents);
            codes.makeRoom(incidents);
        }

        @Override
        public void accept(IncidentFacts f) {
            row.f = f;
            points.accept(row);
            codes.accept(f);
        }

        public IncidentIndex build() {
            int[] order = points.order();
            TimeIndex index = points.build(order);
            return new IncidentIndex(index, codes.build(order, index));
        }
    }

    /** One incident's facts as the time index reads them. */
    private static final class FactsRow implements PointRow {
        private IncidentFacts f;

        @Override
        public long rowId() {
            return f.rowId();
        }

        @Override
        public String dataset() {
            return f.dataset();
        }

        @Override
        public String originalId() {
            return f.originalId();
        }

        @Override
        public int startDay() {
            return (int) f.start().toEpochDay();
        }

        @Override
        public int endDay() {
            return (int) f.end().toEpochDay();
        }

        @Override
        public int datePrecision() {
            return f.datePrecision();
        }

        @Override
        public double latitude() {
            return f.latitude();
        }

        @Override
        public double longitude() {
            return f.longitude();
        }

        @Override
        public int deathsBest() {
            return f.deathsBest();
        }

        @Override
        public int violenceType() {
            return f.violenceType();
        }

        @Override
        public int locationPrecision() {
            return f.locationPrecision();
        }
    }
}

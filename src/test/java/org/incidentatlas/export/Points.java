package org.incidentatlas.export;

import java.time.LocalDate;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.index.TimeIndexBuilder;
import org.incidentatlas.domain.PointRow;

/** Test incidents for export tests: one point per call, ids "t:1", "t:2", ... in the order added. */
final class Points {
    private final TimeIndexBuilder builder = new TimeIndexBuilder(8);
    private int next = 1;

    Points add(String day, double lat, double lon, int deaths, int type) {
        int d = (int) LocalDate.parse(day).toEpochDay();
        builder.accept(new Row(next, "t", Integer.toString(next), d, d, 1, lat, lon, deaths, type));
        next++;
        return this;
    }

    TimeIndex build() {
        return builder.build();
    }

    private record Row(long rowId, String dataset, String originalId, int startDay, int endDay, int datePrecision,
            double latitude, double longitude, int deathsBest, int violenceType) implements PointRow {
    }
}

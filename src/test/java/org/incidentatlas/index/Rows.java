package org.incidentatlas.index;

import java.time.LocalDate;
import org.incidentatlas.domain.PointRow;

/** Test incidents for index tests: one row per call, ids "t:1", "t:2", ... in the order added. */
final class Rows {
    private final TimeIndexBuilder builder = new TimeIndexBuilder(8);
    private int next = 1;

    /** An exact-day incident at Baghdad-ish coordinates. */
    Rows add(String start, String end, int deaths) {
        return add(start, end, 1, 33.3, 44.4, deaths);
    }

    Rows add(String start, String end, int precision, double lat, double lon, int deaths) {
        builder.accept(new Row(next, "t", Integer.toString(next), day(start), day(end), precision, lat, lon, deaths,
                1 + next % 3));
        next++;
        return this;
    }

    TimeIndex build() {
        return builder.build();
    }

    static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }

    record Row(long rowId, String dataset, String originalId, int startDay, int endDay, int datePrecision,
            double latitude, double longitude, int deathsBest, int violenceType) implements PointRow {
    }
}

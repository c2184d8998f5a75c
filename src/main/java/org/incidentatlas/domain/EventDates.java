package org.incidentatlas.domain;

import java.time.LocalDate;

/** When an incident happened: a first and last day (equal for one-day events) and how exactly that is known. */
public record EventDates(LocalDate start, LocalDate end, DatePrecision precision) {
    public EventDates {
        Checks.required(start, "dates.start");
        Checks.required(end, "dates.end");
        Checks.required(precision, "dates.precision");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("dates.end (" + end + ") is before dates.start (" + start + ")");
        }
    }

    public static EventDates onDay(LocalDate day, DatePrecision precision) {
        return new EventDates(day, day, precision);
    }

    public boolean singleDay() {
        return start.equals(end);
    }
}

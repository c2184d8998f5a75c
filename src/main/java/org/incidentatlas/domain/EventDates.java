package org.incidentatlas.domain;

import java.time.LocalDate;

/** When an incident happened: a first and last day (equal for one-day events) and how exactly that is known. */
public record EventDates(LocalDate start, LocalDate end, DatePrecision precision) {
    /** First day a record may have: dates are kept as published, in the proleptic Gregorian calendar. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    /** Last day a record may have. */
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    public EventDates {
        Checks.required(start, "dates.start");
        Checks.required(end, "dates.end");
        Checks.required(precision, "dates.precision");
        inRange(start, "dates.start");
        inRange(end, "dates.end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("dates.end (" + end + ") is before dates.start (" + start + ")");
        }
    }

    /** Refuses a day outside {@link #FIRST_DAY} to {@link #LAST_DAY}, naming the field. */
    public static LocalDate inRange(LocalDate day, String field) {
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw new IllegalArgumentException(field + " is outside the years 1 to 9999 that a record may have (was "
                    + day + ")");
        }
        return day;
    }

    public static EventDates onDay(LocalDate day, DatePrecision precision) {
        return new EventDates(day, day, precision);
    }

    public boolean singleDay() {
        return start.equals(end);
    }
}

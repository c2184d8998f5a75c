package org.incidentatlas.index;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A histogram bin or a playback step: a day, a week (from Monday), a calendar month or a calendar year. */
public enum BinUnit {
    DAY, WEEK, MONTH, YEAR;

    /** Most bins a histogram should have before a coarser unit is chosen. */
    public static final int MAX_BINS = 400;

    /** The finest unit that shows a span of {@code days} days in at most {@link #MAX_BINS} bins. */
    public static BinUnit forSpan(long days) {
        if (days <= MAX_BINS) {
            return DAY;
        }
        if (days <= MAX_BINS * 7L) {
            return WEEK;
        }
        if (days <= MAX_BINS * 30L) {
            return MONTH;
        }
        return YEAR;
    }

    /** The first day of the bin holding {@code day}. */
    public LocalDate floor(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** {@code day} moved by {@code steps} of this unit (negative steps go back). */
    public LocalDate plus(LocalDate day, long steps) {
        return switch (this) {
            case DAY -> day.plusDays(steps);
            case WEEK -> day.plusWeeks(steps);
            case MONTH -> day.plusMonths(steps);
            case YEAR -> day.plusYears(steps);
        };
    }

    /** The next coarser unit (a year stays a year): Shift-steps use it. */
    public BinUnit coarser() {
        return this == YEAR ? YEAR : values()[ordinal() + 1];
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.incidentatlas.index;

import java.time.LocalDate;

/**
 * The days a map shows: every incident whose span [start, end] overlaps [from, to], both bounds inclusive, in epoch
 * days. A cumulative window has no lower bound: it shows everything up to {@code to}.
 *
 * @param from first day shown, or {@link #OPEN} for a cumulative window
 * @param to   last day shown (inclusive)
 */
public record DateWindow(int from, int to) {
    /** The {@code from} of a cumulative window: before any incident. */
    public static final int OPEN = Integer.MIN_VALUE;

    public static DateWindow of(LocalDate from, LocalDate to) {
        return new DateWindow(Math.toIntExact(from.toEpochDay()), Math.toIntExact(to.toEpochDay()));
    }

    /** Everything up to and including {@code to}. */
    public static DateWindow until(int to) {
        return new DateWindow(OPEN, to);
    }

    public boolean cumulative() {
        return from == OPEN;
    }

    /** An empty window (to before from) shows nothing. */
    public boolean empty() {
        return to < from;
    }

    /** Whether a span [start, end] overlaps this window. */
    public boolean overlaps(int start, int end) {
        return start <= to && end >= from;
    }

    public LocalDate toDate() {
        return LocalDate.ofEpochDay(to);
    }

    /** The first day, or null for a cumulative window. */
    public LocalDate fromDate() {
        return cumulative() ? null : LocalDate.ofEpochDay(from);
    }
}

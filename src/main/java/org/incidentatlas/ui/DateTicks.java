package org.incidentatlas.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the timeline's axis puts its labels: at round dates only (1 January of every 1, 2, 5, 10, 20 or 50 years; the
 * first of every 1, 3 or 6 months; or every 1, 2, 5 or 10 days from the first of a month), the finest step that
 * gives at most the number of labels there is room for.
 */
final class DateTicks {
    /** A labelled day and its text ("2005", "2005-03" or "2005-03-14", as fine as the step). */
    record Tick(LocalDate day, String text) {
    }

    private static final int[] YEARS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    private static final int[] MONTHS = {1, 3, 6};
    private static final int[] DAYS = {1, 2, 5, 10};

    private DateTicks() {
    }

    /** The ticks from {@code from} to {@code to} (both included), at most {@code room} of them (at least one step). */
    static List<Tick> between(LocalDate from, LocalDate to, int room) {
        int max = Math.max(1, room);
        for (int d : DAYS) {
            List<Tick> t = days(from, to, d, max);
            if (t != null) {
                return t;
            }
        }
        for (int m : MONTHS) {
            List<Tick> t = months(from, to, m, max);
            if (t != null) {
                return t;
            }
        }
        for (int y : YEARS) {
            List<Tick> t = years(from, to, y, max);
            if (t != null) {
                return t;
            }
        }
        return List.of();
    }

    private static List<Tick> days(LocalDate from, LocalDate to, int step, int max) {
        if ((to.toEpochDay() - from.toEpochDay()) / step > max + 2L) {
            return null;
        }
        List<Tick> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if ((d.getDayOfMonth() - 1) % step == 0 && (step == 1 || d.getDayOfMonth() + step <= 32)) {
                out.add(new Tick(d, d.toString()));
            }
        }
        return out.size() <= max ? out : null;
    }

    private static List<Tick> months(LocalDate from, LocalDate to, int step, int max) {
        long months = (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue();
        if (months / step > max + 2L) {
            return null;
        }
        List<Tick> out = new ArrayList<>();
        for (LocalDate d = from.withDayOfMonth(1); !d.isAfter(to); d = d.plusMonths(1)) {
            if (!d.isBefore(from) && (d.getMonthValue() - 1) % step == 0) {
                out.add(new Tick(d, d.getMonthValue() == 1 ? Integer.toString(d.getYear())
                        : d.toString().substring(0, 7)));
            }
        }
        return out.size() <= max ? out : null;
    }

    private static List<Tick> years(LocalDate from, LocalDate to, int step, int max) {
        List<Tick> out = new ArrayList<>();
        int first = Math.floorDiv(from.getYear() + step - 1, step) * step;
        if (LocalDate.of(first, 1, 1).isBefore(from)) {
            first += step;
        }
        if ((to.getYear() - first) / step > max + 2) {
            return null;
        }
        for (int y = first; y <= to.getYear(); y += step) {
            out.add(new Tick(LocalDate.of(y, 1, 1), Integer.toString(y)));
        }
        return out.size() <= max ? out : null;
    }
}

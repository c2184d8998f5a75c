package org.incidentatlas.store;

import java.time.LocalDate;

/** Totals over the whole database; dates are {@code null} when it is empty. */
public record Stats(long incidents, long sources, LocalDate firstDate, LocalDate lastDate, long deathsLow,
        long deathsBest, long deathsHigh) {
}

package org.incidentatlas.index;

import java.time.LocalDate;

/** Totals over the incidents a filter lets through. Dates are {@code null} when nothing matched. */
public record FilterSummary(int shown, int total, long sources, LocalDate firstDate, LocalDate lastDate,
        long deathsLow, long deathsBest, long deathsHigh) {

    /** "1,234 of 7,476 incidents, 5,678 deaths (best)". */
    public String line() {
        return String.format("%,d of %,d incidents, %,d deaths (best)", shown, total, deathsBest);
    }
}

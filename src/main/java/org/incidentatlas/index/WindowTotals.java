package org.incidentatlas.index;

/** What a date window shows: how many incidents, and their best-estimate deaths. */
public record WindowTotals(int incidents, long deaths) {
}

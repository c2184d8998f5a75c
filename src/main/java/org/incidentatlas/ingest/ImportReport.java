package org.incidentatlas.ingest;

import java.util.List;

/**
 * The outcome of one import.
 *
 * @param file      the file or resource imported
 * @param rowsRead  records read from it
 * @param imported  incidents written to the database (0 when nothing was committed)
 * @param rejected  records refused, with where and why
 * @param committed whether the database was changed
 */
public record ImportReport(String file, long rowsRead, int imported, List<Rejection> rejected, boolean committed) {
    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /** The report as a person reads it: counts on the first line, then one line per rejected record. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(file).append(": ").append(rowsRead).append(rowsRead == 1 ? " record read, " : " records read, ")
                .append(imported).append(" imported, ")
                .append(rejected.size()).append(" rejected");
        if (!committed && !rejected.isEmpty()) {
            b.append(" (nothing was imported; use --skip-bad-rows to import the good records)");
        }
        for (Rejection r : rejected) {
            b.append(System.lineSeparator()).append("  ").append(r);
        }
        return b.toString();
    }
}

package org.incidentatlas.ingest;

/** Table headers and rows built in memory for the row mappers' tests, as a CSV file's line 7 would give them. */
final class TestRows {
    private TestRows() {
    }

    static TableHeader header(String... names) {
        try {
            return TableHeader.of(names, "line 1", "t.csv");
        } catch (ImportException e) {
            throw new AssertionError(e);
        }
    }

    /** The row of line 7 under {@code header}. */
    static TableRow row(TableHeader header, String... values) {
        return new TableRow(header, values, "line 7", 7);
    }

    /** A row of line 7 from column names and values in turn: name, value, name, value, ... */
    static TableRow pairs(String... cells) {
        String[] names = new String[cells.length / 2];
        String[] values = new String[cells.length / 2];
        for (int i = 0; i < names.length; i++) {
            names[i] = cells[2 * i];
            values[i] = cells[2 * i + 1];
        }
        return row(header(names), values);
    }
}

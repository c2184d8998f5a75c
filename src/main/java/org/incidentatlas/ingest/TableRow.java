package org.incidentatlas.ingest;

/** One data row of a table, read by column name, with where it is in the file for messages. */
public final class TableRow {
    private final TableHeader header;
    private final String[] values;
    private final String where;
    private final long number;

    /**
     * @param where  "line 12" or "sheet 'Data' row 12"
     * @param number the line or sheet row number in {@code where}
     */
    TableRow(TableHeader header, String[] values, String where, long number) {
        this.header = header;
        this.values = values;
        this.where = where;
        this.number = number;
    }

    /** The line (CSV) or sheet row (workbook) the row starts on. */
    public long number() {
        return number;
    }

    /** The value under that column as written (not stripped), or "" when the column is absent or the cell empty. */
    public String get(String column) {
        Integer i = header.index(column);
        return i == null || i >= values.length ? "" : values[i];
    }

    /** The value at a position, or "" past the row's end. */
    public String at(int column) {
        return column < values.length ? values[column] : "";
    }

    /** How many fields the row has (for a CSV row, as written; for a sheet row, at least the header's width). */
    public int size() {
        return values.length;
    }

    /** Where the row is: "line 12" in a CSV file, "sheet 'Data' row 12" in a workbook. */
    public String where() {
        return where;
    }

    public TableHeader header() {
        return header;
    }

    /** The fields in file order; the array is the row's own, not to be changed. */
    String[] values() {
        return values;
    }
}

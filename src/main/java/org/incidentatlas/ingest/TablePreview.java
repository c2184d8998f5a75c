package org.incidentatlas.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The header and first rows of a table, for the window's column-mapping dialog, and the known format (UCDP GED,
 * ACLED, GTD) its header shows, if any. Reads no further than the rows asked for; the values are as written in the
 * file, to be shown as plain text only.
 *
 * @param fileName the file's name, for messages
 * @param columns  the header's column names in file order (blank for a header cell left empty)
 * @param rows     up to the number of rows asked for, each as wide as the header
 * @param format   the name of the known format the header shows ({@code ged}, {@code acled}, {@code gtd}), or null
 */
public record TablePreview(String fileName, List<String> columns, List<List<String>> rows, String format) {
    public TablePreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Whether the file's name says it is a table (CSV or a workbook) rather than an Incident Atlas JSON file. */
    public static boolean looksLikeTable(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".xlsm");
    }

    /**
     * Reads the header and the first {@code maxRows} rows of a CSV file or of the first sheet of a workbook.
     *
     * @throws ImportException when the file has no header row, or names a column twice
     */
    public static TablePreview read(Path file, int maxRows) throws ImportException, IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file + ": " + (Files.exists(file) ? "is not a regular file" : "no such file"));
        }
        try (InputStream raw = Files.newInputStream(file);
                BufferedInputStream in = new BufferedInputStream(raw);
                TableSource table = Tables.open(in, name, true, null)) {
            TableHeader header = table.header();
            List<List<String>> rows = new ArrayList<>();
            for (TableRow row = table.next(); row != null && rows.size() < maxRows; row = table.next()) {
                String[] cells = new String[header.width()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = row.at(i);
                }
                rows.add(Arrays.asList(cells));
            }
            return new TablePreview(name, header.names(), rows, knownFormat(header, name));
        } catch (NoSuchFileException e) {
            throw new ImportException(file + ": no such file", e);
        }
    }

    private static String knownFormat(TableHeader header, String fileName) {
        for (TableFormat f : ImportOptions.NONE.tableFormats(fileName)) {
            if (f.recognises(header)) {
                return f.name();
            }
        }
        return null;
    }
}

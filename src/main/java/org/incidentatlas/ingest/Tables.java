package org.incidentatlas.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Opens a file as a table: an Excel workbook (.xlsx) by its zip signature and name, otherwise CSV. */
final class Tables {
    /** How far the header line is looked for, to choose the text encoding by format before decoding. */
    private static final int HEADER_PEEK = 1 << 16;

    private Tables() {
    }

    /** Whether the bytes are a zip archive named as a workbook (an .xlsx or .xlsm file). */
    static boolean isWorkbook(byte[] head, String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
                && (name.endsWith(".xlsx") || name.endsWith(".xlsm"));
    }

    /**
     * Opens the table in {@code in}.
     *
     * @param mayBeWindows1252 for CSV: whether text that is not UTF-8 is read as Windows-1252
     * @param sheet            for a workbook: the sheet's name or 1-based number, or null for the first
     */
    static TableSource open(BufferedInputStream in, String fileName, boolean mayBeWindows1252, String sheet)
            throws ImportException, IOException {
        in.mark(8);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (isWorkbook(head, fileName)) {
            return XlsxTable.open(in, fileName, sheet);
        }
        return new CsvTable(in, fileName, mayBeWindows1252);
    }

    /**
     * The CSV file's first line as bytes read as Latin-1 (so any encoding's ASCII names show), for choosing a format
     * before the text is decoded; "" for a workbook.
     */
    static String peekHeaderLine(BufferedInputStream in, String fileName) throws IOException {
        in.mark(HEADER_PEEK + 1);
        byte[] head = in.readNBytes(HEADER_PEEK);
        in.reset();
        if (isWorkbook(head, fileName)) {
            return "";
        }
        int end = 0;
        while (end < head.length && head[end] != '\n' && head[end] != '\r') {
            end++;
        }
        return new String(head, 0, end, StandardCharsets.ISO_8859_1);
    }
}

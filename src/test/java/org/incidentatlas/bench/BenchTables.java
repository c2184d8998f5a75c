package org.incidentatlas.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.incidentatlas.ingest.AcledSample;
import org.incidentatlas.ingest.GtdTable;
import org.incidentatlas.ingest.IbcTable;
import org.incidentatlas.ingest.ImportOptions;
import org.incidentatlas.ingest.SyntheticGed;

/**
 * Tables of many rows in each format the importer reads, written for the benchmarks: GED CSV from the synthetic
 * generator; ACLED's current layout written to its codebook; GTD as CSV in Windows-1252 and as a streaming-written
 * .xlsx of its 135 columns; an Iraq Body Count shaped CSV read through a mapping. Invented rows, never a dataset's.
 */
final class BenchTables {
    /** The formats, as the benchmarks' {@code table} parameter names them. */
    static final String[] NAMES = {"ged-csv", "acled-csv", "gtd-csv", "gtd-xlsx", "mapped-csv"};

    /** A table written to a temporary file, and the options that import it. */
    record Table(Path file, ImportOptions options) {
    }

    private BenchTables() {
    }

    /** Writes {@code rows} rows of the format named {@code table} to a new temporary file. */
    static Table write(String table, int rows) throws IOException {
        Path file;
        ImportOptions options;
        switch (table) {
            case "ged-csv" -> {
                file = Files.createTempFile("bench-ged", ".csv");
                try (Writer w = Files.newBufferedWriter(file)) {
                    SyntheticGed.writeCsv(w, rows, 7);
                }
                options = new ImportOptions("ged", null, null);
            }
            case "acled-csv" -> {
                file = Files.createTempFile("bench-acled", ".csv");
                Files.writeString(file, AcledSample.text(AcledSample.CURRENT, AcledSample.many(rows)),
                        StandardCharsets.UTF_8);
                options = new ImportOptions("acled", null, null);
            }
            case "gtd-csv" -> {
                file = Files.createTempFile("bench-gtd", ".csv");
                Files.write(file, gtd(rows).csvWindows1252());
                options = new ImportOptions("gtd", null, null);
            }
            case "gtd-xlsx" -> {
                file = Files.createTempFile("bench-gtd", ".xlsx");
                gtdWorkbook(file, rows);
                options = new ImportOptions("gtd", null, null);
            }
            default -> {
                file = Files.createTempFile("bench-ibc", ".csv");
                StringBuilder b = new StringBuilder(IbcTable.CSV.substring(0, IbcTable.CSV.indexOf("\r\n") + 2));
                String row = IbcTable.CSV.split("\r\n")[1];
                for (int i = 0; i < rows; i++) {
                    b.append(row.replace("k10001", "k" + (100_000 + i))).append("\r\n");
                }
                Files.writeString(file, b, StandardCharsets.UTF_8);
                options = new ImportOptions(null, IbcTable.mapping(), null);
            }
        }
        return new Table(file, options);
    }

    private static GtdTable gtd(int rows) {
        GtdTable t = new GtdTable();
        for (int i = 0; i < rows; i++) {
            t.add(GtdTable.event("eventid", Long.toString(201_400_000_000L + i), "iday", 1 + i % 28));
        }
        return t;
    }

    /** Written row by row with inline strings, as large exports are, so that writing fits the heap too. */
    private static void gtdWorkbook(Path path, int rows) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(path)) {
            var sheet = book.createSheet("Data");
            var header = sheet.createRow(0);
            for (int c = 0; c < GtdTable.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(GtdTable.COLUMNS.get(c));
            }
            for (int i = 0; i < rows; i++) {
                Map<String, Object> event = GtdTable.event("eventid", Long.toString(201_400_000_000L + i));
                var row = sheet.createRow(i + 1);
                for (int c = 0; c < GtdTable.COLUMNS.size(); c++) {
                    Object v = event.get(GtdTable.COLUMNS.get(c));
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (!"".equals(v)) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
    }
}

package org.incidentatlas.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.ingest.GtdTable;
import org.incidentatlas.ingest.IbcTable;
import org.incidentatlas.ingest.ImportOptions;
import org.incidentatlas.ingest.RecordSink;
import org.incidentatlas.ingest.Rejection;
import org.incidentatlas.ingest.SyntheticGed;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The parsing side of an import, per table format: a file of {@link #ROWS} rows read from disk through the table
 * reader and every row mapped to a checked incident (GED CSV from the synthetic generator; GTD as CSV in
 * Windows-1252 and as a streaming-written .xlsx of its 135 columns; an Iraq Body Count shaped CSV through a mapping).
 * The database write is not measured here. Rows a second = ROWS / the time of one shot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class TableReadBenchmark {
    static final int ROWS = 50_000;

    @Param({"ged-csv", "gtd-csv", "gtd-xlsx", "mapped-csv"})
    public String table;

    private Path file;
    private ImportOptions options;

    @Setup
    public void write() throws IOException {
        switch (table) {
            case "ged-csv" -> {
                file = Files.createTempFile("bench-ged", ".csv");
                try (Writer w = Files.newBufferedWriter(file)) {
                    SyntheticGed.writeCsv(w, ROWS, 7);
                }
                options = new ImportOptions("ged", null, null);
            }
            case "gtd-csv" -> {
                file = Files.createTempFile("bench-gtd", ".csv");
                Files.write(file, gtd().csvWindows1252());
                options = new ImportOptions("gtd", null, null);
            }
            case "gtd-xlsx" -> {
                file = Files.createTempFile("bench-gtd", ".xlsx");
                gtdWorkbook(file);
                options = new ImportOptions("gtd", null, null);
            }
            default -> {
                file = Files.createTempFile("bench-ibc", ".csv");
                StringBuilder b = new StringBuilder(IbcTable.CSV.substring(0, IbcTable.CSV.indexOf("\r\n") + 2));
                String row = IbcTable.CSV.split("\r\n")[1];
                for (int i = 0; i < ROWS; i++) {
                    b.append(row.replace("k10001", "k" + (100_000 + i))).append("\r\n");
                }
                Files.writeString(file, b, StandardCharsets.UTF_8);
                options = new ImportOptions(null, IbcTable.mapping(), null);
            }
        }
    }

    private static GtdTable gtd() {
        GtdTable t = new GtdTable();
        for (int i = 0; i < ROWS; i++) {
            t.add(GtdTable.event("eventid", Long.toString(201_400_000_000L + i), "iday", 1 + i % 28));
        }
        return t;
    }

    /** Written row by row with inline strings, as large exports are, so that writing fits the heap too. */
    private static void gtdWorkbook(Path path) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(path)) {
            var sheet = book.createSheet("Data");
            var header = sheet.createRow(0);
            for (int c = 0; c < GtdTable.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(GtdTable.COLUMNS.get(c));
            }
            for (int i = 0; i < ROWS; i++) {
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

    @Benchmark
    public long read() throws Exception {
        List<Rejection> rejected = new ArrayList<>();
        long[] accepted = {0};
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            options.tableReader(file.getFileName().toString()).stream(in, file.getFileName().toString(),
                    ProgressListener.NONE, new RecordSink() {
                        @Override
                        public void accept(Incident incident, String location) {
                            accepted[0]++;
                        }

                        @Override
                        public void reject(Rejection rejection) {
                            rejected.add(rejection);
                        }
                    });
        }
        if (!rejected.isEmpty() || accepted[0] != ROWS) {
            throw new IllegalStateException(accepted[0] + " read, rejected " + rejected.subList(0,
                    Math.min(3, rejected.size())));
        }
        return accepted[0];
    }

    @TearDown
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}

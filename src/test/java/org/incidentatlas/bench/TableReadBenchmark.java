package org.incidentatlas.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.ingest.ImportOptions;
import org.incidentatlas.ingest.RecordSink;
import org.incidentatlas.ingest.Rejection;
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
 * reader and every row mapped to a checked incident, for each table of {@link BenchTables}.
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

    @Param({"ged-csv", "acled-csv", "gtd-csv", "gtd-xlsx", "mapped-csv"})
    public String table;

    private Path file;
    private ImportOptions options;

    @Setup
    public void write() throws IOException {
        BenchTables.Table t = BenchTables.write(table, ROWS);
        file = t.file();
        options = t.options();
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

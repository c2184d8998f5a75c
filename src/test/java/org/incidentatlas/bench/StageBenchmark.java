package org.incidentatlas.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.ingest.SyntheticGed;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
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
 * The staging half of an import, whole: a GED CSV file ({@code generate}'s rows) read, parsed, mapped, checked and
 * every record staged into the staging file beside the database, as {@code import} does it, but not moved into H2.
 * The file ends in one bad row, so the import stages every good record, then is not kept (its staging file is
 * deleted) and the database stays empty for the next shot. Rows a second = {@code rows} / the time of one shot; set
 * beside {@link ImportBenchmark} it says how much of an import the move into H2 takes. The heap is capped at 512 MB,
 * as in the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = "-Xmx512m")
public class StageBenchmark {
    @Param({"200000"})
    int rows;

    private Path dir;
    private Path csv;
    private Database db;

    @Setup
    public void prepare() throws IOException {
        dir = Files.createTempDirectory("stage-bench");
        csv = dir.resolve("ged-synthetic.csv");
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            SyntheticGed.writeCsv(out, rows, 7);
            out.write("not,a,ged,row\n");
        }
        db = Database.open(dir.resolve("db"));
    }

    @TearDown
    public void deleteAll() throws IOException {
        db.close();
        BenchData.delete(dir);
    }

    /** File to staged records: every good row staged, the last one refused, nothing kept. */
    @Benchmark
    public ImportReport stage() throws Exception {
        ImportReport report = new Importer(new IncidentRepository(db)).importFile(csv, false, ProgressListener.NONE);
        if (report.committed() || report.rowsRead() != rows + 1 || report.rejected().size() != 1) {
            throw new IllegalStateException("expected " + rows + " rows staged and one refused, was "
                    + report.rowsRead() + " read, " + report.rejected().size() + " refused, committed "
                    + report.committed());
        }
        return report;
    }
}

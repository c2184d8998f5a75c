package org.incidentatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.export.DataExport;
import org.incidentatlas.export.DataFormat;
import org.incidentatlas.domain.ProgressListener;
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
 * {@code export csv} and {@code export geojson} of 1,000,000 whole generated incidents (1.4 sources each on
 * average) from an H2 database to a file on disk, every field, as the command line does it for all incidents: read
 * from the database and written side by side, forced to disk, moved into place. Target: under 10 s each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class DataExportBenchmark {
    @Param({"CSV", "GEOJSON"})
    public String format;

    private Database db;
    private IncidentRepository repository;
    private Path out;

    @Setup
    public void open() throws IOException {
        db = Database.open(BenchData.fullDatabase(1_000_000));
        repository = new IncidentRepository(db);
        out = Files.createTempFile("export-bench", "." + format.toLowerCase(java.util.Locale.ROOT));
    }

    @Benchmark
    public long export1M() throws IOException {
        return DataExport.write(DataFormat.valueOf(format), repository, null, "bench", out, ProgressListener.NONE);
    }

    @TearDown
    public void close() throws IOException {
        db.close();
        Files.deleteIfExists(out);
    }
}

package org.incidentatlas.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.IncidentIndex;
import org.incidentatlas.index.IndexSnapshot;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.ingest.SyntheticGed;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * A whole import of generated GED rows ({@code generate}'s CSV) into a new database, as {@code import} does it:
 * parsing, checking, staging, moving into place, compacting (and, in {@link #importWithSnapshot}, the index snapshot).
 * Rows per second = {@code rows} / the time of one shot. The heap
 * is capped at 512 MB, as in the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = "-Xmx512m")
public class ImportBenchmark {
    private static final AdminBoundaries OCHA = AdminBoundaries.bundled();

    @Param({"100000"})
    int rows;

    private Path dir;
    private Path csv;
    private Database db;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        dir = Files.createTempDirectory("import-bench");
        csv = dir.resolve("ged-synthetic.csv");
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            SyntheticGed.writeCsv(out, rows, 7);
        }
    }

    @Setup(Level.Invocation)
    public void newDatabase() throws IOException {
        BenchData.delete(dir.resolve("db"));
        db = Database.open(dir.resolve("db"));
    }

    @TearDown(Level.Invocation)
    public void closeDatabase() {
        db.close();
    }

    @TearDown(Level.Trial)
    public void deleteAll() throws IOException {
        BenchData.delete(dir);
    }

    /** The import alone: read, check, stage, decide, move into place (100,000 rows: no compaction). */
    @Benchmark
    public ImportReport importRows() throws Exception {
        ImportReport report = new Importer(new IncidentRepository(db)).importFile(csv, false, ProgressListener.NONE);
        if (report.imported() != rows) {
            throw new IllegalStateException("imported " + report.imported() + " of " + rows);
        }
        return report;
    }

    /**
     * What {@code import} does: the same, and the index snapshot built from the facts the import hands over as it
     * moves its records into place, then written.
     */
    @Benchmark
    public IncidentIndex importWithSnapshot() throws Exception {
        IncidentIndex.Builder facts = IncidentIndex.builder(OCHA, 1024);
        IncidentRepository repository = new IncidentRepository(db);
        ImportReport report = new Importer(repository).withFacts(facts).importFile(csv, false, ProgressListener.NONE);
        if (report.imported() != rows) {
            throw new IllegalStateException("imported " + report.imported() + " of " + rows);
        }
        IncidentIndex index = facts.build();
        IndexSnapshot.write(dir.resolve("db").resolve(IndexSnapshot.FILE_NAME),
                IndexSnapshot.key(repository.dataStamp(), OCHA), index);
        return index;
    }
}

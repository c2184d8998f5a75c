package org.incidentatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Importer;
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
 * A whole import per table format, as {@code import FILE} does it: the file read and every row checked, written and
 * committed into a new database, with {@code -Xmx512m}. Rows a second = {@link #ROWS} / the time of one shot; set
 * beside {@link TableReadBenchmark} (the parsing alone) it says how much of an import the database takes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class FormatImportBenchmark {
    static final int ROWS = 20_000;

    @Param({"ged-csv", "acled-csv", "gtd-csv", "gtd-xlsx", "mapped-csv"})
    public String table;

    private BenchTables.Table file;
    private Path dir;
    private Database db;

    @Setup(Level.Trial)
    public void write() throws IOException {
        file = BenchTables.write(table, ROWS);
        dir = Files.createTempDirectory("format-import-bench");
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
        Files.deleteIfExists(file.file());
    }

    @Benchmark
    public ImportReport importTable() throws Exception {
        ImportReport report = new Importer(new IncidentRepository(db), file.options()).importFile(file.file(), false,
                ProgressListener.NONE);
        if (report.imported() != ROWS) {
            throw new IllegalStateException("imported " + report.imported() + " of " + ROWS + ": "
                    + report.rejected().subList(0, Math.min(3, report.rejected().size())));
        }
        return report;
    }
}

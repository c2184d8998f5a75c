package org.incidentatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.FilterEvaluator;
import org.incidentatlas.index.FilterSummary;
import org.incidentatlas.index.GedFacts;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.IncidentIndex;
import org.incidentatlas.index.IndexSnapshot;
import org.incidentatlas.index.SyntheticFacts;
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
 * What a start and a filtered {@code stats} do with the index snapshot, at the bundled 7,473 GED events and at a
 * million incidents: read the snapshot whole (map, checksum, columns into arrays), and count what a filter lets
 * through on the codes read. {@code buildIndex} is the index built from facts already in memory, the least a start
 * without a snapshot pays before reading the database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class IndexSnapshotBenchmark {
    @Param({"7473", "1000000"})
    int incidents;

    private final AdminBoundaries boundaries = AdminBoundaries.bundled();
    private Path dir;
    private Path file;
    private IncidentIndex index;
    private final IncidentFilter ninewaJune2014 = IncidentFilter.builder().from(LocalDate.of(2014, 6, 1))
            .to(LocalDate.of(2014, 6, 30)).governorates(List.of("Ninewa")).build();

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("snapshot-bench");
        file = dir.resolve(IndexSnapshot.FILE_NAME);
        index = buildIndex();
        IndexSnapshot.write(file, "bench", index);
    }

    @TearDown
    public void tearDown() throws Exception {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /** The whole snapshot, search text included, as the window reads it at start. */
    @Benchmark
    public IncidentIndex loadSnapshot() throws Exception {
        return IndexSnapshot.read(file, "bench", boundaries, true);
    }

    /** What {@code stats} with a governorate and dates does after opening the database: read, evaluate, total. */
    @Benchmark
    public FilterSummary filteredStatsFromSnapshot() throws Exception {
        IncidentIndex read = IndexSnapshot.read(file, "bench", boundaries, false);
        BitSet passing = FilterEvaluator.evaluate(read.codes(), ninewaJune2014);
        return FilterEvaluator.summarise(read.codes(), passing);
    }

    /** The filtered count alone, on codes in memory (a filter change in the window). */
    @Benchmark
    public FilterSummary filteredCount() {
        return FilterEvaluator.summarise(index.codes(), FilterEvaluator.evaluate(index.codes(), ninewaJune2014));
    }

    @Benchmark
    public IncidentIndex buildIndex() throws Exception {
        IncidentIndex.Builder b = IncidentIndex.builder(boundaries);
        if (incidents == 7473) {
            GedFacts.read().forEach(b);
        } else {
            SyntheticFacts.generate(incidents, b);
        }
        return b.build();
    }
}

package org.incidentatlas.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.domain.ViolenceType;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.FilterEvaluator;
import org.incidentatlas.index.GedFacts;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.TextFold;
import org.incidentatlas.domain.IncidentFacts;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One filter change (a keystroke in the search box with a governorate, type and minimum deaths set): evaluated on
 * the precomputed {@link FilterCodes}, against the naive way that re-derives everything from the incidents' own
 * fields each time (fold every text, locate every point in the OCHA polygons). {@code copies} repeats the GED
 * events to see how both scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FilterBench {
    @Param({"1", "10"})
    int copies;

    private List<IncidentFacts> facts;
    private AdminBoundaries boundaries;
    private FilterCodes codes;
    private IncidentFilter filter;
    private int ninewa;

    @Setup
    public void setUp() throws Exception {
        List<IncidentFacts> ged = GedFacts.read();
        facts = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            facts.addAll(ged);
        }
        boundaries = AdminBoundaries.bundled();
        codes = FilterCodes.of(facts, boundaries);
        filter = IncidentFilter.builder().types(Set.of(ViolenceType.ONE_SIDED, ViolenceType.STATE_BASED))
                .governorates(List.of("Ninewa")).minDeaths(2).text("tall afar").build();
        ninewa = boundaries.governorates().matching("Ninewa").get(0);
    }

    @Benchmark
    public BitSet filterCodes() {
        return FilterEvaluator.evaluate(codes, filter);
    }

    @Benchmark
    public BitSet naive() {
        BitSet out = new BitSet(facts.size());
        String[] words = TextFold.words(filter.text());
        for (int i = 0; i < facts.size(); i++) {
            IncidentFacts f = facts.get(i);
            if (f.violenceType() != 1 && f.violenceType() != 3 || f.deathsBest() < 2) {
                continue;
            }
            if (boundaries.governorates().locate(f.latitude(), f.longitude()) != ninewa) {
                continue;
            }
            if (TextFold.containsAllWords(TextFold.fold(f.searchText()), words)) {
                out.set(i);
            }
        }
        return out;
    }

    /** The one-off cost paid off the FX thread at start-up (folding, point in polygon for every incident). */
    @Benchmark
    public FilterCodes buildCodes() {
        return FilterCodes.of(facts, boundaries);
    }
}

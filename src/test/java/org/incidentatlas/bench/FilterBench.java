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
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TextFold;
import org.incidentatlas.domain.IncidentFacts;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.index.TimeIndexBuilder;
import org.incidentatlas.ui.FilterViewModel;
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
 * One filter change end to end, as the filter panel makes it (a keystroke in the search box, with a governorate, types
 * and minimum deaths set): the filters evaluated on the precomputed {@link FilterCodes}, the summary line, the mask
 * over the map's index, the timeline's totals and histogram through it, and the incident layer redrawn to pixels
 * (see {@link FxMap}), on the JavaFX thread; each change alternates between two searches so every one is new. Against
 * the naive way that re-derives everything from the incidents' own fields on each change (fold every text, locate
 * every point in the OCHA polygons) and then does the same mask, totals, histogram and drawing. {@code evaluateOnly}
 * times the evaluation on the codes alone, for reference. {@code copies} repeats the GED events (each copy with its
 * own ids) to see how both scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
    "-Dprism.order=sw", "-Dprism.text=t2k"})
public class FilterBench {
    @Param({"1", "10"})
    int copies;

    private List<IncidentFacts> facts;
    private AdminBoundaries boundaries;
    private FilterCodes codes;
    private TimeIndex index;
    private int[] pointToCode;
    private FilterViewModel filters;
    private FxMap fx;
    private final IncidentFilter[] searches = new IncidentFilter[2];
    private int next;
    private int ninewa;

    @Setup
    public void setUp() throws Exception {
        List<IncidentFacts> ged = GedFacts.read();
        facts = new ArrayList<>();
        TimeIndexBuilder points = new TimeIndexBuilder(ged.size() * copies);
        for (int c = 0; c < copies; c++) {
            for (IncidentFacts f : ged) {
                IncidentFacts copy = new IncidentFacts(facts.size(), f.dataset(), f.originalId() + "-" + c,
                        f.start(), f.end(), f.datePrecision(), f.placeName(), f.adm1(), f.adm2(), f.latitude(),
                        f.longitude(), f.locationPrecision(), f.sideA(), f.sideB(), f.violenceType(), f.deathsLow(),
                        f.deathsBest(), f.deathsHigh(), f.sourceCount(), f.searchText(), f.category(), f.eventType(),
                        f.method());
                facts.add(copy);
                points.accept(new BenchData.Row(copy.rowId(), copy.dataset(), copy.originalId(),
                        (int) copy.start().toEpochDay(), (int) copy.end().toEpochDay(), copy.datePrecision(),
                        copy.latitude(), copy.longitude(), copy.deathsBest(), copy.violenceType()));
            }
        }
        boundaries = AdminBoundaries.bundled();
        codes = FilterCodes.of(facts, boundaries);
        index = points.build();
        pointToCode = codes.positionsIn(index);
        IncidentFilter.Builder search = IncidentFilter.builder()
                .types(Set.of(ViolenceType.ONE_SIDED, ViolenceType.STATE_BASED)).governorates(List.of("Ninewa"))
                .minDeaths(2);
        searches[0] = search.text("tall afar").build();
        searches[1] = search.text("tall afa").build();
        ninewa = boundaries.governorates().matching("Ninewa").get(0);
        fx = FxMap.start(index);
        filters = FxMap.onFx(() -> new FilterViewModel(codes, index));
    }

    private IncidentFilter nextSearch() {
        next = 1 - next;
        return searches[next];
    }

    /** The filter panel's way: evaluate on the codes, then mask, totals, histogram and the layer redrawn. */
    @Benchmark
    public int filterChange() throws Exception {
        IncidentFilter f = nextSearch();
        return FxMap.onFx(() -> {
            filters.apply(f);
            return filters.summaryProperty().get().length() + fx.filter(filters.maskProperty().get());
        });
    }

    /** The naive way: every fact re-derived on each change, then the same mask, totals, histogram and drawing. */
    @Benchmark
    public int naive() throws Exception {
        IncidentFilter f = nextSearch();
        return FxMap.onFx(() -> {
            BitSet passing = new BitSet(facts.size());
            String[] words = TextFold.words(f.text());
            for (int i = 0; i < facts.size(); i++) {
                IncidentFacts fact = facts.get(i);
                if (fact.violenceType() != 1 && fact.violenceType() != 3 || fact.deathsBest() < 2) {
                    continue;
                }
                if (boundaries.governorates().locate(fact.latitude(), fact.longitude()) != ninewa) {
                    continue;
                }
                if (TextFold.containsAllWords(TextFold.fold(fact.searchText()), words)) {
                    passing.set(i);
                }
            }
            IncidentMask mask = IncidentMask.of(index, p -> pointToCode[p] >= 0 && passing.get(pointToCode[p]));
            return passing.cardinality() + fx.filter(mask);
        });
    }

    /** The evaluation on the codes alone, without summary, mask, totals, histogram or drawing. */
    @Benchmark
    public BitSet evaluateOnly() {
        return FilterEvaluator.evaluate(codes, nextSearch());
    }

    /** The one-off cost paid off the FX thread at start-up (folding, point in polygon for every incident). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public FilterCodes buildCodes() {
        return FilterCodes.of(facts, boundaries);
    }
}

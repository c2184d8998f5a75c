package org.incidentatlas.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.index.TimeIndexBuilder;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with the given command line (as {@code org.openjdk.jmh.Main} would), then prints a summary of the slider
 * step figures: the ratios against the naive ways and the targets of the timeline issue, and the index's bytes per
 * incident.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions options = new CommandLineOptions(args);
        prepareDatabases(options);
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Figures> ms = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            String n = r.getParams().getParam("n");
            String format = r.getParams().getParam("format");
            String copies = r.getParams().getParam("copies");
            n = format != null ? format : copies != null ? copies : n;
            // The snapshot and import benchmarks name their size otherwise; without it their two sizes were one line.
            for (String size : new String[] {"incidents", "rows"}) {
                n = n == null ? r.getParams().getParam(size) : n;
            }
            ms.put(name + "@" + n, Figures.of(r));
        }
        summary(ms);
    }

    /**
     * One benchmark's figures in milliseconds: the mean, and for sampled benchmarks (one time per operation) the
     * median and the 99th percentile; for the others (averages per iteration, single shots) those two are taken
     * over the iterations' scores.
     */
    record Figures(double mean, double median, double p99, long samples) {
        static Figures of(RunResult r) {
            org.openjdk.jmh.util.Statistics st = r.getPrimaryResult().getStatistics();
            double toMs = toMillis(r.getPrimaryResult().getScoreUnit());
            return new Figures(st.getMean() * toMs, st.getPercentile(50) * toMs, st.getPercentile(99) * toMs,
                    st.getN());
        }

        private static double toMillis(String unit) {
            return switch (unit.substring(0, unit.indexOf('/'))) {
                case "ns" -> 1e-6;
                case "us" -> 1e-3;
                case "s" -> 1e3;
                default -> 1;
            };
        }
    }

    /**
     * Writes the generated databases the slider-step benchmarks read before JMH starts (once; they are kept under
     * target/bench-db), so no benchmark setup runs into JMH's timeout.
     */
    private static void prepareDatabases(CommandLineOptions options) {
        if (wanted(options, DataExportBenchmark.class.getName() + ".export1M")) {
            long t0 = System.nanoTime();
            BenchData.fullDatabase(1_000_000);
            System.out.printf("Benchmark database of 1,000,000 whole generated incidents ready in %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
        }
        String probe = SliderStepBenchmark.class.getName() + ".buildIndexFromDatabase";
        boolean wanted = options.getIncludes().isEmpty() || options.getIncludes().stream()
                .anyMatch(p -> java.util.regex.Pattern.compile(p).matcher(probe).find());
        if (!wanted) {
            return;
        }
        for (int n : new int[] {10_000, 1_000_000}) {
            long t0 = System.nanoTime();
            BenchData.database(n);
            System.out.printf("Benchmark database of %,d generated incidents ready in %.1f s%n", n,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    private static boolean wanted(CommandLineOptions options, String probe) {
        return options.getIncludes().isEmpty() || options.getIncludes().stream()
                .anyMatch(p -> java.util.regex.Pattern.compile(p).matcher(probe).find());
    }

    private static void summary(Map<String, Figures> ms) throws Exception {
        System.out.println();
        System.out.println("Summary (ms per operation; sampled benchmarks: every operation timed, index build: single"
                + " shots)");
        System.out.printf("  %-45s %10s %10s %10s %9s%n", "benchmark@n", "mean", "median", "p99", "samples");
        for (Map.Entry<String, Figures> e : new java.util.TreeMap<>(ms).entrySet()) {
            Figures f = e.getValue();
            System.out.printf("  %-45s %10.3f %10.3f %10.3f %9d%n", e.getKey(), f.mean(), f.median(), f.p99(),
                    f.samples());
        }
        Figures indexed10k = ms.get("indexedStep@10000");
        ratio("one Node per incident / indexed step, n = 10,000", ms.get("nodePerIncidentStep@10000"), indexed10k,
                20);
        ratio("SQL query per step / indexed step, n = 10,000", ms.get("sqlQueryPerStep@10000"), indexed10k, 0);
        ratio("naive filter change / filter change, GED x1", ms.get("naive@1"), ms.get("filterChange@1"), 0);
        ratio("naive filter change / filter change, GED x10", ms.get("naive@10"), ms.get("filterChange@10"), 0);
        target("indexed step at n = 100,000", ms.get("indexedStep@100000"), 4);
        target("indexed step at n = 1,000,000", ms.get("indexedStep@1000000"), 16);
        target("indexed step, 365-day window, n = 1,000,000", ms.get("indexedStepYearWindow@1000000"), 16);
        target("index build from H2 at n = 1,000,000", ms.get("buildIndexFromDatabase@1000000"), 3000);
        target("export png, 4000 x 4000, bundled data", ms.get("pngSnapshot4000@null"), 3000);
        target("export csv, 1,000,000 incidents", ms.get("export1M@CSV"), 10_000);
        target("export geojson, 1,000,000 incidents", ms.get("export1M@GEOJSON"), 10_000);
        if (ms.containsKey("buildIndexFromDatabase@1000000")) {
            bytesPerIncident(1_000_000);
        }
    }

    /** The naive way's median over the fast way's median, and the same at the 99th percentile. */
    private static void ratio(String what, Figures naive, Figures fast, double atLeast) {
        if (naive != null && fast != null) {
            double median = naive.median() / fast.median();
            double p99 = naive.p99() / fast.p99();
            String target = atLeast > 0 ? String.format("  (target >= %.0fx at both: %s)", atLeast,
                    median >= atLeast && p99 >= atLeast ? "met" : "NOT met") : "  (no target)";
            System.out.printf("  %-55s median %6.1fx, p99 %6.1fx%s%n", what, median, p99, target);
        }
    }

    /**
     * A time target is met only when the median and the 99th percentile are both below it: a step that is fast on
     * average but slow one time in a hundred stutters.
     */
    private static void target(String what, Figures value, double below) {
        if (value != null) {
            System.out.printf("  %-55s median %9.3f ms, p99 %9.3f ms, mean %9.3f ms (target < %.0f ms: %s)%n", what,
                    value.median(), value.p99(), value.mean(), below,
                    value.median() < below && value.p99() < below ? "met" : "NOT met");
        }
    }

    /** The index's own count of its arrays, and the heap it really holds once the database is closed. */
    private static void bytesPerIncident(int n) throws Exception {
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        TimeIndex index;
        try (Database db = Database.open(BenchData.database(n))) {
            index = TimeIndexBuilder.from(new IncidentRepository(db)::scanPoints);
        }
        long after = usedAfterGc(rt);
        System.out.printf("  %-55s %10.1f B  (target < 64 B: %s)%n", "index bytes per incident (arrays)",
                (double) index.bytes() / index.size(), index.bytes() / index.size() < 64 ? "met" : "NOT met");
        System.out.printf("  %-55s %10.1f B%n", "index heap per incident (measured after GC)",
                (double) (after - before) / index.size());
    }

    private static long usedAfterGc(Runtime rt) throws InterruptedException {
        for (int k = 0; k < 3; k++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}

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
        Map<String, Double> ms = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            String n = r.getParams().getParam("n");
            String format = r.getParams().getParam("format");
            n = format != null ? format : n;
            ms.put(name + "@" + n, r.getPrimaryResult().getScore());
        }
        summary(ms);
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

    private static void summary(Map<String, Double> ms) throws Exception {
        System.out.println();
        System.out.println("Summary (ms per operation, JMH average; index build: single shot)");
        for (Map.Entry<String, Double> e : new java.util.TreeMap<>(ms).entrySet()) {
            System.out.printf("  %-45s %12.3f ms%n", e.getKey(), e.getValue());
        }
        Double indexed10k = ms.get("indexedStep@10000");
        ratio("one Node per incident / indexed step, n = 10,000", ms.get("nodePerIncidentStep@10000"), indexed10k,
                20);
        ratio("SQL query per step / indexed step, n = 10,000", ms.get("sqlQueryPerStep@10000"), indexed10k, 0);
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

    private static void ratio(String what, Double naive, Double indexed, double atLeast) {
        if (naive != null && indexed != null) {
            double r = naive / indexed;
            String target = atLeast > 0 ? String.format("  (target >= %.0fx: %s)", atLeast,
                    r >= atLeast ? "met" : "NOT met") : "  (no target)";
            System.out.printf("  %-55s %10.0fx%s%n", what, r, target);
        }
    }

    private static void target(String what, Double value, double below) {
        if (value != null) {
            System.out.printf("  %-55s %10.3f ms (target < %.0f ms: %s)%n", what, value, below,
                    value < below ? "met" : "NOT met");
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

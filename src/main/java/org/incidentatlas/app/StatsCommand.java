package org.incidentatlas.app;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.FilterEvaluator;
import org.incidentatlas.index.FilterSummary;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.store.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stats [--json] [filters]}: totals over the incidents the filters let through (all by default). */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print incidents, sources, first and last date, and total deaths low / best / high, "
                + "over the incidents the filter options let through (all by default).")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;
    @Spec
    CommandSpec spec;
    @Option(names = "--json", description = "Print a JSON object instead of text.")
    boolean json;
    @Mixin
    FilterOptions filters;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AdminBoundaries boundaries = AdminBoundaries.bundled();
        IncidentFilter filter;
        try {
            filter = filters.any() ? filters.filter(boundaries) : IncidentFilter.NONE;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Stats s;
        try (AtlasSession session = AtlasSession.open(cli.databaseFolder(),
                new StderrProgress(System.err))) {
            s = filtered(session, boundaries, filter);
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("incidents", s.incidents());
            m.put("sources", s.sources());
            m.put("firstDate", s.firstDate() == null ? null : s.firstDate().toString());
            m.put("lastDate", s.lastDate() == null ? null : s.lastDate().toString());
            m.put("deathsLow", s.deathsLow());
            m.put("deathsBest", s.deathsBest());
            m.put("deathsHigh", s.deathsHigh());
            out.println(ContractJson.write(m));
        } else {
            out.printf("Incidents:   %,d%n", s.incidents());
            out.printf("Sources:     %,d%n", s.sources());
            out.printf("First date:  %s%n", s.firstDate() == null ? "-" : s.firstDate());
            out.printf("Last date:   %s%n", s.lastDate() == null ? "-" : s.lastDate());
            out.printf("Deaths:      low %,d, best %,d, high %,d%n", s.deathsLow(), s.deathsBest(), s.deathsHigh());
        }
        out.flush();
        return 0;
    }

    /**
     * Totals over the incidents the filter lets through, evaluated on the filter codes of the index snapshot (built
     * once if the snapshot does not match the database); the search text is read only for a text filter.
     */
    private static Stats filtered(AtlasSession session, AdminBoundaries boundaries, IncidentFilter filter) {
        boolean text = filter.text() != null && !filter.text().isBlank();
        FilterCodes codes = IndexFiles.load(session, boundaries, text).index().codes();
        FilterSummary f = FilterEvaluator.summarise(codes, FilterEvaluator.evaluate(codes, filter));
        return new Stats(f.shown(), f.sources(), f.firstDate(), f.lastDate(), f.deathsLow(), f.deathsBest(),
                f.deathsHigh());
    }
}

package org.incidentatlas.app;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.incidentatlas.ingest.NativeJson;
import org.incidentatlas.store.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stats [--json]}: totals over the whole database. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print incidents, sources, first and last date, and total deaths low / best / high.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;
    @Spec
    CommandSpec spec;
    @Option(names = "--json", description = "Print a JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Stats s;
        try (AtlasSession session = AtlasSession.open(cli.databaseFolder(),
                new StderrProgress(System.err))) {
            s = session.repository().stats();
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
            out.println(NativeJson.mapper().writeValueAsString(m));
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
}

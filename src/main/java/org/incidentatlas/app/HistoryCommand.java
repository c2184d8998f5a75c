package org.incidentatlas.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidentatlas.domain.Change;
import org.incidentatlas.domain.Edit;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.ingest.EditHistoryJson;
import org.incidentatlas.ingest.NativeJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code history ID [--json]}: every change kept for an incident, oldest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Print every change kept for an incident: when, what kind, which fields with their old and new "
                + "values, and the note.")
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @ParentCommand
    Cli cli;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "Incident id.")
    String id;
    @Option(names = "--json", description = "Print a JSON array of the changes.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        IncidentId incident = EditCommands.id(spec, id);
        List<Edit> history;
        boolean known;
        try (AtlasSession session = AtlasSession.open(cli.databaseFolder(), new StderrProgress(System.err))) {
            history = session.editor().history(incident);
            known = session.repository().find(incident).isPresent();
        }
        if (history.isEmpty() && !known) {
            spec.commandLine().getErr().println("error: no incident " + incident + " in the database, and no history "
                    + "kept for one");
            return Cli.REJECTED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonNode array = EditHistoryJson.toJson(history);
            out.println(NativeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } else if (history.isEmpty()) {
            out.println(incident + " has no changes kept (it is as its dataset published it)");
        } else {
            for (Edit e : history) {
                out.println("#" + e.id() + "  " + WHEN.format(e.at()) + "  " + e.kind().words()
                        + (e.undone() ? " (undone since)" : "") + "  [" + e.dataset() + "]"
                        + (e.note() == null ? "" : "  " + e.note()));
                for (Change c : e.changes()) {
                    out.println("    " + change(c));
                }
            }
        }
        out.flush();
        return 0;
    }

    /** One change in words: {@code casualties.deaths.best: 13 -> 14}. */
    static String change(Change c) {
        if (c.field().equals("*")) {
            return c.before() == null ? "the record was created" : "the record was removed";
        }
        return c.field() + ": " + (c.before() == null ? "(none)" : c.before()) + " -> "
                + (c.after() == null ? "(none)" : c.after());
    }
}

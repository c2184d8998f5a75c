package org.incidentatlas.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.incidentatlas.domain.ControlCharacters;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.Source;
import org.incidentatlas.ingest.NativeJson;
import org.incidentatlas.domain.AttachedReport;
import org.incidentatlas.ui.IncidentText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code show ID [--json]}: one incident, as text or in the JSON format that {@code import} reads. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print one incident. IDs are DATASET:ORIGINAL_ID, e.g. ucdp-ged:274540.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "Incident id, e.g. ucdp-ged:274540 or curated:2021-baghdad-"
            + "woheilat-market.")
    String id;
    @Option(names = "--json", description = "Print it in the Incident Atlas JSON format (re-importable).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        IncidentId incidentId;
        try {
            incidentId = IncidentId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Optional<Incident> found;
        List<AttachedReport> yours;
        try (AtlasSession session = AtlasSession.open(cli.databaseFolder(), new StderrProgress(System.err))) {
            found = session.repository().find(incidentId);
            yours = session.editor().researcherReports(incidentId);
        }
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("error: no incident " + incidentId + " in the database");
            return Cli.REJECTED;
        }
        PrintWriter out = spec.commandLine().getOut();
        // Text from imported files is shown inert: a control character in it cannot act on the terminal.
        out.println(json ? NativeJson.toTerminalJson(List.of(found.get()))
                : ControlCharacters.visible(text(found.get(), yours)));
        out.flush();
        return 0;
    }

    private static String text(Incident in, List<AttachedReport> yours) {
        StringBuilder b = new StringBuilder();
        String nl = System.lineSeparator();
        b.append(in.id()).append(": ").append(IncidentText.title(in)).append(nl)
                .append("Date:     ").append(IncidentText.date(in.dates())).append(nl)
                .append("Place:    ").append(IncidentText.place(in.place())).append(nl)
                .append("Actors:   ").append(IncidentText.actors(in)).append(nl)
                .append(IncidentText.deaths(in.casualties())).append(nl)
                .append(IncidentText.split(in.casualties())).append(nl)
                .append(IncidentText.woundedAndMissing(in.casualties())).append(nl);
        for (String irregular : in.irregularities()) {
            b.append("Note:     ").append(irregular).append(nl);
        }
        b.append("Sources (").append(in.sourcing().reports().size()).append("):").append(nl);
        for (Source s : in.sourcing().reports()) {
            b.append("  - ").append(IncidentText.source(s).replace("\n", nl + "    ")).append(nl);
            if (s.url() != null) {
                b.append("    ").append(s.url()).append(nl);
            }
        }
        if (!yours.isEmpty()) {
            b.append("Your reports (").append(yours.size()).append("):").append(nl);
            for (AttachedReport r : yours) {
                b.append("  - ").append(IncidentText.source(r.report()).replace("\n", nl + "    "))
                        .append(" (yours, in ").append(r.dataset()).append(")").append(nl);
                if (r.report().url() != null) {
                    b.append("    ").append(r.report().url()).append(nl);
                }
            }
        }
        if (in.note() != null) {
            b.append("Record note: ").append(in.note()).append(nl);
        }
        b.append("Provenance: ").append(IncidentText.provenance(in));
        return b.toString();
    }
}

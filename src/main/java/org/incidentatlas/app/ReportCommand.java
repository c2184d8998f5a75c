package org.incidentatlas.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.incidentatlas.domain.Figure;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.PartialDate;
import org.incidentatlas.domain.ReportedFigures;
import org.incidentatlas.domain.Source;
import org.incidentatlas.ingest.EditException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code report add ID ...}: a researcher's report with its own figures, on any incident. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Reports on incidents.",
        subcommands = ReportCommand.Add.class)
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: report add ID ...");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a report with the figures it gave to an incident.",
                "On an incident of your own dataset it becomes one of its reports; on one of any other (UCDP, "
                        + "ACLED, ...) it is kept in your dataset and shown beside the incident's own reports, "
                        + "whose figures stay as they are, and a re-import of that dataset keeps it.",
                "--killed-best alone is an exact figure, --killed-low alone means 'at least', low and high a "
                        + "range."})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        ReportCommand report;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "Incident id, e.g. ucdp-ged:274540.")
        String id;
        @Option(names = "--outlet", required = true, paramLabel = "NAME", description = "Who published it.")
        String outlet;
        @Option(names = "--published", required = true, paramLabel = "DATE",
                description = "When: YYYY-MM-DD, YYYY-MM or YYYY.")
        String published;
        @Option(names = "--title", paramLabel = "T", description = "Headline or title.")
        String title;
        @Option(names = "--url", paramLabel = "U", description = "Address of the report.")
        String url;
        @Option(names = "--quoted", paramLabel = "WHO", description = "Who the report quotes.")
        String quoted;
        @Option(names = "--language", paramLabel = "CODE", description = "The report's language: en, ar, ku, ...")
        String language;
        @Option(names = "--passage", paramLabel = "TEXT",
                description = "The passage of the report its figures were read from, in its own words.")
        String passage;
        @Option(names = "--killed-low", paramLabel = "N", description = "Lowest number killed it gave.")
        Integer killedLow;
        @Option(names = "--killed-best", paramLabel = "N", description = "The number killed it gave.")
        Integer killedBest;
        @Option(names = "--killed-high", paramLabel = "N", description = "Highest number killed it gave.")
        Integer killedHigh;
        @Option(names = "--wounded", paramLabel = "N", description = "Number wounded it gave.")
        Integer wounded;
        @Option(names = "--dataset", paramLabel = "NAME",
                description = "Your dataset that keeps a report on another dataset's incident (default: your only "
                        + "editable dataset).")
        String dataset;
        @Option(names = "--note", paramLabel = "TEXT", description = "Why, kept in the history.")
        String note;

        @Override
        public Integer call() throws Exception {
            IncidentId incident = EditCommands.id(spec, id);
            Source source = source();
            org.incidentatlas.domain.Edit edit;
            try (AtlasSession session = AtlasSession.open(report.cli.databaseFolder(),
                    new StderrProgress(System.err))) {
                edit = session.editor().addReport(incident, dataset, source, note);
            } catch (EditException e) {
                return EditCommands.refused(spec, e);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("report added to " + incident + (edit.dataset().equals(incident.dataset()) ? ""
                    : " (kept in your dataset " + edit.dataset() + ")"));
            out.flush();
            return 0;
        }

        private Source source() {
            PartialDate date;
            try {
                date = PartialDate.parse(published);
            } catch (IllegalArgumentException e) {
                throw bad("--published: " + e.getMessage());
            }
            if (outlet.isBlank()) {
                throw bad("--outlet must not be blank");
            }
            try {
                ReportedFigures figures = new ReportedFigures(figure("--killed-", killedLow, killedBest, killedHigh),
                        figure("--wounded", null, wounded, null), null);
                return new Source(outlet, date, title, url, language, quoted, passage, figures.any() ? figures : null,
                        null);
            } catch (IllegalArgumentException e) {
                throw bad("--" + e.getMessage());
            }
        }

        /** The figure of one option group; a refusal names the option ({@code --killed-high}, {@code --wounded}). */
        private Figure figure(String option, Integer low, Integer best, Integer high) {
            try {
                return Figure.fromBounds(low, best, high);
            } catch (IllegalArgumentException e) {
                String message = e.getMessage();
                if (option.endsWith("-")) {
                    message = message.replaceAll("\\b(low|best|high)\\b", option + "$1");
                } else {
                    message = message.replaceFirst("^best", option);
                }
                throw bad(message);
            }
        }

        private CommandLine.ParameterException bad(String message) {
            return new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }
}

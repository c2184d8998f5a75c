package org.incidentatlas.app;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.incidentatlas.domain.ControlCharacters;
import org.incidentatlas.domain.DatasetSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code datasets [--json]} lists the datasets in the database; {@code datasets create}, {@code remove} and
 * {@code export} make, remove and write one.
 */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "List the datasets in the database: name, incidents, total deaths (best), first and last date, "
                + "version, licence and citation.",
        subcommands = {DatasetsCommand.Create.class, DatasetsCommand.Remove.class, DatasetExportCommand.class})
final class DatasetsCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;
    @Spec
    CommandSpec spec;
    @Option(names = "--json", description = "Print a JSON array instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<DatasetSummary> datasets;
        try (AtlasSession session = AtlasSession.open(cli.databaseFolder(), new StderrProgress(System.err))) {
            datasets = session.datasets().list();
        }
        if (json) {
            out.println(ContractJson.write(datasets.stream().map(DatasetsCommand::json).toList()));
        } else if (datasets.isEmpty()) {
            out.println("No datasets.");
        } else {
            for (DatasetSummary d : datasets) {
                out.printf("%s%s%n", d.name(), d.editable() ? " (editable)" : "");
                out.printf("  Incidents:  %,d%n", d.incidents());
                out.printf("  Deaths:     %,d (best)%n", d.deathsBest());
                out.printf("  Dates:      %s to %s%n", orDash(d.firstDate()), orDash(d.lastDate()));
                out.printf("  Version:    %s%n", ControlCharacters.visible(orDash(d.version())));
                out.printf("  Licence:    %s%n", ControlCharacters.visible(orDash(d.licence())));
                out.printf("  Citation:   %s%n", ControlCharacters.visible(orDash(d.citation())));
            }
        }
        out.flush();
        return 0;
    }

    /** Exactly the keys the command's contract names. */
    private static Map<String, Object> json(DatasetSummary d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        m.put("incidents", d.incidents());
        m.put("deathsBest", d.deathsBest());
        m.put("firstDate", d.firstDate() == null ? null : d.firstDate().toString());
        m.put("lastDate", d.lastDate() == null ? null : d.lastDate().toString());
        m.put("version", d.version());
        m.put("licence", d.licence());
        m.put("citation", d.citation());
        return m;
    }

    private static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }

    /** {@code datasets create NAME [--citation TEXT]}: an empty dataset of the user's own, editable. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create an empty dataset of your own, to code incidents in and keep your reports in.",
                "Its records can be edited; those of imported datasets cannot.",
                "NAME: lower-case letters, digits and dashes, e.g. my-kirkuk-coding."})
    static final class Create implements Callable<Integer> {
        @ParentCommand
        DatasetsCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "The new dataset's name.")
        String name;
        @Option(names = "--citation", paramLabel = "TEXT", description = "How to cite it.")
        String citation;

        @Override
        public Integer call() throws Exception {
            try {
                new org.incidentatlas.domain.Provenance(name, null, "-", null);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "dataset name: " + e.getMessage()
                        .replace("provenance.dataset", "a dataset name"));
            }
            try (AtlasSession session = AtlasSession.open(parent.cli.databaseFolder(),
                    new StderrProgress(System.err))) {
                session.datasets().create(name, citation, true);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage() + "; nothing was changed");
                return Cli.REJECTED;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Created dataset '" + name + "' (editable).");
            out.flush();
            return 0;
        }
    }

    /** {@code datasets remove NAME [--yes]}: all of the dataset or nothing. */
    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = {"Remove a dataset with all its incidents and their sources, all or nothing.",
                "Asks first on a terminal; elsewhere (a script) it needs --yes."})
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        DatasetsCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "The dataset's name, as `datasets` lists it.")
        String name;
        @Option(names = "--yes", description = "Do not ask for confirmation.")
        boolean yes;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Terminal terminal = parent.cli.terminal();
            if (!yes && !terminal.present()) {
                throw new ParameterException(spec.commandLine(), "datasets remove: not asking for confirmation "
                        + "without a terminal; add --yes to remove '" + name + "'");
            }
            try (AtlasSession session = AtlasSession.open(parent.cli.databaseFolder(),
                    new StderrProgress(System.err))) {
                DatasetSummary found = session.datasets().list().stream().filter(d -> d.name().equals(name))
                        .findFirst().orElse(null);
                if (found == null) {
                    List<String> names = session.datasets().list().stream().map(DatasetSummary::name).toList();
                    spec.commandLine().getErr().println("error: no dataset named '" + name + "'"
                            + (names.isEmpty() ? "" : " (the database holds " + String.join(", ", names) + ")"));
                    return Cli.REJECTED;
                }
                if (!yes) {
                    String answer = terminal.ask(String.format(Locale.ROOT,
                            "Remove dataset '%s' with its %,d incidents? This cannot be undone. [y/N] ",
                            name, found.incidents()));
                    String a = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
                    if (!a.equals("y") && !a.equals("yes")) {
                        out.println("Nothing removed.");
                        out.flush();
                        return Cli.REJECTED;
                    }
                }
                long removed = session.datasets().remove(name);
                out.printf(Locale.ROOT, "Removed dataset '%s': %,d incidents.%n", name, removed);
            }
            out.flush();
            return 0;
        }
    }
}

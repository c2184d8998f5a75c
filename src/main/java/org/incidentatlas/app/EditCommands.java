package org.incidentatlas.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.incidentatlas.domain.ControlCharacters;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.ingest.EditException;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.ingest.NativeJsonReader;
import org.incidentatlas.ingest.ParsedFile;
import org.incidentatlas.ingest.Rejection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code add}, {@code edit}, {@code undo} and {@code redo}: a researcher's changes to the incidents of their own
 * datasets, each saved in one transaction and kept in the incident's history. A refused change (a bad value, a
 * read-only dataset, an unknown incident) changes nothing and exits with 1.
 */
final class EditCommands {
    private EditCommands() {
    }

    /** Parses an incident id option, or fails as a bad option. */
    static IncidentId id(CommandSpec spec, String text) {
        try {
            return IncidentId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Prints a refused edit and returns its exit code. */
    static int refused(CommandSpec spec, EditException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: " + e.getMessage() + "; nothing was changed");
        err.flush();
        return Cli.REJECTED;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add the incidents of an Incident Atlas JSON file to one of your own datasets.",
                "Their ids become NAME:originalId. All are added, or none (exit code 1, with the reasons)."})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        Cli cli;
        @Spec
        CommandSpec spec;
        @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "Your dataset (editable).")
        String dataset;
        @Option(names = "--json", required = true, paramLabel = "FILE", description = "Incident Atlas JSON file.")
        Path file;
        @Option(names = "--note", paramLabel = "TEXT", description = "Why, kept in each incident's history.")
        String note;

        @Override
        public Integer call() throws Exception {
            ParsedFile parsed;
            try (InputStream in = Files.newInputStream(file)) {
                parsed = new NativeJsonReader().read(in, file.getFileName().toString(), ProgressListener.NONE);
            } catch (NoSuchFileException e) {
                throw new ImportException(file + ": no such file", e);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (!parsed.rejections().isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                for (Rejection r : parsed.rejections()) {
                    err.println(ControlCharacters.visible("error: " + file.getFileName() + ": " + r.location()
                            + (r.field() == null ? "" : ", field " + r.field()) + ": " + r.reason()));
                }
                err.println("nothing was added");
                err.flush();
                return Cli.REJECTED;
            }
            List<Incident> added;
            try (AtlasSession session = AtlasSession.open(cli.databaseFolder(), new StderrProgress(System.err))) {
                added = session.editor().add(dataset, parsed.incidents(), note);
            } catch (EditException e) {
                return refused(spec, e);
            }
            for (Incident in : added) {
                out.println("added " + in.id());
            }
            out.println(added.size() + (added.size() == 1 ? " incident" : " incidents") + " added to " + dataset);
            out.flush();
            return 0;
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = {"Change fields of an incident of one of your datasets, checked as an import checks them.",
                "FIELD is named as in the Incident Atlas JSON, dotted: casualties.deaths.best, place.latitude, "
                        + "dates.start, actors.sideB, sourcing.reports[0].title ... An empty VALUE removes the field.",
                "All the changes are saved together, or none (exit code 1, naming the field)."})
    static final class Edit implements Callable<Integer> {
        @ParentCommand
        Cli cli;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "Incident id, e.g. mine:2021-kirkuk.")
        String id;
        @Option(names = "--set", required = true, paramLabel = "FIELD=VALUE", description = "A field and its value.")
        List<String> sets;
        @Option(names = "--note", paramLabel = "TEXT", description = "Why, kept in the history.")
        String note;

        @Override
        public Integer call() throws Exception {
            IncidentId incident = id(spec, id);
            Map<String, String> assignments = new LinkedHashMap<>();
            for (String set : sets) {
                int eq = set.indexOf('=');
                if (eq <= 0) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--set takes FIELD=VALUE, e.g. "
                            + "casualties.deaths.best=13 (was '" + set + "')");
                }
                assignments.put(set.substring(0, eq).strip(), set.substring(eq + 1));
            }
            Incident after;
            try (AtlasSession session = AtlasSession.open(cli.databaseFolder(), new StderrProgress(System.err))) {
                after = session.editor().set(incident, assignments, note);
            } catch (EditException e) {
                return refused(spec, e);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("saved " + after.id() + " (" + String.join(", ", assignments.keySet()) + ")");
            out.flush();
            return 0;
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = "Take back the latest change to an incident (kept in its history as an undo).")
    static final class Undo implements Callable<Integer> {
        @ParentCommand
        Cli cli;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "Incident id.")
        String id;

        @Override
        public Integer call() throws Exception {
            return undoOrRedo(cli, spec, id(spec, id), true);
        }
    }

    @Command(name = "redo", mixinStandardHelpOptions = true,
            description = "Put back the change the latest undo took back, if nothing was changed since.")
    static final class Redo implements Callable<Integer> {
        @ParentCommand
        Cli cli;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "Incident id.")
        String id;

        @Override
        public Integer call() throws Exception {
            return undoOrRedo(cli, spec, id(spec, id), false);
        }
    }

    private static int undoOrRedo(Cli cli, CommandSpec spec, IncidentId id, boolean undo)
            throws ImportException, IOException {
        org.incidentatlas.domain.Edit done;
        try (AtlasSession session = AtlasSession.open(cli.databaseFolder(), new StderrProgress(System.err))) {
            done = undo ? session.editor().undo(id) : session.editor().redo(id);
        } catch (EditException e) {
            return refused(spec, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println((undo ? "undone on " : "redone on ") + id + ":");
        for (var c : done.changes()) {
            out.println("  " + HistoryCommand.change(c));
        }
        out.flush();
        return 0;
    }
}

package org.incidentatlas.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.incidentatlas.domain.ControlCharacters;
import org.incidentatlas.export.BadFileException;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.store.DataHome;
import org.incidentatlas.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The command line: {@code stats}, {@code import}, {@code show}, {@code generate}, {@code export}, {@code datasets};
 * no command opens the window.
 */
@Command(name = "incident-atlas", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Map viewer of attacks and other political violence in Iraq. Without a command, opens the "
                + "window.",
        subcommands = {StatsCommand.class, ImportCommand.class, ShowCommand.class, GenerateCommand.class,
            ExportCommand.class, DatasetsCommand.class, EditCommands.Add.class, EditCommands.Edit.class,
            ReportCommand.class, HistoryCommand.class, EditCommands.Undo.class, EditCommands.Redo.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:records rejected, or incident not found", "2:bad options",
            "3:database cannot be used (e.g. in use by another program)", "4:file cannot be read or written"})
public final class Cli implements Callable<Integer> {
    public static final int REJECTED = 1;
    public static final int DATABASE_ERROR = 3;
    public static final int FILE_ERROR = 4;
    /** Returned when the window was opened and closed: the JavaFX runtime decides when the process ends. */
    static final int WINDOW_CLOSED = -1;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Database folder (default: $" + DataHome.ENV + ", else the per-user data folder).")
    String db;

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "FILE",
            description = "A file to open in the window (what the desktop passes on a double-click).")
    Path open;

    private final Terminal terminal;

    Cli(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return commandLine(Terminal.SYSTEM);
    }

    /** The command line, asking its questions on {@code terminal}. */
    static CommandLine commandLine(Terminal terminal) {
        CommandLine cl = new CommandLine(new Cli(terminal));
        cl.setExecutionExceptionHandler(Cli::handle);
        cl.setParameterExceptionHandler(Cli::badOptions);
        return cl;
    }

    Terminal terminal() {
        return terminal;
    }

    /**
     * A bad option is one line saying what is wrong and where to look; no usage dump. A mistyped option, or a
     * mistyped command followed by its arguments, names what was probably meant.
     */
    private static int badOptions(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String what = ControlCharacters.visible(e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String typed = u.getUnmatched().get(0);
            String command = cl.getParent() == null ? firstWord(args) : null;
            if (command != null && command.matches("[A-Za-z][A-Za-z-]*")) {
                what = unknown("command", command, cl.getSubcommands().keySet());
            } else if (typed.startsWith("-")) {
                what = unknown("option", typed.split("=", 2)[0], cl.getCommandSpec().optionsMap().keySet());
            }
        }
        err.println("error: " + what + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** "unknown option '--form'; did you mean '--from'?", the suggestion only when one is near enough. */
    private static String unknown(String kind, String typed, java.util.Collection<String> names) {
        String near = Suggest.nearest(typed, names);
        return "unknown " + kind + " '" + ControlCharacters.visible(typed) + "'"
                + (near == null ? "" : "; did you mean '" + near + "'?");
    }

    /** The first word of the arguments that is not an option or the folder of {@code --db}, or null. */
    private static String firstWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if ("--db".equals(args[i])) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    Path databaseFolder() {
        return DataHome.resolve(db);
    }

    @Override
    public Integer call() {
        if (open != null && !java.nio.file.Files.exists(open)) {
            return notAFile(open.toString());
        }
        if (open == null) {
            Application.launch(IncidentAtlasApp.class, "--db=" + databaseFolder());
        } else {
            Application.launch(IncidentAtlasApp.class, "--db=" + databaseFolder(), "--open=" + open.toAbsolutePath());
        }
        return WINDOW_CLOSED;
    }

    /**
     * What was given in place of a command is not a file: a word like a command is a typo of one (exit 2), anything
     * else a file that is not there (exit 4). Either way one line, and no window.
     */
    private int notAFile(String given) {
        PrintWriter err = spec.commandLine().getErr();
        if (given.matches("[A-Za-z][A-Za-z-]*")) {
            err.println("error: " + unknown("command", given, spec.commandLine().getSubcommands().keySet())
                    + " (see 'incident-atlas --help')");
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        err.println("error: cannot open " + ControlCharacters.visible(given) + ": no such file");
        err.flush();
        return FILE_ERROR;
    }

    /** Known failures become one clear line on stderr and an exit code; anything else is a bug and shows its trace. */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof StoreException) {
            err.println("error: " + ControlCharacters.visible(e.getMessage()));
            return DATABASE_ERROR;
        }
        if (e instanceof ImportException || e instanceof BadFileException) {
            err.println("error: " + ControlCharacters.visible(e.getMessage()));
            return FILE_ERROR;
        }
        if (e instanceof ExportCommand.CannotWriteException) {
            err.println("error: cannot write " + ControlCharacters.visible(e.getMessage()));
            return FILE_ERROR;
        }
        if (e instanceof java.io.IOException io) {
            err.println("error: cannot read " + ControlCharacters.visible(describe(io)));
            return FILE_ERROR;
        }
        throw new IllegalStateException(e);
    }

    /** An I/O failure in words that name the file: Java's own messages for some of them do not. */
    static String describe(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return f.getFile() + ": " + (f.getReason() == null ? "no such file" : f.getReason());
        }
        if (e instanceof java.nio.file.AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + (f.getReason() == null ? "file system error" : f.getReason());
        }
        return e.getMessage();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Incident Atlas " + (v == null ? "(development build)" : v)};
        }
    }
}

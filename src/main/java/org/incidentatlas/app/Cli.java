package org.incidentatlas.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Application;
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
        return cl;
    }

    Terminal terminal() {
        return terminal;
    }

    Path databaseFolder() {
        return DataHome.resolve(db);
    }

    @Override
    public Integer call() {
        if (open == null) {
            Application.launch(IncidentAtlasApp.class, "--db=" + databaseFolder());
        } else {
            Application.launch(IncidentAtlasApp.class, "--db=" + databaseFolder(), "--open=" + open.toAbsolutePath());
        }
        return WINDOW_CLOSED;
    }

    /** Known failures become one clear line on stderr and an exit code; anything else is a bug and shows its trace. */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof StoreException) {
            err.println("error: " + e.getMessage());
            return DATABASE_ERROR;
        }
        if (e instanceof ImportException) {
            err.println("error: " + e.getMessage());
            return FILE_ERROR;
        }
        if (e instanceof ExportCommand.CannotWriteException) {
            err.println("error: cannot write " + e.getMessage());
            return FILE_ERROR;
        }
        if (e instanceof java.io.IOException) {
            err.println("error: cannot read " + e.getMessage());
            return FILE_ERROR;
        }
        throw new IllegalStateException(e);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Incident Atlas " + (v == null ? "(development build)" : v)};
        }
    }
}

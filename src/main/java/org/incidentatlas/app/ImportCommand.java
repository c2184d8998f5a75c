package org.incidentatlas.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import FILE [--skip-bad-rows]}: all or nothing, unless asked to skip bad rows. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a UCDP GED CSV or an Incident Atlas JSON file.",
            "If any record is bad, nothing is imported and the bad records are listed (exit code 1), unless "
                    + "--skip-bad-rows is given: then the good records are imported and the bad ones listed."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "GED CSV (.csv) or Incident Atlas JSON (.json) file.")
    Path file;
    @Option(names = "--skip-bad-rows", description = "Import the good records even if some are bad.")
    boolean skipBadRows;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        StderrProgress progress = new StderrProgress(System.err);
        ImportReport report;
        try (AtlasSession session = AtlasSession.open(cli.databaseFolder(), progress)) {
            report = new Importer(session.repository()).importFile(file, skipBadRows, progress);
        }
        out.println(report.describe());
        out.flush();
        return report.rejected().isEmpty() ? 0 : Cli.REJECTED;
    }
}

package org.incidentatlas.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidentatlas.domain.Plural;
import org.incidentatlas.export.AtomicFiles;
import org.incidentatlas.ingest.DatasetJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code datasets export NAME --out FILE}: one of the user's datasets in the native JSON with its history and their
 * reports on other datasets' incidents, which {@code import} restores whole in another database.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write one of your datasets as Incident Atlas JSON with its whole history and your reports on "
                    + "other datasets' incidents.",
            "Importing the file into another database (import FILE) restores the same records, history and "
                    + "reports."})
final class DatasetExportCommand implements Callable<Integer> {
    @ParentCommand
    DatasetsCommand datasets;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "NAME", description = "Your dataset (editable).")
    String name;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write (.json).")
    Path out;

    @Override
    public Integer call() throws Exception {
        ExportCommand.requireFileTarget(out);
        DatasetJson.DatasetFile data;
        try (AtlasSession session = AtlasSession.open(datasets.cli.databaseFolder(),
                new StderrProgress(System.err))) {
            data = session.datasetExport().read(name);
        } catch (IllegalArgumentException refused) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: " + refused.getMessage() + "; nothing was written");
            err.flush();
            return Cli.REJECTED;
        }
        ExportCommand.write(out, () -> AtomicFiles.write(out, stream -> DatasetJson.write(data, stream)));
        PrintWriter o = spec.commandLine().getOut();
        o.printf("Wrote %s: dataset %s, %s, %s in its history, %s on other datasets' incidents%n", out, name,
                Plural.of(data.incidents().size(), "incident"), Plural.of(data.history().size(), "change"),
                Plural.of(data.reports().size(), "report"));
        o.flush();
        return 0;
    }
}

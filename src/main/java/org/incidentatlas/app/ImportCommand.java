package org.incidentatlas.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidentatlas.domain.ControlCharacters;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.ingest.DatasetImport;
import org.incidentatlas.ingest.DatasetJson;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.ImportOptions;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.ingest.TableMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE [--skip-bad-rows] [--format F] [--mapping M.json] [--sheet S]}: all or nothing, unless asked to
 * skip bad rows.
 */
@Command(name = "import",
        description = {"Import a table (UCDP GED, ACLED, GTD, or any table with --mapping; CSV or .xlsx) or an "
                    + "Incident Atlas JSON file. The format is chosen by the file's header unless --format is given.",
            "If any record is bad, nothing is imported and the bad records are listed (exit code 1), unless "
                    + "--skip-bad-rows is given: then the good records are imported and the bad ones listed."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "CSV (.csv), Excel workbook (.xlsx) or Incident Atlas JSON "
            + "(.json).")
    Path file;
    @Option(names = "--skip-bad-rows", description = "Import the good records even if some are bad.")
    boolean skipBadRows;
    @Option(names = "--format", paramLabel = "F", description = "Read the file as ged, acled, gtd, native or mapped "
            + "instead of choosing by its header.")
    String format;
    @Option(names = "--mapping", paramLabel = "M.json", description = "Which columns of another table hold the id, "
            + "dates, position, deaths, place, actors, type, description and source (implies --format mapped).")
    Path mapping;
    @Option(names = "--sheet", paramLabel = "S", description = "The workbook sheet to read, by name or number "
            + "(default: the first).")
    String sheet;
    @Option(names = "--version", paramLabel = "VERSION",
            description = "The dataset's release, stored with every record (e.g. 25.1); for GED the file's name "
                    + "gives it (GEDEvent_v25_1.csv: 25.1, GEDEvent_v26_0_3.csv: candidate 26.0.3).")
    String version;
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        StderrProgress progress = new StderrProgress(System.err);
        ImportOptions options;
        try {
            options = new ImportOptions(format, mapping == null ? null : TableMapping.read(mapping), sheet);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        ImportReport report;
        String said;
        try (AtlasSession session = AtlasSession.open(cli.databaseFolder(), progress)) {
            if ((options.format() == null || "native".equals(options.format())) && DatasetJson.isDatasetFile(file)) {
                // A dataset's export with its history is restored whole: the dataset, records, history and reports.
                DatasetImport.Restored restored = new DatasetImport(session.edits()).importFile(file);
                report = restored.report();
                said = restored.describe();
                if (report.committed()) {
                    // The snapshot the window and the commands read, so none of them has to build it.
                    IndexFiles.refresh(session, AdminBoundaries.bundled());
                }
            } else {
                // The same snapshot, built from the facts the import hands over as it moves its records into place.
                report = IndexFiles.importFed(session, AdminBoundaries.bundled(), facts -> new Importer(
                        session.repository(), options).withVersion(version).withFacts(facts)
                        .importFile(file, skipBadRows, progress));
                said = report.describe();
            }
        }
        out.println(ControlCharacters.visible(said));
        out.flush();
        return report.rejected().isEmpty() ? 0 : Cli.REJECTED;
    }
}

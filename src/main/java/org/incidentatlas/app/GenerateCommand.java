package org.incidentatlas.app;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidentatlas.ingest.SyntheticGed;
import org.incidentatlas.export.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code generate --count N --seed S FILE}: writes synthetic GED-shaped incidents for testing at scale. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write N synthetic (not real) incidents as a UCDP GED CSV file that `import` reads: "
                + "clustered around Iraqi cities, heavy-tailed deaths, several sources. The same count and seed "
                + "always give the same file. Ids start at " + SyntheticGed.FIRST_ID + "; nothing is imported.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--count", required = true, paramLabel = "N", description = "Number of incidents.")
    long count;
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: 1).")
    long seed;
    @Parameters(paramLabel = "FILE", description = "CSV file to write (replaced if it exists).")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (count < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--count must not be negative (was " + count + ")");
        }
        ExportCommand.requireFileTarget(file);
        // Through the atomic writer: a kill mid-way leaves the old file whole, never one cut mid-row.
        ExportCommand.write(file, () -> AtomicFiles.write(file, stream -> {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            SyntheticGed.writeCsv(out, count, seed);
            out.flush();
        }));
        PrintWriter printed = spec.commandLine().getOut();
        printed.printf("Wrote %,d synthetic incidents (seed %d) to %s%n", count, seed, file);
        printed.flush();
        return 0;
    }
}

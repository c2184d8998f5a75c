package org.incidentatlas.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;

/**
 * A real import in its own JVM, for {@link CrashSafetyTest} to kill: {@code ImportChild DB_FOLDER FILE [TRACE]}.
 * Prints a line on stdout at every step (opened, each progress report of the import: every 500 records, the end of
 * the file and before the commit; then committed or refused) so the parent can pick its kill points without
 * sleeping. Each line is also appended to the TRACE file as it happens: the parent's end of the pipe is closed when
 * it kills the child, the file keeps every line the child got to, so the parent can tell where the kill landed.
 */
public final class ImportChild {
    private ImportChild() {
    }

    public static void main(String[] args) throws Exception {
        Path trace = args.length > 2 ? Path.of(args[2]) : null;
        try (Database db = Database.open(Path.of(args[0]))) {
            say("opened", trace);
            // As the import command does: the index snapshot of the new state, from the facts the import hands over.
            var facts = IndexSnapshots.builder();
            ImportReport report = new Importer(new IncidentRepository(db)).withFacts(facts).importFile(
                    Path.of(args[1]), false, (done, total, message) -> say("step " + message, trace));
            say(report.committed() ? "committed" : "refused", trace);
            if (report.committed()) {
                IndexSnapshots.write(db, facts);
                say("indexed", trace);
            }
        }
    }

    private static void say(String line, Path trace) {
        if (trace != null) {
            try {
                Files.writeString(trace, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.out.println(line);
        System.out.flush();
    }
}

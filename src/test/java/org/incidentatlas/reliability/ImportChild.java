package org.incidentatlas.reliability;

import java.nio.file.Path;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;

/**
 * A real import in its own JVM, for {@link CrashSafetyTest} to kill: {@code ImportChild DB_FOLDER FILE}. Prints a
 * line on stdout at every step (opened, each progress report of the import: every 500 records, the end of the file
 * and before the commit; then committed) so the parent can pick its kill points without sleeping.
 */
public final class ImportChild {
    private ImportChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]))) {
            System.out.println("opened");
            System.out.flush();
            ImportReport report = new Importer(new IncidentRepository(db)).importFile(Path.of(args[1]), false,
                    (done, total, message) -> {
                        System.out.println("step " + message);
                        System.out.flush();
                    });
            System.out.println(report.committed() ? "committed" : "refused");
            System.out.flush();
        }
    }
}

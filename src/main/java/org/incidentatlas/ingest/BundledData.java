package org.incidentatlas.ingest;

import java.io.IOException;
import java.net.URL;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.store.IncidentRepository;

/**
 * The data that travel inside the application (folder {@code data/} of the project, {@code /data} in the jar), and the
 * first-start import that puts them into an empty database. Each file is recorded as imported in the same
 * transaction that writes it, so an interrupted first start resumes with the files still missing.
 */
public final class BundledData {
    /** Bundled files, in import order, with the name they are recorded under. */
    public static final List<String> FILES = List.of("ucdp_ged191_iraq.csv", "curated/iraq-2021.json");

    private static final String STATE_PREFIX = "bundled:";

    private final IncidentRepository repository;
    private final Importer importer;

    public BundledData(IncidentRepository repository) {
        this.repository = repository;
        this.importer = new Importer(repository);
    }

    /** True when some bundled file has not been imported into this database yet. */
    public boolean needsImport() {
        return FILES.stream().anyMatch(f -> repository.state(STATE_PREFIX + f) == null);
    }

    /** Imports every bundled file not yet in the database; a bundled file with a bad record is a build defect. */
    public List<ImportReport> importMissing(ProgressListener progress) throws ImportException, IOException {
        List<ImportReport> reports = new ArrayList<>();
        for (int i = 0; i < FILES.size(); i++) {
            String file = FILES.get(i);
            if (repository.state(STATE_PREFIX + file) != null) {
                continue;
            }
            String step = "Importing bundled data (" + (i + 1) + " of " + FILES.size() + "): " + file;
            URL url = BundledData.class.getResource("/data/" + file);
            if (url == null) {
                throw new ImportException("bundled data file missing from the application: data/" + file);
            }
            URLConnection connection = url.openConnection();
            long size = connection.getContentLengthLong();
            try (CountingInputStream in = new CountingInputStream(connection.getInputStream())) {
                ImportReport report = importer.importStream(in, file, false, progress,
                        told -> (done, total, message) -> told.progress(in.count(), size, step + ": " + message),
                        STATE_PREFIX + file, Long.toString(System.currentTimeMillis()));
                if (!report.committed()) {
                    throw new ImportException("bundled data file data/" + file + " has bad records:\n"
                            + report.describe());
                }
                reports.add(report);
            }
        }
        return reports;
    }
}

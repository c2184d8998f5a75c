package org.incidentatlas.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.index.TimeIndexBuilder;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.ingest.ProgressListener;
import org.incidentatlas.store.IncidentRepository;
import org.incidentatlas.ui.AtlasData;

/** The window's view of an open database. */
final class SessionData implements AtlasData {
    private final IncidentRepository repository;

    SessionData(IncidentRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        return repository.find(id);
    }

    @Override
    public TimeIndex loadIndex() {
        return TimeIndexBuilder.fromRepository(repository);
    }

    @Override
    public ImportReport importFile(Path file, boolean skipBadRows, ProgressListener progress)
            throws ImportException, IOException {
        return new Importer(repository).importFile(file, skipBadRows, progress);
    }
}

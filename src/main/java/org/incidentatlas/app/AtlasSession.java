package org.incidentatlas.app;

import java.io.IOException;
import java.nio.file.Path;
import org.incidentatlas.ingest.BundledData;
import org.incidentatlas.ingest.DatasetExport;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.ingest.IncidentEditor;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.store.DatasetRegistry;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.EditStore;
import org.incidentatlas.store.IncidentFactsQuery;
import org.incidentatlas.store.IncidentRepository;

/** An open database with the bundled data in it: what every command and the window work on. */
final class AtlasSession implements AutoCloseable {
    private final Database database;
    private final IncidentRepository repository;

    private AtlasSession(Database database) {
        this.database = database;
        this.repository = new IncidentRepository(database);
    }

    /** Opens the database in {@code folder} and, on first start, imports the bundled data into it. */
    static AtlasSession open(Path folder, ProgressListener progress) throws ImportException, IOException {
        Database db = Database.open(folder);
        try {
            AtlasSession session = new AtlasSession(db);
            BundledData bundled = new BundledData(session.repository);
            if (bundled.needsImport()) {
                bundled.importMissing(progress);
            }
            return session;
        } catch (ImportException | IOException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    IncidentRepository repository() {
        return repository;
    }

    DatasetRegistry datasets() {
        return new DatasetRegistry(database);
    }

    /** Changes to the incidents of the user's own datasets, with their history. */
    IncidentEditor editor() {
        return new IncidentEditor(new EditStore(database));
    }

    /** The history of the user's datasets and their reports on other datasets' incidents, as kept. */
    EditStore edits() {
        return new EditStore(database);
    }

    /** Reads a researcher's dataset whole, with its history and reports, for writing as native JSON. */
    DatasetExport datasetExport() {
        return new DatasetExport(database);
    }

    IncidentFactsQuery facts() {
        return new IncidentFactsQuery(database);
    }

    /** Work on the database that may fail as an import does. */
    @FunctionalInterface
    interface ImportWork<T> {
        T run() throws ImportException, IOException;
    }

    /** Runs {@code work} with no other thread of this program using the database meanwhile. */
    <T> T alone(ImportWork<T> work) throws ImportException, IOException {
        try {
            return database.alone(work::run);
        } catch (ImportException | IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // ImportWork throws nothing else.
            throw new IllegalStateException(e);
        }
    }

    Path folder() {
        return database.folder();
    }

    @Override
    public void close() {
        database.close();
    }
}

package org.incidentatlas.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.domain.DatasetSummary;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.DatasetRegistry;
import org.incidentatlas.store.EditStore;
import org.incidentatlas.store.IncidentRepository;

/**
 * A researcher's dataset read whole from the database, as {@link DatasetJson} writes it: its incidents, its history
 * and its reports on other datasets' incidents. What {@code datasets export} and File > Export dataset write.
 */
public final class DatasetExport {
    private final Database database;

    public DatasetExport(Database database) {
        this.database = database;
    }

    /**
     * The dataset {@code name}, whole.
     *
     * @throws IllegalArgumentException when there is no such dataset or it is an imported one (read-only), with a
     *                                  message that says so and what to do instead
     */
    public DatasetJson.DatasetFile read(String name) throws IOException {
        DatasetSummary summary = new DatasetRegistry(database).list().stream().filter(d -> d.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("there is no dataset '" + name + "'"));
        if (!summary.editable()) {
            throw new IllegalArgumentException("dataset '" + name + "' is read-only: it is imported from its own "
                    + "files, which hold it whole; write its incidents with export csv, geojson or kml");
        }
        IncidentRepository repository = new IncidentRepository(database);
        List<Incident> incidents = new ArrayList<>();
        repository.forEachIncident(repository.rowIdsOf(name), incidents::add);
        EditStore edits = new EditStore(database);
        return new DatasetJson.DatasetFile(name, summary.citation(), incidents, edits.historyOf(name),
                edits.attachedReportsOf(name));
    }
}

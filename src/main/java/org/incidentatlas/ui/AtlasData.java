package org.incidentatlas.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.export.DataFormat;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.domain.ProgressListener;

/** What the window asks of the open database; the app implements it over the store, tests over a temporary one. */
public interface AtlasData extends IncidentLookup {
    @Override
    Optional<Incident> find(IncidentId id);

    /** Everything the window shows about the incidents, built anew (after an import). */
    MapContent loadContent();

    /** Imports a GED CSV or Incident Atlas JSON file; all or nothing unless {@code skipBadRows}. */
    ImportReport importFile(Path file, boolean skipBadRows, ProgressListener progress)
            throws ImportException, IOException;

    /**
     * Writes the incidents of the database rows {@code rowIds} (ascending) to {@code out} in a data format, atomically;
     * returns how many. Stops, leaving no file, when the thread is interrupted.
     */
    long exportData(DataFormat format, long[] rowIds, String title, Path out, ProgressListener progress)
            throws IOException;
}

package org.incidentatlas.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.incidentatlas.domain.DatasetSummary;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.export.DataFormat;
import org.incidentatlas.ingest.DatasetJson;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.ingest.ImportOptions;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.TablePreview;
import org.incidentatlas.domain.ProgressListener;

/** What the window asks of the open database; the app implements it over the store, tests over a temporary one. */
public interface AtlasData extends IncidentLookup {
    @Override
    Optional<Incident> find(IncidentId id);

    /** Everything the window shows about the incidents, built anew (after an import). */
    MapContent loadContent();

    /**
     * Imports a table (UCDP GED, ACLED, GTD, or another through a column mapping in {@code options}) or an Incident
     * Atlas JSON file; all or nothing unless {@code skipBadRows}.
     */
    ImportReport importFile(Path file, ImportOptions options, boolean skipBadRows, ProgressListener progress)
            throws ImportException, IOException;

    /** The header and first rows of a table, and the known format its header shows (for the mapping dialog). */
    default TablePreview previewTable(Path file, int rows) throws ImportException, IOException {
        return TablePreview.read(file, rows);
    }

    /** Every dataset in the database, as {@code datasets} lists them. */
    List<DatasetSummary> datasets();

    /**
     * Removes a dataset with all its incidents, all or nothing; returns how many incidents went.
     *
     * @throws IllegalArgumentException when there is no dataset of that name (nothing is changed)
     */
    long removeDataset(String name);

    /**
     * Writes the researcher's dataset {@code name} as native JSON, with its history and its reports on other datasets'
     * incidents, to {@code out}, atomically; returns what was written.
     *
     * @throws IllegalArgumentException when there is no such dataset or it is an imported one (nothing is written)
     */
    DatasetJson.DatasetFile exportDataset(String name, Path out) throws IOException;

    /**
     * Writes the incidents of the database rows {@code rowIds} (ascending) to {@code out} in a data format, atomically;
     * returns how many. Stops, leaving no file, when the thread is interrupted.
     */
    long exportData(DataFormat format, long[] rowIds, String title, Path out, ProgressListener progress)
            throws IOException;
}

package org.incidentatlas.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.incidentatlas.domain.DatasetSummary;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.export.AtomicFiles;
import org.incidentatlas.export.DataExport;
import org.incidentatlas.export.DataFormat;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.IncidentIndex;
import org.incidentatlas.ingest.DatasetImport;
import org.incidentatlas.ingest.DatasetJson;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.ingest.ImportOptions;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.ui.AtlasData;
import org.incidentatlas.ui.MapContent;

/** The window's view of an open database. */
final class SessionData implements AtlasData {
    private final AtlasSession session;
    /** The bundled OCHA boundaries, read once and shared by the index builds and the editor. */
    private AdminBoundaries boundaries;

    SessionData(AtlasSession session) {
        this.session = session;
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        return session.repository().find(id);
    }

    /** The bundled OCHA boundaries, read on the first call (off the FX thread, when the map is first loaded). */
    synchronized AdminBoundaries boundaries() {
        if (boundaries == null) {
            boundaries = AdminBoundaries.bundled();
        }
        return boundaries;
    }

    @Override
    public MapContent loadContent() {
        IncidentIndex index = IndexFiles.load(session, boundaries(), true).index();
        return new MapContent(index.points(), index.codes(), session.datasets().credits());
    }

    @Override
    public ImportReport importFile(Path file, ImportOptions options, boolean skipBadRows, ProgressListener progress)
            throws ImportException, IOException {
        if ((options.format() == null || "native".equals(options.format())) && DatasetJson.isDatasetFile(file)) {
            return new DatasetImport(session.edits()).importFile(file).report();
        }
        // The snapshot is written from what the import hands over, so the map's reload after it reads that snapshot
        // instead of the whole database.
        return IndexFiles.importFed(session, boundaries(), facts -> new Importer(session.repository(), options)
                .withFacts(facts).importFile(file, skipBadRows, progress));
    }

    @Override
    public List<DatasetSummary> datasets() {
        return session.datasets().list();
    }

    @Override
    public long removeDataset(String name) {
        return session.datasets().remove(name);
    }

    @Override
    public DatasetJson.DatasetFile exportDataset(String name, Path out) throws IOException {
        DatasetJson.DatasetFile dataset = session.datasetExport().read(name);
        AtomicFiles.write(out, stream -> DatasetJson.write(dataset, stream));
        return dataset;
    }

    @Override
    public long exportData(DataFormat format, long[] rowIds, String title, Path out, ProgressListener progress)
            throws IOException {
        return DataExport.write(format, session.repository(), rowIds, title, out, progress);
    }
}

package org.incidentatlas.ui;

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
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.TimeIndexBuilder;
import org.incidentatlas.ingest.DatasetExport;
import org.incidentatlas.ingest.DatasetJson;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.ingest.ImportOptions;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.DatasetRegistry;
import org.incidentatlas.store.IncidentFactsQuery;
import org.incidentatlas.store.IncidentRepository;

/** The window's data over a test database (the app's own is package-private to it and needs a whole session). */
record RepositoryData(Database database) implements AtlasData {
    IncidentRepository repository() {
        return new IncidentRepository(database);
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        return repository().find(id);
    }

    @Override
    public MapContent loadContent() {
        return new MapContent(TimeIndexBuilder.from(repository()::scanPoints), null);
    }

    /** The content with filter codes, as the app loads it. */
    MapContent loadContentWithCodes() {
        return new MapContent(TimeIndexBuilder.from(repository()::scanPoints),
                FilterCodes.of(new IncidentFactsQuery(database).all(), AdminBoundaries.bundled()));
    }

    @Override
    public ImportReport importFile(Path file, ImportOptions options, boolean skipBadRows, ProgressListener progress)
            throws ImportException, IOException {
        return new Importer(repository(), options).importFile(file, skipBadRows, progress);
    }

    @Override
    public List<DatasetSummary> datasets() {
        return new DatasetRegistry(database).list();
    }

    @Override
    public long removeDataset(String name) {
        return new DatasetRegistry(database).remove(name);
    }

    @Override
    public DatasetJson.DatasetFile exportDataset(String name, Path out) throws IOException {
        DatasetJson.DatasetFile dataset = new DatasetExport(database).read(name);
        AtomicFiles.write(out, stream -> DatasetJson.write(dataset, stream));
        return dataset;
    }

    @Override
    public long exportData(DataFormat format, long[] rowIds, String title, Path out, ProgressListener progress)
            throws IOException {
        return DataExport.write(format, repository(), rowIds, title, out, progress);
    }
}

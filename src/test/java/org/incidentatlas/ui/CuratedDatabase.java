package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.TimeIndexBuilder;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.map.AtlasTileRetriever;
import org.incidentatlas.map.BasemapSettings;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentFactsQuery;
import org.incidentatlas.store.IncidentRepository;

/** The bundled curated 2021 incidents in a new database, and windows on them, for the window tests. */
final class CuratedDatabase implements AutoCloseable {
    final Database database;
    final IncidentRepository repository;

    private CuratedDatabase(Database database) {
        this.database = database;
        this.repository = new IncidentRepository(database);
    }

    /** A new database in a new folder under {@code home}, with the curated records imported. */
    static CuratedDatabase open(Path home) throws ImportException, java.io.IOException {
        CuratedDatabase db = new CuratedDatabase(Database.open(home.resolve("db-" + System.nanoTime())));
        new Importer(db.repository).importFile(Path.of("data", "curated", "iraq-2021.json"), false,
                ProgressListener.NONE);
        return db;
    }

    /** A window without the filter panel. */
    MainWindow plainWindow(String attribution) {
        return new MainWindow(new AtlasViewModel(repository::find, Background.direct()),
                TimeIndexBuilder.from(repository::scanPoints), attribution, url -> { });
    }

    /** The incidents with their filter codes, as the application loads them. */
    MapContent content() {
        return new MapContent(TimeIndexBuilder.from(repository::scanPoints),
                FilterCodes.of(new IncidentFactsQuery(database).all(), AdminBoundaries.bundled()));
    }

    /** A window with the filter panel, opening links through {@code browser}. */
    MainWindow window(String attribution, Consumer<String> browser) {
        FilterCodes codes = FilterCodes.of(new IncidentFactsQuery(database).all(), AdminBoundaries.bundled());
        return new MainWindow(new AtlasViewModel(repository::find, Background.direct()),
                new MapContent(TimeIndexBuilder.from(repository::scanPoints), codes), attribution, browser,
                new BasemapPicker(AtlasTileRetriever.basemaps(), BasemapSettings.inMemory(), Background.direct(),
                        new FakeDialogs()));
    }

    @Override
    public void close() {
        database.close();
    }
}

package org.incidentatlas.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.PointIndex;
import org.incidentatlas.store.DataHome;
import org.incidentatlas.ui.AtlasViewModel;
import org.incidentatlas.ui.FxBackground;
import org.incidentatlas.ui.MainWindow;
import org.incidentatlas.ui.StartupPane;

/** The window: opens the database off the FX thread (importing the bundled data on first start), then the map. */
public final class IncidentAtlasApp extends Application {
    private AtlasSession session;
    private final FxBackground background = new FxBackground();

    @Override
    public void start(Stage stage) {
        Path folder = DataHome.resolve(getParameters().getNamed().get("db"));
        StartupPane startup = new StartupPane();
        Scene scene = new Scene(startup, 1280, 800);
        stage.setTitle("Incident Atlas");
        stage.setScene(scene);
        stage.show();

        Task<Loaded> opening = new Task<>() {
            @Override
            protected Loaded call() throws Exception {
                session = AtlasSession.open(folder,
                        (done, total, message) -> Platform.runLater(() -> startup.progress(done, total, message)));
                Platform.runLater(() -> startup.progress(-1, -1, "Loading incidents…"));
                PointIndex points = PointIndex.of(session.repository().points());
                return new Loaded(points, FilterCodes.of(session.facts().all(), AdminBoundaries.bundled()));
            }
        };
        opening.setOnSucceeded(e -> {
            AtlasViewModel model = new AtlasViewModel(session.repository()::find, background);
            Loaded loaded = opening.getValue();
            scene.setRoot(new MainWindow(model, loaded.points(), loaded.codes(),
                    Credits.MAP_ATTRIBUTION,
                    url -> getHostServices().showDocument(url)));
            stage.setTitle("Incident Atlas — " + folder);
        });
        opening.setOnFailed(e -> startup.fail("Incident Atlas cannot start: " + opening.getException().getMessage()));
        Thread t = new Thread(opening, "atlas-startup");
        t.setDaemon(true);
        t.start();
    }

    /** What start-up loads off the FX thread: the map's points and the filters' codes. */
    private record Loaded(PointIndex points, FilterCodes codes) {
    }

    @Override
    public void stop() {
        background.close();
        if (session != null) {
            session.close();
        }
    }
}

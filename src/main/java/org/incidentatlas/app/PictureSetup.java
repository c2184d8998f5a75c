package org.incidentatlas.app;

import java.io.IOException;
import java.util.BitSet;
import java.util.Set;
import org.incidentatlas.domain.DatasetCredits;
import org.incidentatlas.export.Playback;
import org.incidentatlas.export.Captions;
import org.incidentatlas.export.MapFrame;
import org.incidentatlas.export.MapSnapshot;
import org.incidentatlas.export.SavedView;
import org.incidentatlas.export.ViewStyle;
import org.incidentatlas.export.Shown;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.FilterEvaluator;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.ingest.ImportException;
import org.incidentatlas.render.TileSource;
import org.incidentatlas.render.AreaKey;
import org.incidentatlas.render.ColourKey;
import org.incidentatlas.render.MapMode;
import org.incidentatlas.render.basemap.LabelLanguage;
import org.incidentatlas.ui.MapContent;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Everything a picture command needs, read from the options and the database: the saved view if any, the filter,
 * the frame, the incidents with the filter as a mask, and a snapshot renderer on the chosen basemap. Options given on
 * the command line win over the view's.
 */
final class PictureSetup implements AutoCloseable {
    final SavedView view;
    final IncidentFilter filter;
    final MapFrame frame;
    final String title;
    final SavedView.Basemap basemap;
    final TimeIndex index;
    final Shown shown;
    final MapSnapshot snapshot;
    private final TileSource tiles;
    private DatasetCredits credits = DatasetCredits.NONE;
    /** How the picture draws incidents (written into the PNG's view). */
    ViewStyle style = ViewStyle.DEFAULT;

    private PictureSetup(SavedView view, IncidentFilter filter, MapFrame frame, String title,
            SavedView.Basemap basemap, MapContent content, TileSource tiles, MapSnapshot snapshot) {
        this.view = view;
        this.filter = filter;
        this.frame = frame;
        this.title = title;
        this.basemap = basemap;
        this.index = content.index();
        BitSet passing = FilterEvaluator.evaluate(content.codes(), filter);
        this.shown = new Shown(index, FilterEvaluator.mask(content.codes(), index, filter, passing),
                defaultWindow(view, filter, index));
        this.tiles = tiles;
        this.snapshot = snapshot;
    }

    /**
     * Reads the options, opens the database (importing the bundled data on a first run) and loads the incidents.
     *
     * @throws ParameterException for a bad option or view file (exit code 2)
     */
    static PictureSetup open(Cli cli, FilterOptions filters, MapOptions map, CommandSpec spec)
            throws IOException, ImportException {
        ExportCommand.headless();
        SavedView view;
        IncidentFilter filter;
        MapFrame frame;
        SavedView.Basemap basemap;
        ViewStyle style;
        LabelLanguage labels;
        try {
            labels = map.labels();
            view = map.savedView();
            AdminBoundaries boundaries = AdminBoundaries.bundled();
            filter = filters.any() || view == null ? filters.filter(boundaries) : view.filters().toFilter();
            frame = map.frame(view);
            basemap = map.basemap(view);
            style = map.style(view);
            if (map.offlineInsteadOfOnline(view)) {
                System.err.println("note: " + map.view + " was drawn on online tiles; drawing the offline basemap "
                        + "instead (nothing goes online unless --basemap osm is given)");
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        TileSource tiles = MapOptions.tiles(basemap);
        try {
            MapSnapshot snapshot = new MapSnapshot(MapOptions.offline(basemap, labels), tiles);
            snapshot.setSizeBy(style.symbolSize());
            MapContent content;
            DatasetCredits credits;
            try (AtlasSession session = AtlasSession.open(cli.databaseFolder(), new StderrProgress(System.err))) {
                content = new SessionData(session).loadContent();
                credits = session.datasets().credits();
            }
            snapshot.setColours(ColourKey.of(style.colours(), content.index(), content.codes()));
            if (style.mode() != MapMode.SYMBOLS) {
                snapshot.setAreas(AreaKey.of(style.areaStyle(), content.index(), content.codes()));
            }
            PictureSetup setup = new PictureSetup(view, filter, frame, map.title(view), basemap, content, tiles,
                    snapshot);
            setup.credits = credits;
            setup.style = style;
            return setup;
        } catch (IOException | ImportException | RuntimeException e) {
            if (tiles != null) {
                tiles.close();
            }
            throw e;
        }
    }

    /** The view's window; without a view, the filter's days, else every day with incidents. */
    private static DateWindow defaultWindow(SavedView view, IncidentFilter filter, TimeIndex index) {
        if (view != null) {
            return view.window().dateWindow();
        }
        int from = filter.from() == null ? index.firstDay() : (int) filter.from().toEpochDay();
        int to = filter.to() == null ? index.lastDay() : (int) filter.to().toEpochDay();
        return new DateWindow(from, to);
    }

    /** The captions of a picture of {@code shown}. */
    Captions captions(Shown what) {
        return Captions.of(title, what.window(), filter, what.totals(), attribution(what.datasets()));
    }

    /**
     * Credits of the basemap and of exactly the datasets named (those of the incidents a picture shows), with their
     * versions and licences, as on the window's map.
     */
    String attribution(Set<String> datasets) {
        return snapshot.basemapAttribution() + " · " + credits.line(datasets);
    }

    /** The datasets of the incidents any of the playback's frames shows. */
    Set<String> datasets(Playback playback) {
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (DateWindow w : playback.windows()) {
            from = Math.min(from, w.from());
            to = Math.max(to, w.to());
        }
        return from > to ? Set.of() : shown.in(new DateWindow(from, to)).datasets();
    }

    @Override
    public void close() {
        if (tiles != null) {
            tiles.close();
        }
    }
}

package org.incidentatlas.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import org.incidentatlas.export.Animator;
import org.incidentatlas.export.Captions;
import org.incidentatlas.export.DataExport;
import org.incidentatlas.export.DataFormat;
import org.incidentatlas.export.FrameSink;
import org.incidentatlas.export.GifFile;
import org.incidentatlas.export.MapFrame;
import org.incidentatlas.export.MapSnapshot;
import org.incidentatlas.export.PngFile;
import org.incidentatlas.export.PngFrames;
import org.incidentatlas.export.SavedView;
import org.incidentatlas.export.Shown;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.FilterCodes;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.map.AtlasTileRetriever;
import org.incidentatlas.map.BasemapSwitch;
import org.incidentatlas.map.IncidentLayer;
import org.incidentatlas.render.AreaKey;
import org.incidentatlas.render.ColourKey;
import org.incidentatlas.render.SizeBy;
import org.incidentatlas.render.TileSource;

/**
 * The background tasks that write the window's exports: the map as a PNG picture, the timeline's playback as an
 * animated GIF or numbered PNG files, and the data of the incidents shown. Each task is made on the FX thread and
 * reads there what the window shows at that moment (its incidents, date window, filters, keys and basemap); it then
 * draws off screen with the same renderers as the window, whatever the window does meanwhile.
 */
final class ExportTasks {
    private final MainWindow window;
    private final AtlasData data;
    private final BasemapSwitch basemaps = AtlasTileRetriever.basemaps();

    ExportTasks(MainWindow window, AtlasData data) {
        this.window = window;
        this.data = data;
    }

    /** The software named in exported files. */
    static String software() {
        String v = ExportTasks.class.getPackage().getImplementationVersion();
        return "Incident Atlas " + (v == null ? "(development build)" : v);
    }

    /**
     * How the window draws its incidents now, read on the FX thread: the basemap's tiles (null offline), what symbol
     * sizes and colours say, and the choropleth's key (null for symbols).
     */
    private record Look(TileSource tiles, SizeBy sizeBy, ColourKey colours, AreaKey areas) {
        static Look of(IncidentLayer layer, BasemapSwitch basemaps) {
            return new Look(basemaps.chosen(), layer.sizeBy(), layer.colours(), layer.areas());
        }

        /** A snapshot drawn this way, on the offline basemap under the tiles; off the FX thread. */
        MapSnapshot snapshot(BasemapSwitch basemaps) throws IOException {
            MapSnapshot snapshot = new MapSnapshot(basemaps.offlineBasemap(), tiles);
            snapshot.setSizeBy(sizeBy);
            snapshot.setColours(colours);
            snapshot.setAreas(areas);
            return snapshot;
        }
    }

    /** The task that writes the incidents the window shows now in {@code format}. */
    Task<Path> dataTask(DataFormat format, String dataTitle, Path out) {
        Shown shown = window.shown();
        FilterCodes codes = window.codes();
        return new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Choosing the incidents shown");
                long[] rows = codes == null ? new long[0] : DataExport.rowIds(codes, shown);
                data.exportData(format, rows, dataTitle, out, (done, total, message) -> {
                    updateProgress(done, total);
                    updateMessage(message);
                });
                return out;
            }
        };
    }

    /**
     * The task that draws the window's map into a PNG file at {@code frame}'s size, with {@code view} (what the window
     * shows now, see {@link SavedViews#current}) as its title and in its text, to draw it again.
     */
    Task<Path> pictureTask(SavedView view, MapFrame frame, Path out) {
        Shown shown = window.shown();
        IncidentFilter filter = window.filter();
        Look look = Look.of(window.incidentLayer(), basemaps);
        String title = view.title();
        String viewJson = view.toJson();
        String credits = window.dataAttribution(shown);
        return new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Drawing " + out.getFileName());
                updateProgress(-1, 1);
                MapSnapshot snapshot = look.snapshot(basemaps);
                Captions captions = Captions.of(title, shown.window(), filter, shown.totals(),
                        snapshot.basemapAttribution() + " · " + credits);
                var picture = snapshot.render(shown, frame, captions);
                updateMessage("Writing " + out.getFileName());
                PngFile.write(out, picture, captions.pngText(software(), viewJson));
                return out;
            }
        };
    }

    /** The task that plays the timeline into a GIF file or a folder of PNG files. */
    Task<Path> animationTask(ExportDialogs.AnimationRequest request, MapFrame frame, Path out) {
        Shown shown = window.shown();
        IncidentFilter filter = window.filter();
        Look look = Look.of(window.incidentLayer(), basemaps);
        String data = window.dataAttribution(shown.in(span(request.playback().windows())));
        String pictureTitle = request.picture().title();
        return new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Drawing frames");
                MapSnapshot snapshot = look.snapshot(basemaps);
                String credits = snapshot.basemapAttribution() + " · " + data;
                try (FrameSink sink = request.gif()
                        ? new GifFile(out, request.fps(), Captions.filters(filter) + " · " + credits)
                        : new PngFrames(out, "frame", software())) {
                    Animator.write(snapshot, shown, frame, new Animator.Titles(pictureTitle, filter, credits),
                            request.playback(), sink, (done, total, message) -> {
                                updateProgress(done, total);
                                updateMessage(message);
                            });
                }
                return out;
            }
        };
    }

    /** The days from the first window's first to the last one's last: an animation's credits cover them all. */
    private static DateWindow span(List<DateWindow> windows) {
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (DateWindow w : windows) {
            from = Math.min(from, w.from());
            to = Math.max(to, w.to());
        }
        return from > to ? new DateWindow(0, -1) : new DateWindow(from, to);
    }
}

package org.incidentatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.export.Captions;
import org.incidentatlas.export.MapFrame;
import org.incidentatlas.export.MapSnapshot;
import org.incidentatlas.export.PictureSize;
import org.incidentatlas.export.PngFile;
import org.incidentatlas.export.Shown;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.index.TimeIndexBuilder;
import org.incidentatlas.ingest.BundledData;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.render.basemap.BasemapData;
import org.incidentatlas.render.basemap.BasemapStyle;
import org.incidentatlas.render.basemap.OfflineBasemap;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code export png} of the bundled data at 4000 x 4000 pixels, every incident of every day over Iraq at zoom 7.5:
 * the basemap, the incidents, title, legend, scale bar and credits drawn, then the PNG encoded with its text chunks
 * and written to a file (forced to disk, moved into place). Target: under 3 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Djava.awt.headless=true"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
public class SnapshotBenchmark {
    private Path folder;
    private Shown shown;
    private OfflineBasemap basemap;
    private MapFrame frame;
    private Captions captions;

    @Setup
    public void load() throws Exception {
        folder = Files.createTempDirectory("snapshot-bench");
        TimeIndex index;
        try (Database db = Database.open(folder.resolve("db"))) {
            IncidentRepository repository = new IncidentRepository(db);
            new BundledData(repository).importMissing(ProgressListener.NONE);
            index = TimeIndexBuilder.from(repository::scanPoints);
        }
        shown = new Shown(index, IncidentMask.ALL, new DateWindow(index.firstDay(), index.lastDay()));
        basemap = new OfflineBasemap(BasemapData.loadBundled(), BasemapStyle.LIGHT);
        frame = MapFrame.of(33.2, 43.7, 7.5, new PictureSize(4000, 4000), 1);
        captions = Captions.of("Political violence in Iraq", shown.window(), IncidentFilter.NONE, shown.totals(),
                OfflineBasemap.ATTRIBUTION);
    }

    @Benchmark
    public long pngSnapshot4000() throws IOException {
        Path out = folder.resolve("map.png");
        PngFile.write(out, new MapSnapshot(basemap, null).render(shown, frame, captions),
                captions.pngText("benchmark", null));
        return Files.size(out);
    }

    @TearDown
    public void clean() throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

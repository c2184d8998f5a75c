package org.incidentatlas.bench;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentMask;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.index.TimeIndexBuilder;
import org.incidentatlas.render.IncidentRenderer;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One slider step, the whole way the window takes it: the timeline's window moves by a day, its totals are counted
 * (through the filter mask), the incident layer's raster is drawn into its {@code PixelBuffer}, the buffer updated and
 * the layer drawn to pixels as a pulse would draw it (see {@link FxMap}), on the JavaFX thread with a 1280 x 800 map of
 * Iraq at zoom 6. Compared with the naive ways at 10,000 incidents, each doing the same work and nothing more: one
 * JavaFX node per incident (the same timeline, each circle shown or hidden, the group drawn to pixels), and one SQL
 * query per step against H2 (its rows made into an index for the same layer). {@code rasterOnly} times the renderer
 * alone, for reference. Steps are sampled one by one, so the summary gives their median and 99th percentile. Also:
 * building the index from H2.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
    "-Dprism.order=sw", "-Dprism.text=t2k"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SliderStepBenchmark {
    /** A moving window of 30 days, as researchers mostly use. */
    static final int WINDOW_DAYS = 30;
    private static final String SQL_STEP = "SELECT id, dataset_key, original_id, "
            + "DATEDIFF('DAY', DATE '1970-01-01', date_start), DATEDIFF('DAY', DATE '1970-01-01', date_end), "
            + "date_prec, latitude, longitude, deaths_best, violence_type FROM incident "
            + "WHERE date_start <= ? AND date_end >= ?";

    /** Steps through the data a day at a time, wrapping at the end. */
    static final class Cursor {
        private final int first;
        private final int last;
        private int day;

        Cursor(int first, int last) {
            this.first = first;
            this.last = last;
            this.day = first;
        }

        DateWindow next(int days) {
            day = day + days > last ? first : day + 1;
            return new DateWindow(day, day + days - 1);
        }
    }

    /** The index way, at several sizes: the app's incident layer on a map. */
    @State(Scope.Benchmark)
    public static class Indexed {
        @Param({"10000", "100000", "1000000"})
        public int n;
        TimeIndex index;
        FxMap fx;
        final IncidentRenderer renderer = new IncidentRenderer();
        final int[] pixels = new int[BenchData.VIEW.width() * BenchData.VIEW.height()];
        Cursor month;
        Cursor year;
        Cursor raster;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            index = BenchData.index(n);
            fx = FxMap.start(index);
            month = new Cursor(index.firstDay(), index.lastDay());
            year = new Cursor(index.firstDay(), index.lastDay());
            raster = new Cursor(index.firstDay(), index.lastDay());
        }
    }

    /** The naive SQL way: one query per step, its rows made into an index for the same layer. */
    @State(Scope.Benchmark)
    public static class Sql {
        @Param({"10000"})
        public int n;
        Database db;
        FxMap fx;
        Cursor cursor;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            db = Database.open(BenchData.database(n));
            fx = FxMap.start(TimeIndex.empty());
            cursor = new Cursor((int) LocalDate.of(2003, 1, 1).toEpochDay(),
                    (int) LocalDate.of(2018, 12, 31).toEpochDay());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            db.close();
        }
    }

    /** The naive JavaFX way: one Circle per incident over the same map, shown or hidden per step, drawn to pixels. */
    @State(Scope.Benchmark)
    public static class Nodes {
        @Param({"10000"})
        public int n;
        NodePerIncident scene;
        Cursor cursor;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            TimeIndex index = BenchData.index(n);
            scene = NodePerIncident.start(index, BenchData.VIEW);
            cursor = new Cursor(index.firstDay(), index.lastDay());
        }
    }

    /** Index build from the database of a million incidents. */
    @State(Scope.Benchmark)
    public static class Build {
        @Param({"1000000"})
        public int n;
        Database db;
        IncidentRepository repository;

        @Setup(Level.Trial)
        public void setUp() {
            db = Database.open(BenchData.database(n));
            repository = new IncidentRepository(db);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            db.close();
        }
    }

    @Benchmark
    public int indexedStep(Indexed s) throws Exception {
        DateWindow w = s.month.next(WINDOW_DAYS);
        return FxMap.onFx(() -> s.fx.select(w));
    }

    /** A year-long window: many more incidents in view, so the density grid is drawn. */
    @Benchmark
    public int indexedStepYearWindow(Indexed s) throws Exception {
        DateWindow w = s.year.next(365);
        return FxMap.onFx(() -> s.fx.select(w));
    }

    /** The renderer alone (the slice and the raster into an int array), without totals, buffer, upload or FX. */
    @Benchmark
    public IncidentRenderer.Frame rasterOnly(Indexed s) {
        return s.renderer.render(s.index, s.raster.next(WINDOW_DAYS), IncidentMask.ALL, BenchData.VIEW, s.pixels);
    }

    @Benchmark
    public int sqlQueryPerStep(Sql s) throws Exception {
        DateWindow w = s.cursor.next(WINDOW_DAYS);
        TimeIndexBuilder builder = new TimeIndexBuilder(64);
        s.db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(SQL_STEP)) {
                q.setDate(1, Date.valueOf(w.toDate()));
                q.setDate(2, Date.valueOf(w.fromDate()));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        builder.accept(new BenchData.Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getDouble(7), rs.getDouble(8),
                                rs.getInt(9), rs.getInt(10)));
                    }
                }
            }
            return null;
        });
        TimeIndex rows = builder.build();
        return FxMap.onFx(() -> {
            s.fx.layer.setIndex(rows);
            s.fx.layer.setWindow(w);
            return rows.totals(w, IncidentMask.ALL).incidents() + s.fx.draw(s.fx.layer);
        });
    }

    @Benchmark
    public int nodePerIncidentStep(Nodes s) throws Exception {
        DateWindow w = s.cursor.next(WINDOW_DAYS);
        return FxMap.onFx(() -> s.scene.select(w));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public TimeIndex buildIndexFromDatabase(Build s) {
        return TimeIndexBuilder.from(s.repository::scanPoints);
    }
}

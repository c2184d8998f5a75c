package org.incidentatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.index.TimeIndex;
import org.incidentatlas.index.TimeIndexBuilder;
import org.incidentatlas.ingest.SyntheticGed;
import org.incidentatlas.render.Viewport;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.PointRow;

/**
 * Synthetic data for the benchmarks: indexes built in memory from the generator, and H2 databases of generated
 * incidents cached under {@code target/bench-db} so later runs skip the writing. The databases get their incident
 * rows through one batched INSERT per 50,000 (sources and attributes are left out: the index never reads them).
 */
final class BenchData {
    static final long SEED = 42;
    /** The view every benchmark draws: Iraq at zoom 6 in a 1280 x 800 window. */
    static final Viewport VIEW = Viewport.centredOn(33.2, 43.7, 6, 1280, 800);
    private static final String INSERT = "INSERT INTO incident (release_id, dataset_key, original_id, date_start, "
            + "date_end, date_prec, place_name, adm1, latitude, longitude, where_prec, side_a, side_b, claim_status, "
            + "violence_type, deaths_low, deaths_best, deaths_high, deaths_side_a, deaths_side_b, deaths_civilians, "
            + "deaths_unknown) VALUES (1,?,?,?,?,?,?,?,?,?,?,?,?,'NOT_RECORDED',?,?,?,?,?,?,?,?)";

    private BenchData() {
    }

    /** An index of {@code n} generated incidents, built without a database. */
    static TimeIndex index(int n) {
        TimeIndexBuilder builder = new TimeIndexBuilder(n);
        SyntheticGed.incidents(n, SEED, 50_000, batch -> batch.forEach(i -> builder.accept(row(i))));
        return builder.build();
    }

    /** A database folder holding {@code n} generated incidents, made once and reused. */
    static Path database(int n) {
        Path folder = Path.of(System.getProperty("user.dir"), "target", "bench-db", "n" + n + "-seed" + SEED + "-v2");
        Path done = folder.resolve("complete");
        if (Files.exists(done)) {
            return folder;
        }
        try {
            delete(folder);
            try (Database db = Database.open(folder)) {
                db.inTransaction(c -> {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset_release (id, dataset_key, "
                            + "version, licence) VALUES (1, 'ucdp-ged', 'synthetic', 'CC BY 4.0')")) {
                        return ps.executeUpdate();
                    }
                });
                SyntheticGed.incidents(n, SEED, 50_000, batch -> insert(db, batch));
            }
            Files.writeString(done, n + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static void insert(Database db, List<Incident> batch) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (Incident in : batch) {
                    int k = 0;
                    ps.setString(++k, in.provenance().dataset());
                    ps.setString(++k, in.provenance().originalId());
                    ps.setDate(++k, Date.valueOf(in.dates().start()));
                    ps.setDate(++k, Date.valueOf(in.dates().end()));
                    ps.setInt(++k, in.dates().precision().gedCode());
                    ps.setString(++k, in.place().name());
                    ps.setString(++k, in.place().adm1());
                    ps.setDouble(++k, in.place().latitude());
                    ps.setDouble(++k, in.place().longitude());
                    ps.setInt(++k, in.place().precision().gedCode());
                    ps.setString(++k, in.actors().sideA());
                    ps.setString(++k, in.actors().sideB());
                    ps.setInt(++k, in.type().gedCode());
                    ps.setInt(++k, in.casualties().deaths().low());
                    ps.setInt(++k, in.casualties().deaths().best());
                    ps.setInt(++k, in.casualties().deaths().high());
                    ps.setInt(++k, in.casualties().deathsSideA());
                    ps.setInt(++k, in.casualties().deathsSideB());
                    ps.setInt(++k, in.casualties().deathsCivilians());
                    ps.setInt(++k, in.casualties().deathsUnknown());
                    ps.addBatch();
                }
                return ps.executeBatch().length;
            }
        });
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static PointRow row(Incident in) {
        return new Row(0, in.provenance().dataset(), in.provenance().originalId(),
                (int) in.dates().start().toEpochDay(), (int) in.dates().end().toEpochDay(),
                in.dates().precision().gedCode(), in.place().latitude(), in.place().longitude(),
                in.casualties().deaths().best(), in.type().gedCode());
    }

    record Row(long rowId, String dataset, String originalId, int startDay, int endDay, int datePrecision,
            double latitude, double longitude, int deathsBest, int violenceType) implements PointRow {
    }
}

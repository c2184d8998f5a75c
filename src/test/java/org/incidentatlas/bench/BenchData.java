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
import org.incidentatlas.store.IncidentRepository;
import org.incidentatlas.domain.PointRow;

/**
 * Synthetic data for the benchmarks: indexes built in memory from the generator, and H2 databases of generated
 * incidents cached under {@code target/bench-db} so later runs skip the writing. The databases get their incident
 * rows through one batched INSERT per 50,000 (sources and attributes are left out: the index never reads them).
 */
final class BenchData {
    static final long SEED = 42;
    /** The view every benchmark draws: Iraq at zoom 6 in a 1280 x 800 window. */
    static final double LATITUDE = 33.2;
    static final double LONGITUDE = 43.7;
    static final int ZOOM = 6;
    static final Viewport VIEW = Viewport.centredOn(LATITUDE, LONGITUDE, ZOOM, 1280, 800);
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
        Path folder = Path.of(System.getProperty("user.dir"), "target", "bench-db", "n" + n + "-seed" + SEED + "-v3");
        Path done = folder.resolve("complete");
        if (Files.exists(done)) {
            return folder;
        }
        try {
            delete(folder);
            try (Database db = Database.open(folder)) {
                db.inTransaction(c -> {
                    // A release names its dataset, which the registry must know first.
                    String release = "INSERT INTO dataset_release (id, dataset_key, version, licence) "
                            + "VALUES (1, 'ucdp-ged', 'synthetic', 'CC BY 4.0')";
                    try (PreparedStatement known = c.prepareStatement("MERGE INTO dataset (dataset_key) KEY "
                            + "(dataset_key) VALUES ('ucdp-ged')");
                            PreparedStatement ps = c.prepareStatement(release)) {
                        known.executeUpdate();
                        return ps.executeUpdate();
                    }
                });
                db.inTransaction(c -> {
                    try (java.sql.Statement st = c.createStatement()) {
                        return st.execute("SET CACHE_SIZE 524288");
                    }
                });
                SyntheticGed generator = new SyntheticGed(SEED);
                for (int written = 0; written < n; written += 50_000) {
                    insert(db, generator, Math.min(50_000, n - written));
                }
                db.inTransaction(c -> {
                    try (java.sql.Statement st = c.createStatement()) {
                        return st.execute("SET CACHE_SIZE 65536");
                    }
                });
            }
            Files.writeString(done, n + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /**
     * A database folder holding {@code n} whole generated incidents, sources and all, written through the
     * repository as an import would (for the export benchmarks); made once and reused.
     */
    static Path fullDatabase(int n) {
        Path folder = Path.of(System.getProperty("user.dir"), "target", "bench-db", "full-n" + n + "-seed" + SEED);
        Path done = folder.resolve("complete");
        if (Files.exists(done)) {
            return folder;
        }
        try {
            delete(folder);
            try (Database db = Database.open(folder)) {
                IncidentRepository repository = new IncidentRepository(db);
                SyntheticGed.incidents(n, SEED, 50_000, repository::saveAll);
            }
            Files.writeString(done, n + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** Writes the generator's next rows, mapped from the GED columns as the importer would. */
    private static void insert(Database db, SyntheticGed generator, int rows) {
        List<String> columns = SyntheticGed.COLUMNS;
        int[] at = new int[] {columns.indexOf("id"), columns.indexOf("date_start"), columns.indexOf("date_end"),
            columns.indexOf("date_prec"), columns.indexOf("where_coordinates"), columns.indexOf("adm_1"),
            columns.indexOf("latitude"), columns.indexOf("longitude"), columns.indexOf("where_prec"),
            columns.indexOf("side_a"), columns.indexOf("side_b"), columns.indexOf("type_of_violence"),
            columns.indexOf("low"), columns.indexOf("best"), columns.indexOf("high"), columns.indexOf("deaths_a"),
            columns.indexOf("deaths_b"), columns.indexOf("deaths_civilians"), columns.indexOf("deaths_unknown")};
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (int r = 0; r < rows; r++) {
                    String[] row = generator.nextRow();
                    ps.setString(1, "ucdp-ged");
                    ps.setString(2, row[at[0]]);
                    ps.setDate(3, Date.valueOf(row[at[1]]));
                    ps.setDate(4, Date.valueOf(row[at[2]]));
                    ps.setInt(5, Integer.parseInt(row[at[3]]));
                    ps.setString(6, row[at[4]]);
                    ps.setString(7, row[at[5]]);
                    ps.setDouble(8, Double.parseDouble(row[at[6]]));
                    ps.setDouble(9, Double.parseDouble(row[at[7]]));
                    for (int k = 8; k < at.length; k++) {
                        if (k == 9 || k == 10) {
                            ps.setString(k + 2, row[at[k]]);
                        } else {
                            ps.setInt(k + 2, Integer.parseInt(row[at[k]]));
                        }
                    }
                    ps.addBatch();
                }
                return ps.executeBatch().length;
            }
        });
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    static void delete(Path folder) throws IOException {
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

package org.incidentatlas.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.incidentatlas.domain.FactsSink;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.PointRow;
import org.incidentatlas.domain.ProgressListener;

/** Incidents in the database: written in one transaction per call, read by key, summarised. */
public final class IncidentRepository {
    /**
     * A kept import of at least this many incidents is followed by a compaction of the database file (the system
     * property {@code incidentatlas.compactAfter} sets another number: the crash test compacts after its small imports
     * to be killed during the compaction).
     */
    static final int COMPACT_AFTER = Integer.getInteger("incidentatlas.compactAfter", 10_000);

    private final Database db;

    public IncidentRepository(Database db) {
        this.db = db;
    }

    /** Writes all incidents in one transaction (replacing those with the same dataset and id); all or nothing. */
    public int saveAll(List<Incident> incidents) {
        return saveAllWithState(incidents, null, null);
    }

    /** Takes whole incidents one at a time (an export writing them out); may stop the read by throwing. */
    @FunctionalInterface
    public interface IncidentSink {
        void accept(Incident incident) throws IOException;
    }

    /**
     * Reads every incident whose row id is in {@code rowIds} (ascending, e.g. from {@code IncidentFacts.rowId()}; null
     * for every incident) with all its sources, in row-id order, in one pass over the tables, and hands each to
     * {@code sink}; returns how many. Memory stays flat however many there are.
     */
    public long forEachIncident(long[] rowIds, IncidentSink sink) throws IOException {
        for (int k = 1; rowIds != null && k < rowIds.length; k++) {
            if (rowIds[k] <= rowIds[k - 1]) {
                throw new IllegalArgumentException("row ids must be ascending and distinct");
            }
        }
        return IncidentStream.forEach(db, rowIds, sink);
    }

    public Optional<Incident> find(IncidentId id) {
        return db.read(c -> find(c, id));
    }

    /** The incident of this id with its reports, read on {@code c} (inside the caller's transaction, if any). */
    static Optional<Incident> find(Connection c, IncidentId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(IncidentRowMapper.SELECT_INCIDENT
                + "WHERE i.dataset_key = ? AND i.original_id = ?")) {
            ps.setString(1, id.dataset());
            ps.setString(2, id.originalId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long rowId = rs.getLong("id");
                return Optional.of(IncidentRowMapper.incident(rs, IncidentRowMapper.sources(c, rowId),
                        Attributes.fromJson(rs.getString("attributes"))));
            }
        }
    }

    /** The row ids, ascending, of the incidents of one dataset (to hand to {@link #forEachIncident}). */
    public long[] rowIdsOf(String dataset) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM incident WHERE dataset_key = ? ORDER BY id")) {
                ps.setString(1, dataset);
                try (ResultSet rs = ps.executeQuery()) {
                    java.util.stream.LongStream.Builder ids = java.util.stream.LongStream.builder();
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                    return ids.build().toArray();
                }
            }
        });
    }

    public long count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM incident");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public Stats stats() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MIN(date_start), MAX(date_end), "
                    + "COALESCE(SUM(CAST(deaths_low AS BIGINT)), 0), COALESCE(SUM(CAST(deaths_best AS BIGINT)), 0), "
                    + "COALESCE(SUM(CAST(deaths_high AS BIGINT)), 0), (SELECT COUNT(*) FROM source) FROM incident");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                // LocalDate, never java.sql.Date: that one counts days in the Julian calendar before 1582, which
                // moved a date of 1500 by ten days.
                return new Stats(rs.getLong(1), rs.getLong(7), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getLong(5), rs.getLong(6));
            }
        });
    }

    /** The map's view of every incident, ordered by start date. */
    public List<IncidentPoint> points() {
        return db.read(c -> {
            List<IncidentPoint> points = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, dataset_key, original_id, date_start, "
                    + "date_end, latitude, longitude, deaths_best, violence_type FROM incident "
                    + "ORDER BY date_start, id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    points.add(new IncidentPoint(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getDouble(6),
                            rs.getDouble(7), rs.getInt(8), rs.getInt(9)));
                }
            }
            return points;
        });
    }

    /**
     * Streams the index fields of every incident, in no particular order, to {@code sink} on the calling thread;
     * returns the number of rows. The {@link PointRow} is reused between rows.
     */
    public int scanPoints(java.util.function.Consumer<PointRow> sink) {
        return db.read(c -> PointScan.run(c, sink));
    }

    /**
     * Names the state of the incidents: it changes with every committed write (a new random stamp is written in each
     * write transaction) and carries the count and the highest row id as well, so a copy of derived data (the index
     * snapshot) kept under it is known to belong to exactly this state.
     */
    public String dataStamp() {
        return db.read(DataStamp::read);
    }

    /** A value the application keeps about itself (e.g. which bundled data were imported), or null. */
    public String state(String name) {
        return db.read(c -> AppState.get(c, name));
    }

    /**
     * Writes incidents and, when {@code name} is given, a state value, together in one transaction. An incident
     * already in the database is replaced; a second one with the same id in the same call is skipped (the first is
     * kept, as the importer does).
     */
    public int saveAllWithState(List<Incident> incidents, String name, String value) {
        boolean kept = false;
        try {
            int n = db.inTransaction(c -> {
                IncidentBatch batch = new IncidentBatch(c, db.folder());
                boolean finished = false;
                try {
                    for (Incident incident : incidents) {
                        batch.write(incident);
                    }
                    if (name != null) {
                        batch.putState(name, value);
                    }
                    batch.finish();
                    finished = true;
                } finally {
                    if (!finished) {
                        batch.abandon();
                    }
                }
                return incidents.size();
            });
            kept = true;
            return n;
        } finally {
            db.endImport(kept);
        }
    }

    /**
     * Streams incidents into one import: {@code work} writes them through the batch as it reads them (they are staged
     * in a file beside the database), and only if {@code keep} accepts what the work returned is the import decided
     * (one small commit) and its incidents moved into the live tables. If it does not, or the work throws, nothing it
     * wrote remains; if the process dies before the decision, the live tables hold nothing of it and the next open
     * deletes the staging file, and after it, the next open completes the move (see {@code ImportStage}).
     * {@code phases} is told when the move and a compaction begin. Exceptions of {@code work} pass
     * through unchanged.
     */
    public <T, E extends Exception> T writeInOneTransaction(BatchWork<T, E> work, Predicate<? super T> keep,
            ProgressListener phases) throws E, IOException {
        return writeInOneTransaction(work, keep, phases, null);
    }

    /**
     * As above; {@code facts}, if not null, is told the facts of every incident the database holds once a kept
     * import is in (in row-id order, as {@link IncidentFactsQuery#forEach} gives them), the import's own taken from
     * its records as they are moved into place instead of read back: what the index snapshot after an import is built
     * from.
     */
    public <T, E extends Exception> T writeInOneTransaction(BatchWork<T, E> work, Predicate<? super T> keep,
            ProgressListener phases, FactsSink facts) throws E, IOException {
        boolean kept = false;
        int[] written = new int[1];
        IncidentBatch[] open = new IncidentBatch[1];
        try {
            T result = inOneTransaction(batch -> {
                open[0] = batch;
                try {
                    return work.run(batch);
                } finally {
                    written[0] = batch.written();
                }
            }, keep);
            // Returned normally: committed if keep accepted the result, rolled back otherwise.
            kept = keep.test(result);
            return result;
        } finally {
            IncidentBatch batch = open[0];
            try {
                db.endImport(kept, kept && written[0] >= COMPACT_AFTER, IncidentBatch.LARGE_MOVE, phases,
                        facts == null || batch == null ? null : new ImportFacts(facts, batch::wrote));
            } finally {
                if (batch != null) {
                    batch.release();
                }
            }
        }
    }

    private <T, E extends Exception> T inOneTransaction(BatchWork<T, E> work, Predicate<? super T> keep)
            throws E, IOException {
        try {
            return db.inTransaction(c -> {
                IncidentBatch batch = new IncidentBatch(c, db.folder());
                boolean finished = false;
                try {
                    T result = work.run(batch);
                    if (keep.test(result)) {
                        batch.finish();
                    } else {
                        batch.abandon();
                    }
                    finished = true;
                    return result;
                } catch (RuntimeException | SQLException e) {
                    throw e;
                } catch (Exception e) {
                    throw new Tunnel(e);
                } finally {
                    if (!finished) {
                        batch.abandon();
                    }
                }
            }, keep);
        } catch (Tunnel t) {
            if (t.getCause() instanceof IOException io) {
                throw io;
            }
            @SuppressWarnings("unchecked")
            E original = (E) t.getCause();
            throw original;
        }
    }

    /** What a streaming import does with the open batch. */
    @FunctionalInterface
    public interface BatchWork<T, E extends Exception> {
        T run(IncidentBatch batch) throws E, IOException;
    }

    /** Carries a checked exception of the work through the transaction's rollback. */
    private static final class Tunnel extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Tunnel(Exception cause) {
            super(cause);
        }
    }
}

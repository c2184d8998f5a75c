package org.incidentatlas.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.ProgressListener;

/**
 * Incidents written one by one into a transaction that is still open; see
 * {@link IncidentRepository#writeInOneTransaction}. They are staged first ({@link ImportStage}) and moved into the live
 * tables by {@link #finish}, so the live tables never hold part of them. Nothing is held in memory per incident but
 * an 8-byte key hash, so a file of any length streams through.
 */
public final class IncidentBatch {
    /**
     * A batch that commits as it goes builds the date and category indexes anew when it moves at least this many
     * incidents into a table of at most four times as many (the system property {@code incidentatlas.deferIndexAfter}
     * sets another number: the crash test defers them early to be killed while they are gone).
     */
    static final int DEFER_INDEX_AFTER = Integer.getInteger("incidentatlas.deferIndexAfter", 40_000);
    static final String DATE_INDEX = "ix_incident_date";
    /** The index as the first migration made it; also made again on open if an import was cut short without it. */
    static final String CREATE_DATE_INDEX = "CREATE INDEX IF NOT EXISTS " + DATE_INDEX
            + " ON incident (date_start, date_end)";
    static final String CATEGORY_INDEX = "ix_incident_category";
    static final String CREATE_CATEGORY_INDEX = "CREATE INDEX IF NOT EXISTS " + CATEGORY_INDEX
            + " ON incident (category)";
    private final Connection c;
    private final ImportStage stage;
    private final LongHashSet seen = new LongHashSet();
    /** Commit after this many incidents (0: never; the caller's transaction holds them all). */
    private final int commitEvery;
    private final int deferIndexAfter;
    private final ProgressListener phases;
    /** State values to record with the move, in the same transaction. */
    private final Map<String, String> states = new LinkedHashMap<>();
    private int written;

    IncidentBatch(Connection c) throws SQLException {
        this(c, 0);
    }

    /**
     * @param commitEvery commit the staged incidents after every so many, or 0: the live tables are not touched
     *                    until the move, so committing the staging as it goes keeps the import all or nothing, and H2
     *                    handles a transaction of a million rows slowly (its undo log, then a commit that walks it)
     */
    IncidentBatch(Connection c, int commitEvery) throws SQLException {
        this(c, commitEvery, DEFER_INDEX_AFTER, ProgressListener.NONE);
    }

    /**
     * @param deferIndexAfter see {@link #DEFER_INDEX_AFTER}; only used when {@code commitEvery} is not 0
     * @param phases          told when the move into place begins
     */
    IncidentBatch(Connection c, int commitEvery, int deferIndexAfter, ProgressListener phases) throws SQLException {
        this.c = c;
        this.commitEvery = commitEvery;
        this.deferIndexAfter = deferIndexAfter;
        this.phases = phases;
        this.stage = new ImportStage(c);
    }

    /**
     * Writes one incident (replacing one with the same id from before this batch).
     *
     * @return false, writing nothing, when an incident with the same id was already written in this batch
     */
    public boolean write(Incident incident) {
        try {
            if (!seen.add(hash(incident.id())) && stage.holds(incident.id())) {
                return false;
            }
            stage.write(incident);
            written++;
            if (commitEvery > 0 && written % commitEvery == 0) {
                stage.flush();
                c.commit();
            }
            return true;
        } catch (SQLException e) {
            throw new StoreException("Database error while writing " + incident.id() + ": " + e.getMessage(), e);
        }
    }

    /** Incidents written so far. */
    public int written() {
        return written;
    }

    /** Records a value the application keeps about itself, in the transaction that moves the incidents in. */
    public void putState(String name, String value) {
        states.put(name, value);
    }

    /**
     * Moves the staged incidents into the live tables and records the state values, in the caller's transaction. A
     * large move into a table not much larger drops the date and category indexes first and builds them again after
     * it (kept up to date row by row, they took a large part of a bulk import; built at once, each is one sort): both
     * are structure changes, which commit, so the move is then committed when the indexes are built, with a new data
     * stamp. A crash in between leaves the move rolled back or whole, and the next open builds missing indexes.
     */
    void finish() throws SQLException {
        stage.flush();
        boolean defer = commitEvery > 0 && written >= deferIndexAfter && (long) written * 4 >= liveCount();
        if (defer) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP INDEX IF EXISTS " + DATE_INDEX);
                s.execute("DROP INDEX IF EXISTS " + CATEGORY_INDEX);
            }
        }
        phases.progress(written, written, "moving " + written + " incidents into place");
        stage.moveIntoPlace();
        for (Map.Entry<String, String> e : states.entrySet()) {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO app_state (name, attr_value) KEY (name) "
                    + "VALUES (?, ?)")) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.executeUpdate();
            }
        }
        DatasetRegistry.dropUnusedReleases(c);
        stage.close();
        if (defer) {
            DataStamp.renew(c);
            phases.progress(written, written, "indexing " + written + " incidents");
            try (Statement s = c.createStatement()) {
                s.execute(CREATE_DATE_INDEX);
                s.execute(CREATE_CATEGORY_INDEX);
            }
        }
    }

    private long liveCount() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM incident")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void abandon() {
        try {
            stage.close();
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway; the first error is the one worth reporting
        }
    }

    /** 64-bit FNV-1a of the id's UTF-8 bytes. */
    static long hash(IncidentId id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : (id.dataset() + '\u0000' + id.originalId()).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}

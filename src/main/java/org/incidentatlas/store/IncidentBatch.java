package org.incidentatlas.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;

/**
 * Incidents written one by one into a transaction that is still open; see
 * {@link IncidentRepository#writeInOneTransaction}. They are staged first in a file ({@link ImportStage}) and moved
 * into the live tables once the import is decided ({@link #finish}), so the live tables never hold part of them.
 * Nothing is held in memory per incident but its id's hash and where it is staged, so a file of any length streams
 * through.
 */
public final class IncidentBatch {
    /**
     * A move of at least this many incidents into a table at most four times as large is a large one, made with a
     * small page cache (see {@link StagedMove}).
     */
    static final int LARGE_MOVE = 40_000;
    private final ImportStage stage;
    /** State values to record with the move, in the same transaction. */
    private final Map<String, String> states = new LinkedHashMap<>();
    private int written;

    /** A batch staged in a new staging file in {@code folder}, the database's folder. */
    IncidentBatch(Connection c, Path folder) {
        long pending;
        try {
            pending = StagedMove.staged(c);
        } catch (SQLException e) {
            throw new StoreException("Cannot begin an import in " + folder + ": " + e.getMessage(), e);
        }
        if (pending >= 0) {
            // A move that failed while this program went on: its note and row ids stand until the next open redoes it.
            throw new StoreException("Cannot begin an import in " + folder + ": an earlier import of " + pending
                    + " incidents is not in place yet (moving it failed). Close the database and open it again to "
                    + "complete it, then import again.", null);
        }
        try {
            this.stage = new ImportStage(c, folder);
        } catch (IOException e) {
            throw new StoreException("Cannot begin an import in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes one incident (replacing one with the same id from before this batch).
     *
     * @return false, writing nothing, when an incident with the same id was already written in this batch
     */
    public boolean write(Incident incident) {
        try {
            if (!stage.write(incident)) {
                return false;
            }
            written++;
            return true;
        } catch (SQLException e) {
            throw new StoreException("Database error while writing " + incident.id() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("Cannot stage " + incident.id() + ": " + e.getMessage(), e);
        }
    }

    /** Incidents written so far. */
    public int written() {
        return written;
    }

    /** Records a value the application keeps about itself, in the transaction that decides the import. */
    public void putState(String name, String value) {
        states.put(name, value);
    }

    /**
     * Decides the import in the caller's transaction (see {@link ImportStage#decide}): once that commits, the staged
     * incidents are moved into place by {@link Database#endImport}, or by the next open if the process dies first.
     */
    void finish() throws SQLException {
        try {
            stage.decide(states);
            stage.close();
        } catch (IOException e) {
            stage.discard();
            throw new StoreException("Cannot put the staged import on disk: " + e.getMessage(), e);
        } catch (SQLException | RuntimeException e) {
            stage.discard();
            throw e;
        }
    }

    /** Lets an import that is not decided go: its staging file is deleted. */
    void abandon() {
        stage.discard();
    }

    /** Whether this batch wrote an incident of this id (also after {@link #finish}). */
    boolean wrote(IncidentId id) {
        try {
            return stage.holds(id);
        } catch (IOException e) {
            throw new StoreException("Cannot read the staged import back: " + e.getMessage(), e);
        }
    }

    /** Closes what {@link #wrote} opened; the staging file stays (it is the decided import's redo log). */
    void release() {
        stage.release();
    }

    /**
     * The id hashes of the incidents {@code dataset} holds in the live table, or null when it holds none: what an
     * import reads once per dataset to know which records may replace one (a hash hit is only a candidate).
     */
    static LongHashSet idHashesOf(java.sql.Connection c, String dataset) throws java.sql.SQLException {
        LongHashSet held = null;
        try (java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT original_id FROM incident WHERE dataset_key = ?")) {
            ps.setString(1, dataset);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    held = held == null ? new LongHashSet() : held;
                    held.add(hash(new IncidentId(dataset, rs.getString(1))));
                }
            }
        }
        return held;
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

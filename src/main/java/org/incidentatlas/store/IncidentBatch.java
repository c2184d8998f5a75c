package org.incidentatlas.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;

/**
 * Incidents written one by one into a transaction that is still open; see
 * {@link IncidentRepository#writeInOneTransaction}. Nothing is held in memory per incident but an 8-byte key hash, so a
 * file of any length streams through: the rows themselves wait in H2's undo log (on disk) until the commit.
 */
public final class IncidentBatch {
    private final Connection c;
    private final IncidentWriter writer;
    private final LongHashSet seen = new LongHashSet();
    private final long firstNewRow;
    /** Commit after this many incidents (0: never; the caller's transaction holds them all). */
    private final int commitEvery;
    private int written;

    IncidentBatch(Connection c) throws SQLException {
        this(c, 0);
    }

    /**
     * @param commitEvery commit after every so many incidents, or 0. Only for an import whose all or nothing is kept
     *                    by the copy from before it ({@link Database#importMayCommitAsItGoes()}): H2 handles a
     *                    transaction of a million rows slowly (its undo log, then a commit that walks it all).
     */
    IncidentBatch(Connection c, int commitEvery) throws SQLException {
        this.c = c;
        this.commitEvery = commitEvery;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM incident")) {
            rs.next();
            firstNewRow = rs.getLong(1) + 1;
        }
        this.writer = new IncidentWriter(c);
    }

    /**
     * Writes one incident (replacing one with the same id from before this batch).
     *
     * @return false, writing nothing, when an incident with the same id was already written in this batch
     */
    public boolean write(Incident incident) {
        try {
            if (!seen.add(hash(incident.id())) && writtenInThisBatch(incident.id())) {
                return false;
            }
            writer.write(incident);
            written++;
            if (commitEvery > 0 && written % commitEvery == 0) {
                writer.flush();
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

    /** Records a value the application keeps about itself, in the same transaction. */
    public void putState(String name, String value) {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO app_state (name, attr_value) KEY (name) "
                + "VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
    }

    void finish() throws SQLException {
        writer.flush();
        writer.close();
        DatasetRegistry.dropUnusedReleases(c);
    }

    void abandon() {
        try {
            writer.close();
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway; the first error is the one worth reporting
        }
    }

    /** A hash hit is only a candidate: the database says whether the id really was written by this batch. */
    private boolean writtenInThisBatch(IncidentId id) throws SQLException {
        writer.flush();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM incident WHERE dataset_key = ? AND original_id = ? AND id >= ?")) {
            ps.setString(1, id.dataset());
            ps.setString(2, id.originalId());
            ps.setLong(3, firstNewRow);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
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

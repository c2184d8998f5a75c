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
    /**
     * An import that commits as it goes builds the date index anew once it has written this many incidents (the system
     * property {@code incidentatlas.deferIndexAfter} sets another number: the crash test defers it early to be killed
     * while it is gone).
     */
    static final int DEFER_INDEX_AFTER = Integer.getInteger("incidentatlas.deferIndexAfter", 40_000);
    static final String DATE_INDEX = "ix_incident_date";
    /** The index as the first migration made it; also made again on open if an import was cut short without it. */
    static final String CREATE_DATE_INDEX = "CREATE INDEX IF NOT EXISTS " + DATE_INDEX
            + " ON incident (date_start, date_end)";
    private final Connection c;
    private final IncidentWriter writer;
    private final LongHashSet seen = new LongHashSet();
    private final long firstNewRow;
    /** Commit after this many incidents (0: never; the caller's transaction holds them all). */
    private final int commitEvery;
    private final int deferIndexAfter;
    private int written;
    /** Whether the date index was dropped for this batch and must be built again at its end. */
    private boolean dateIndexDeferred;

    IncidentBatch(Connection c) throws SQLException {
        this(c, 0);
    }

    /**
     * @param commitEvery commit after every so many incidents, or 0. Only for an import whose all or nothing is kept
     *                    by the copy from before it ({@link Database#importMayCommitAsItGoes()}): H2 handles a
     *                    transaction of a million rows slowly (its undo log, then a commit that walks it all).
     */
    IncidentBatch(Connection c, int commitEvery) throws SQLException {
        this(c, commitEvery, DEFER_INDEX_AFTER);
    }

    /** @param deferIndexAfter see {@link #DEFER_INDEX_AFTER}; only used when {@code commitEvery} is not 0 */
    IncidentBatch(Connection c, int commitEvery, int deferIndexAfter) throws SQLException {
        this.c = c;
        this.commitEvery = commitEvery;
        this.deferIndexAfter = deferIndexAfter;
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
                deferDateIndex();
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
        restoreDateIndex();
        DatasetRegistry.dropUnusedReleases(c);
    }

    /**
     * A large import that commits as it goes (its all or nothing kept by the copy from before it) drops the index of
     * incidents by date once it has written {@code deferIndexAfter} incidents, and builds it again at its end: kept
     * up to date row by row, it took a large part of a bulk import (rows come in no date order, so every insert
     * touches another page), while built at once it is one sort. Dropping it commits, which such an import does anyway.
     */
    private void deferDateIndex() throws SQLException {
        if (dateIndexDeferred || written < deferIndexAfter) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP INDEX IF EXISTS " + DATE_INDEX);
        }
        dateIndexDeferred = true;
    }

    private void restoreDateIndex() throws SQLException {
        if (dateIndexDeferred) {
            try (Statement s = c.createStatement()) {
                s.execute(CREATE_DATE_INDEX);
            }
            dateIndexDeferred = false;
        }
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

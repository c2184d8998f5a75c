package org.incidentatlas.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.Source;

/**
 * An import's incidents on their way in: written into a staging file beside the database ({@link StagedFile}), not
 * into H2, so staging costs a buffered write per record and the live tables hold nothing of the import until it is
 * decided ({@link #decide}, one small transaction). A crash before that leaves a staging file that the next open
 * deletes; once decided, the file (forced to disk first) is the import's redo log: {@link StagedMove} moves its records
 * into place, and completes the move at the next open if a crash cut it short.
 */
final class ImportStage implements AutoCloseable {
    /** The {@code app_state} name of the note a decided import keeps until it is moved into place. */
    static final String NOTE = "import_staged";
    /**
     * The highest row id of the incidents, 0 when there are none: a lookup in the primary key. Asked in one query with
     * the column's counter ({@link #IDENTITY_BASE}), H2 read every incident instead (0.75 s and 350 MB of garbage at
     * every open and every import of a database of a million).
     */
    static final String HIGHEST_ROW_ID = "SELECT COALESCE(MAX(id), 0) FROM incident";
    /** The incident table's own counter: the row id it gives the next incident saved without one. */
    private static final String IDENTITY_BASE = "SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS WHERE "
            + "TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'INCIDENT' AND COLUMN_NAME = 'ID'";

    private final Connection c;
    private final StagedFile file;
    private final StagedRecord record = new StagedRecord();
    /** Releases by their key: the id of one the database holds, or a negative number for one the move creates. */
    private final Map<Provenance, Integer> releases = new HashMap<>();
    private final List<Provenance> newReleases = new ArrayList<>();
    /** Per dataset: hashes of the ids it held before the import (only those may be replaced), or null for none. */
    private final Map<String, LongHashSet> heldBefore = new HashMap<>();
    /** The staged records by their id's hash: where the first one of each hash begins in the file. */
    private final LongLongMap seen = new LongLongMap();
    /** Ids staged whose hash an earlier, different id had (almost never): kept whole. */
    private final Set<String> collided = new HashSet<>();
    private long staged;

    ImportStage(Connection c, Path folder) throws IOException {
        this.c = c;
        this.file = StagedFile.create(folder);
    }

    /**
     * Stages one incident with its reports.
     *
     * @return false, staging nothing, when an incident of the same id is staged already
     */
    boolean write(Incident incident) throws SQLException, IOException {
        long hash = IncidentBatch.hash(incident.id());
        long first = seen.get(hash);
        if (holds(incident.id(), first)) {
            return false;
        }
        Provenance p = incident.provenance();
        LongHashSet held = heldBefore(p.dataset());
        record.clear();
        record.putByte(held != null && held.contains(hash) ? 1 : 0);
        IncidentWriter.bind(record, 0, incident, release(p));
        List<Source> reports = incident.sourcing().reports();
        record.putInt(reports.size());
        for (Source report : reports) {
            SourceColumns.bind(record, 0, report);
        }
        long at = file.position();
        file.append(record);
        if (first < 0) {
            seen.put(hash, at);
        } else {
            collided.add(key(incident.id()));
        }
        staged++;
        return true;
    }

    long staged() {
        return staged;
    }

    /** Whether an incident of this id is staged (also once the stage is closed). */
    boolean holds(IncidentId id) throws IOException {
        return holds(id, seen.get(IncidentBatch.hash(id)));
    }

    /** {@code first}: where the first staged record of the id's hash begins, or -1 when none has it. */
    private boolean holds(IncidentId id, long first) throws IOException {
        if (first < 0) {
            return false;
        }
        String key = key(id);
        return key.equals(file.idAt(first)) || collided.contains(key);
    }

    private static String key(IncidentId id) {
        return id.dataset() + "\u0000" + id.originalId();
    }

    /**
     * Decides the import, in the caller's transaction: the releases it brings are created, the state values written,
     * and a note of the move (the staging file with its length and checksum, the row ids it numbers from, the
     * releases) kept in {@code app_state}. The staging file is on disk before that. Once it commits the import is
     * whole: {@link StagedMove} moves the staged records into place, and if the process dies before it is done, the
     * next open finds the note and completes the move from the file.
     */
    void decide(Map<String, String> states) throws SQLException, IOException {
        file.seal();
        StringBuilder note = new StringBuilder().append(file.path().getFileName()).append(';')
                .append(firstFreeRow(c) - 1).append(';').append(staged).append(';').append(file.position())
                .append(';').append(file.crc());
        for (int k = 0; k < newReleases.size(); k++) {
            Provenance p = newReleases.get(k);
            Integer id = findRelease(p);
            note.append(';').append(-(k + 1)).append('=').append(id != null ? id : createRelease(p));
        }
        for (Map.Entry<String, String> e : states.entrySet()) {
            AppState.put(c, e.getKey(), e.getValue());
        }
        AppState.put(c, NOTE, note.toString());
    }

    /** The next row id no incident has had: above the highest one and the table's own counter. */
    static long firstFreeRow(Connection c) throws SQLException {
        return Math.max(DataStamp.number(c, HIGHEST_ROW_ID) + 1, DataStamp.number(c, IDENTITY_BASE));
    }

    /**
     * After a move has committed: the incident table's own counter of row ids set past the rows the move numbered
     * itself, so an incident saved later (the editor) gets a free one. A structure change: it commits.
     */
    static void advanceRowIds(Connection c) throws SQLException {
        reserveRowIds(c, DataStamp.number(c, HIGHEST_ROW_ID));
    }

    /**
     * Sets the incident table's own counter of row ids past {@code through}, if it is not already: no incident saved
     * from then on gets a row id up to it. A structure change: it commits.
     */
    static void reserveRowIds(Connection c, long through) throws SQLException {
        if (DataStamp.number(c, IDENTITY_BASE) <= through) {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE incident ALTER COLUMN id RESTART WITH " + (through + 1));
            }
        }
    }

    private LongHashSet heldBefore(String dataset) throws SQLException {
        if (!heldBefore.containsKey(dataset)) {
            heldBefore.put(dataset, IncidentBatch.idHashesOf(c, dataset));
        }
        return heldBefore.get(dataset);
    }

    private int release(Provenance p) throws SQLException {
        Provenance key = new Provenance(p.dataset(), p.version(), "-", p.licence());
        Integer known = releases.get(key);
        if (known == null) {
            known = findRelease(key);
            if (known == null) {
                newReleases.add(key);
                known = -newReleases.size();
            }
            releases.put(key, known);
        }
        return known;
    }

    private Integer findRelease(Provenance p) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT id FROM dataset_release WHERE dataset_key = ? "
                + "AND version IS NOT DISTINCT FROM ? AND licence IS NOT DISTINCT FROM ?")) {
            find.setString(1, p.dataset());
            find.setString(2, p.version());
            find.setString(3, p.licence());
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    private int createRelease(Provenance p) throws SQLException {
        try (PreparedStatement dataset = c.prepareStatement(
                "MERGE INTO dataset (dataset_key) KEY (dataset_key) VALUES (?)")) {
            dataset.setString(1, p.dataset());
            dataset.executeUpdate();
        }
        try (PreparedStatement insertRelease = c.prepareStatement(
                "INSERT INTO dataset_release (dataset_key, version, licence) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insertRelease.setString(1, p.dataset());
            insertRelease.setString(2, p.version());
            insertRelease.setString(3, p.licence());
            insertRelease.executeUpdate();
            try (ResultSet keys = insertRelease.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        }
    }

    /** Closes the staging file, keeping it (a decided import's move reads it). */
    @Override
    public void close() throws IOException {
        file.close();
    }

    /** Closes and deletes the staging file (an import not decided). */
    void discard() {
        file.discard();
    }

    /** Closes what {@link #holds} opened to read the closed file back (the file stays). */
    void release() {
        file.release();
    }
}

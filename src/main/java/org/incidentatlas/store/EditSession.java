package org.incidentatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incidentatlas.domain.AttachedReport;
import org.incidentatlas.domain.Change;
import org.incidentatlas.domain.EditKind;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.Source;

/**
 * One incident inside one open transaction: what an edit reads and writes. Everything done through it is committed
 * together, or not at all (see {@link EditStore#inOneEdit}).
 */
public final class EditSession {
    private final Connection c;
    private final IncidentId id;
    private final Instant now;

    EditSession(Connection c, IncidentId id, Instant now) {
        this.c = c;
        this.id = id;
        this.now = now;
    }

    public IncidentId id() {
        return id;
    }

    /** The incident as it is now, read inside this transaction. */
    public Optional<Incident> incident() throws SQLException {
        return IncidentRepository.find(c, id);
    }

    /** Writes the incident (its id must be this session's), replacing the one there. */
    public void put(Incident incident) throws SQLException {
        if (!incident.id().equals(id)) {
            throw new IllegalArgumentException("this edit is about " + id + ", not " + incident.id());
        }
        try (IncidentWriter writer = new IncidentWriter(c)) {
            writer.write(incident);
            writer.flush();
        }
    }

    /** Removes the incident (undoing its creation). */
    public void delete() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM incident WHERE dataset_key = ? AND original_id = ?")) {
            ps.setString(1, id.dataset());
            ps.setString(2, id.originalId());
            ps.executeUpdate();
        }
    }

    /** Whether the dataset exists and its incidents may be edited. */
    public boolean editable(String dataset) throws SQLException {
        return EditStore.editable(c, dataset);
    }

    /** The reports {@code dataset} holds on this incident, in order. */
    public List<Source> attachedReports(String dataset) throws SQLException {
        List<Source> out = new ArrayList<>();
        for (AttachedReport r : EditStore.attached(c, "dataset_key = ? AND incident_dataset = ? AND incident_id = ?",
                dataset, id.dataset(), id.originalId())) {
            out.add(r.report());
        }
        return out;
    }

    /** Replaces the reports {@code dataset} holds on this incident. */
    public void putAttachedReports(String dataset, List<Source> reports) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM attached_report WHERE dataset_key = ? "
                + "AND incident_dataset = ? AND incident_id = ?")) {
            ps.setString(1, dataset);
            ps.setString(2, id.dataset());
            ps.setString(3, id.originalId());
            ps.executeUpdate();
        }
        for (int k = 0; k < reports.size(); k++) {
            EditStore.insertAttached(c, new AttachedReport(dataset, id, reports.get(k)), k);
        }
    }

    /** Every edit of this incident, oldest first. */
    public List<org.incidentatlas.domain.Edit> history() throws SQLException {
        return EditStore.edits(c, "incident_dataset = ? AND incident_id = ?", id.dataset(), id.originalId());
    }

    /** Keeps one save of this incident in its history; returns the edit's number. */
    public long record(String dataset, EditKind kind, Long reverts, String note, List<Change> changes)
            throws SQLException {
        return EditStore.insertEdit(c, new org.incidentatlas.domain.Edit(0, dataset, id, now, kind, reverts, false,
                note, changes));
    }

    /** Marks an edit as taken back by an undo, or put back by a redo. */
    public void setUndone(long editId, boolean undone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE incident_edit SET undone = ? WHERE id = ?")) {
            ps.setBoolean(1, undone);
            ps.setLong(2, editId);
            ps.executeUpdate();
        }
    }
}

package org.incidentatlas.ingest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidentatlas.domain.Change;
import org.incidentatlas.domain.Edit;
import org.incidentatlas.domain.EditKind;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.Sourcing;
import org.incidentatlas.domain.AttachedReport;
import org.incidentatlas.store.EditSession;
import org.incidentatlas.store.EditStore;

/**
 * Changes a researcher makes to incidents: records added to their own datasets, fields edited, reports added (to
 * their own records, or kept in their dataset for a record of any other), undo and redo. Each is checked as an import
 * checks a record, saved in one transaction with its place in the history, and refused whole when anything is wrong.
 */
public final class IncidentEditor {
    /** The name under which a researcher's reports on another dataset's incident appear in the history. */
    public static final String RESEARCHER_REPORTS = "researcherReports";

    private final EditStore store;

    public IncidentEditor(EditStore store) {
        this.store = store;
    }

    /** Adds incidents to an editable dataset, all or none; their ids become {@code DATASET:originalId}. */
    public List<Incident> add(String dataset, List<Incident> incidents, String note) {
        requireEditable(dataset);
        List<Incident> added = new ArrayList<>();
        for (Incident in : incidents) {
            Provenance p = in.provenance();
            added.add(withProvenance(in, new Provenance(dataset, p.version(), p.originalId(), p.licence())));
        }
        return store.inOneTransaction(open -> {
            List<IncidentId> seen = new ArrayList<>();
            for (Incident in : added) {
                if (seen.contains(in.id())) {
                    throw new EditException("provenance.originalId", in.id() + " appears twice among the incidents "
                            + "to add");
                }
                seen.add(in.id());
                EditSession s = open.apply(in.id());
                if (s.incident().isPresent()) {
                    throw new EditException("provenance.originalId", in.id() + " is already in the dataset; change "
                            + "it with edit instead");
                }
                s.put(in);
                s.record(dataset, EditKind.CREATE, null, note,
                        List.of(new Change(IncidentFields.WHOLE, null, IncidentFields.json(in))));
            }
            return added;
        });
    }

    /**
     * Sets fields of an incident of an editable dataset, e.g. {@code casualties.deaths.best} to {@code 14}.
     *
     * @param assignments field to value as typed, in order
     */
    public Incident set(IncidentId id, Map<String, String> assignments, String note) {
        return store.inOneEdit(id, s -> {
            Incident before = editableIncident(s);
            Incident after = before;
            for (Map.Entry<String, String> a : assignments.entrySet()) {
                if (a.getKey().startsWith("provenance.")) {
                    throw new EditException(a.getKey(), a.getKey() + ": the dataset, id, version and licence of a "
                            + "record cannot be edited");
                }
                after = IncidentFields.set(after, a.getKey(), a.getValue());
            }
            return saveChanges(s, before, after, note);
        });
    }

    /**
     * Saves what an editor window made of an incident: a new one ({@code before} null) or a change to the state the
     * window started from. Refused when the incident changed since (another window or the command line saved it).
     */
    public Incident save(Incident before, Incident after, String note) {
        requireEditable(after.provenance().dataset());
        if (before != null && !before.id().equals(after.id())) {
            throw new EditException("provenance.originalId", "the id of a record cannot be edited");
        }
        return store.inOneEdit(after.id(), s -> {
            Optional<Incident> now = s.incident();
            if (before == null) {
                if (now.isPresent()) {
                    throw new EditException("provenance.originalId", after.id() + " is already in the dataset");
                }
                requireInert(after, note);
                s.put(after);
                s.record(after.provenance().dataset(), EditKind.CREATE, null, note,
                        List.of(new Change(IncidentFields.WHOLE, null, IncidentFields.json(after))));
                return after;
            }
            if (now.isEmpty() || !now.get().equals(before)) {
                throw new EditException(null, after.id() + " was changed since it was opened (by another window or "
                        + "the command line); nothing was saved: open it again to see the changes");
            }
            return saveChanges(s, before, after, note);
        });
    }

    /**
     * Adds a report with its figures. To an incident of an editable dataset it becomes one of its reports; to an
     * incident of any other (UCDP, ACLED, ...) it is kept in the researcher's dataset {@code mine} (null: their only
     * editable dataset) and shown beside the incident's own, whose figures stay as they are.
     */
    public Edit addReport(IncidentId id, String mine, Source report, String note) {
        requireInert(report, note);
        return store.inOneEdit(id, s -> {
            Incident incident = s.incident().orElseThrow(() -> notFound(id));
            if (s.editable(id.dataset())) {
                List<Source> reports = new ArrayList<>(incident.sourcing().reports());
                reports.add(report);
                Sourcing old = incident.sourcing();
                Incident after = withSourcing(incident, new Sourcing(reports, old.reportedCount() == null ? null
                        : reports.size(), old.eventClarity(), old.originalSources()));
                List<Change> changes = IncidentFields.diff(incident, after);
                s.put(after);
                long editId = s.record(id.dataset(), EditKind.REPORT, null, note, changes);
                return last(s, editId);
            }
            String dataset = mine == null ? onlyEditableDataset() : mine;
            if (!s.editable(dataset)) {
                throw readOnlyOrMissing(dataset);
            }
            List<Source> reports = new ArrayList<>(s.attachedReports(dataset));
            reports.add(report);
            s.putAttachedReports(dataset, reports);
            long editId = s.record(dataset, EditKind.REPORT, null, note, List.of(new Change(
                    RESEARCHER_REPORTS + "[" + (reports.size() - 1) + "]", null, IncidentFields.json(report))));
            return last(s, editId);
        });
    }

    /** Takes back the latest change to the incident not yet undone; the undo is kept in the history too. */
    public Edit undo(IncidentId id) {
        return store.inOneEdit(id, s -> {
            List<Edit> history = s.history();
            Edit target = null;
            for (Edit e : history) {
                if (e.kind() != EditKind.UNDO && e.kind() != EditKind.REDO && !e.undone()) {
                    target = e;
                }
            }
            if (target == null) {
                throw new EditException(null, "nothing to undo for " + id
                        + (history.isEmpty() ? " (it has no history of changes)" : ""));
            }
            requireEditable(s, target.dataset());
            apply(s, target, false);
            s.setUndone(target.id(), true);
            List<Change> reversed = target.changes().stream().map(Change::reversed).toList();
            return last(s, s.record(target.dataset(), EditKind.UNDO, target.id(), null, reversed));
        });
    }

    /** Puts back the change the latest undo took back, unless the incident was changed since. */
    public Edit redo(IncidentId id) {
        return store.inOneEdit(id, s -> {
            List<Edit> history = s.history();
            Edit undo = null;
            for (Edit e : history) {
                if (e.kind() == EditKind.UNDO && find(history, e.reverts()).undone()) {
                    undo = e;
                } else if (e.kind() != EditKind.UNDO && e.kind() != EditKind.REDO) {
                    undo = null;
                }
            }
            if (undo == null) {
                throw new EditException(null, "nothing to redo for " + id);
            }
            Edit target = find(history, undo.reverts());
            requireEditable(s, target.dataset());
            apply(s, target, true);
            s.setUndone(target.id(), false);
            return last(s, s.record(target.dataset(), EditKind.REDO, undo.id(), null, target.changes()));
        });
    }

    /** The researcher's datasets, which may be edited. */
    public List<String> editableDatasets() {
        return store.editableDatasets();
    }

    /** The actors already in the database, to pick from. */
    public List<String> knownActors() {
        return store.knownActors(2000);
    }

    public List<Edit> history(IncidentId id) {
        return store.history(id);
    }

    /** The reports researchers keep in their datasets on this incident. */
    public List<AttachedReport> researcherReports(IncidentId id) {
        return store.attachedReports(id);
    }

    private void apply(EditSession s, Edit edit, boolean forward) throws SQLException {
        List<Change> onRecord = new ArrayList<>();
        List<Change> onReports = new ArrayList<>();
        for (Change c : edit.changes()) {
            (c.field().startsWith(RESEARCHER_REPORTS + "[") ? onReports : onRecord).add(c);
        }
        if (!onRecord.isEmpty()) {
            Incident result = IncidentFields.apply(s.incident().orElse(null), onRecord, forward);
            if (result == null) {
                s.delete();
            } else {
                s.put(result);
            }
        }
        if (!onReports.isEmpty()) {
            s.putAttachedReports(edit.dataset(), IncidentFields.applyToReports(RESEARCHER_REPORTS,
                    s.attachedReports(edit.dataset()), onReports, forward));
        }
    }

    /**
     * Typed values and notes follow the control-character rule of every import: a value that holds one is refused,
     * naming its field, before anything is saved.
     */
    private static void requireInert(Object record, String note) {
        Rejection r = InertInput.check(record, "");
        if (r == null) {
            r = InertInput.check(note, "");
            if (r != null) {
                r = new Rejection("", "note", r.reason());
            }
        }
        if (r != null) {
            throw new EditException(r.field(), r.field() + ": " + r.reason());
        }
    }

    private static Incident saveChanges(EditSession s, Incident before, Incident after, String note)
            throws SQLException {
        requireInert(after, note);
        List<Change> changes = IncidentFields.diff(before, after);
        if (changes.isEmpty()) {
            return before;
        }
        s.put(after);
        s.record(before.provenance().dataset(), EditKind.EDIT, null, note, changes);
        return after;
    }

    private Incident editableIncident(EditSession s) throws SQLException {
        Incident incident = s.incident().orElseThrow(() -> notFound(s.id()));
        requireEditable(s, s.id().dataset());
        return incident;
    }

    private void requireEditable(EditSession s, String dataset) throws SQLException {
        if (!s.editable(dataset)) {
            throw readOnlyOrMissing(dataset);
        }
    }

    private void requireEditable(String dataset) {
        if (!store.editable(dataset)) {
            throw readOnlyOrMissing(dataset);
        }
    }

    private EditException readOnlyOrMissing(String dataset) {
        if (store.exists(dataset)) {
            return new EditException(null, "dataset '" + dataset + "' is read-only: its records are kept as "
                    + "published; create a dataset of your own (datasets create NAME) to code incidents or add "
                    + "reports to them");
        }
        return new EditException(null, "there is no dataset '" + dataset + "'; create it with: datasets create "
                + dataset);
    }

    private String onlyEditableDataset() {
        List<String> mine = store.editableDatasets();
        if (mine.size() == 1) {
            return mine.get(0);
        }
        throw new EditException(null, mine.isEmpty()
                ? "there is no dataset of your own to keep the report in; create one with: datasets create NAME"
                : "say which of your datasets keeps the report (--dataset): " + String.join(", ", mine));
    }

    private static EditException notFound(IncidentId id) {
        return new EditException(null, "no incident " + id + " in the database");
    }

    private static Edit find(List<Edit> history, Long id) {
        return history.stream().filter(e -> id != null && e.id() == id).findFirst()
                .orElseThrow(() -> new IllegalStateException("history refers to a missing edit " + id));
    }

    private static Edit last(EditSession s, long editId) throws SQLException {
        return find(s.history(), editId);
    }

    static Incident withProvenance(Incident in, Provenance p) {
        return new Incident(in.dates(), in.place(), in.actors(), in.type(), in.method(), in.casualties(),
                in.sourcing(), p, in.attributes(), in.note(), in.category());
    }

    static Incident withSourcing(Incident in, Sourcing sourcing) {
        return new Incident(in.dates(), in.place(), in.actors(), in.type(), in.method(), in.casualties(), sourcing,
                in.provenance(), in.attributes(), in.note(), in.category());
    }
}

package org.incidentatlas.domain;

import java.time.Instant;
import java.util.List;

/**
 * One save of one incident: when, what kind, the fields it changed with their old and new values, and an optional
 * note. Every save is kept; an undo is a save of its own that puts the old values back.
 *
 * @param id       the edit's number in the database (increasing with time)
 * @param dataset  the researcher's dataset the change belongs to
 * @param incident the incident changed
 * @param at       when it was saved
 * @param kind     what it was
 * @param reverts  for an undo, the edit it took back; for a redo, the undo it took back; else {@code null}
 * @param undone   whether an undo took this edit back (and no redo put it back since)
 * @param note     why, in the researcher's words, or {@code null}
 * @param changes  the fields changed
 */
public record Edit(long id, String dataset, IncidentId incident, Instant at, EditKind kind, Long reverts,
        boolean undone, String note, List<Change> changes) {
    public Edit {
        Checks.requiredText(dataset, "edit.dataset");
        Checks.required(incident, "edit.incident");
        Checks.required(at, "edit.at");
        Checks.required(kind, "edit.kind");
        note = Checks.optionalText(note);
        changes = List.copyOf(Checks.required(changes, "edit.changes"));
    }
}

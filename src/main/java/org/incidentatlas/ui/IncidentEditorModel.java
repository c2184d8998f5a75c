package org.incidentatlas.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentatlas.domain.Actors;
import org.incidentatlas.domain.ClaimStatus;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Edit;
import org.incidentatlas.domain.EventDates;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.PassageReading;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.Sourcing;
import org.incidentatlas.domain.ViolenceType;

/**
 * The incident editor's state and commands: a new incident of one of the researcher's datasets, or one of theirs to
 * change. Every change is checked at once with the importer's rules and words; nothing is saved until it is valid.
 */
public final class IncidentEditorModel {
    // Properties
    final StringProperty dataset = new SimpleStringProperty("");
    final StringProperty originalId = new SimpleStringProperty("");
    final StringProperty start = new SimpleStringProperty("");
    final StringProperty end = new SimpleStringProperty("");
    final ObjectProperty<DatePrecision> datePrecision = new SimpleObjectProperty<>(DatePrecision.EXACT_DAY);
    final StringProperty sideA = new SimpleStringProperty("");
    final StringProperty sideB = new SimpleStringProperty("");
    final ObjectProperty<ClaimStatus> claim = new SimpleObjectProperty<>(ClaimStatus.NOT_RECORDED);
    final ObjectProperty<ViolenceType> type = new SimpleObjectProperty<>(ViolenceType.ONE_SIDED);
    final StringProperty method = new SimpleStringProperty("");
    final StringProperty recordNote = new SimpleStringProperty("");
    final StringProperty editNote = new SimpleStringProperty("");
    final ObservableList<Source> reports = FXCollections.observableArrayList();
    final ObservableList<Edit> history = FXCollections.observableArrayList();
    final CasualtyForm casualties = new CasualtyForm();
    final ReportForm report = new ReportForm();
    final PlaceForm place;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final EditorContext context;
    /** The incident as saved, or null while it is new. */
    private Incident saved;

    public IncidentEditorModel(EditorContext context) {
        this.context = context;
        this.place = new PlaceForm(context.boundaries());
        Observable[] inputs = {dataset, originalId, start, end, datePrecision, place.name, place.adm1, place.adm2,
            place.latitude, place.longitude, place.precision, sideA, sideB, claim, type, method, recordNote, reports,
            casualties.derived, casualties.reason, casualties.deathsLow, casualties.deathsBest,
            casualties.deathsHigh, casualties.sideA, casualties.sideB, casualties.civilians, casualties.unknown,
            casualties.woundedLow, casualties.woundedBest, casualties.woundedHigh, casualties.missingLow,
            casualties.missingBest, casualties.missingHigh};
        for (Observable input : inputs) {
            input.addListener(o -> check());
        }
        reports.addListener((Observable o) -> casualties.derive(reports));
        casualties.derived.addListener((o, was, now) -> casualties.derive(reports));
        check();
    }

    /** What is wrong with the incident as entered, in the importer's words; empty when it can be saved. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the last command did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether a save, undo or redo is running in the background (the window waits for it before the next one). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // Commands

    /** Shows a saved incident of the researcher's to change; its history is read in the background. */
    public void load(Incident in) {
        show(in);
        IncidentId id = in.id();
        context.background().run(() -> context.editor().history(id), found -> {
            if (saved != null && saved.id().equals(id)) {
                history.setAll(found);
            }
        }, e -> status.set("The history of " + id + " cannot be read: " + e.getMessage()));
    }

    private void show(Incident in) {
        saved = in;
        dataset.set(in.provenance().dataset());
        originalId.set(in.provenance().originalId());
        start.set(in.dates().start().toString());
        end.set(in.dates().end().toString());
        datePrecision.set(in.dates().precision());
        place.load(in.place());
        sideA.set(in.actors().sideA());
        sideB.set(text(in.actors().sideB()));
        claim.set(in.actors().claim());
        type.set(in.type());
        method.set(text(in.method()));
        recordNote.set(text(in.note()));
        casualties.derived.set(false);
        reports.setAll(in.sourcing().reports());
        casualties.load(in.casualties());
        casualties.reason.set("as saved");
    }

    /**
     * Starts a new record from the one shown (e.g. a public dataset's record to recode in the researcher's own):
     * nothing of it is saved until Save, and then as a new record.
     */
    public void loadAsNew() {
        saved = null;
        history.clear();
    }

    /** Adds the report being entered to the incident's reports; false (with the reason shown) when it cannot. */
    public boolean addReport() {
        try {
            reports.add(report.toSource());
            report.clear();
            status.set("Report added; " + reports.size() + (reports.size() == 1 ? " report" : " reports"));
            return true;
        } catch (IllegalArgumentException e) {
            status.set("The report cannot be added: " + e.getMessage());
            return false;
        }
    }

    /** Pre-fills the report's figures, and the incident's date and place when still empty, from the pasted passage. */
    public void readPassage() {
        List<String> places = new ArrayList<>();
        context.boundaries().governorates().areas().forEach(a -> places.add(a.name()));
        context.boundaries().districts().areas().forEach(a -> places.add(a.name()));
        PassageReading r = report.read(places);
        if (!r.dates().isEmpty() && start.get().isBlank()) {
            start.set(r.dates().get(0).toString());
        }
        if (!r.places().isEmpty() && place.name.get().isBlank()) {
            place.name.set(r.places().get(0));
        }
        status.set(r.any() ? "Read from the passage (check before adding): killed " + or(r.killed()) + ", wounded "
                + or(r.wounded()) + ", missing " + or(r.missing()) + ", dates " + r.dates() + ", places "
                + r.places() : "Nothing could be read from the passage");
    }

    /**
     * Saves the incident in one transaction, in the background; false, saving nothing, while it is not valid or
     * another save runs. The status says when it is saved, or why it was refused.
     */
    public boolean save() {
        Incident incident;
        try {
            incident = build();
        } catch (IllegalArgumentException e) {
            status.set("Not saved: " + e.getMessage());
            return false;
        }
        if (busy.get()) {
            return false;
        }
        String typed = editNote.get().isBlank() ? null : editNote.get();
        if (!casualties.derived.get() && (saved == null || !saved.casualties().equals(incident.casualties()))) {
            typed = (typed == null ? "" : typed + "; ") + "figures set by hand: " + casualties.reason.get();
        }
        String note = typed;
        Incident before = saved;
        busy.set(true);
        status.set("Saving…");
        context.background().run(() -> {
            Incident after = context.editor().save(before, incident, note);
            return new Saved(after, context.editor().history(after.id()));
        }, done -> {
            busy.set(false);
            saved = done.incident();
            editNote.set("");
            history.setAll(done.history());
            status.set("Saved " + saved.id());
        }, e -> {
            busy.set(false);
            status.set("Not saved: " + e.getMessage());
        });
        return true;
    }

    /** An incident as saved, with its history then. */
    private record Saved(Incident incident, List<Edit> history) {
    }

    /** Takes back the latest saved change (Ctrl+Z) and shows the incident as it is then. */
    public void undo() {
        step(true);
    }

    /** Puts back what the latest undo took back (Ctrl+Shift+Z). */
    public void redo() {
        step(false);
    }

    /** The incident saved last, or null. */
    public Incident saved() {
        return saved;
    }

    private void step(boolean undo) {
        if (saved == null) {
            status.set("Nothing saved yet");
            return;
        }
        if (busy.get()) {
            return;
        }
        IncidentId id = saved.id();
        busy.set(true);
        context.background().run(() -> {
            if (undo) {
                context.editor().undo(id);
            } else {
                context.editor().redo(id);
            }
            return new Saved(context.lookup().find(id).orElse(null), context.editor().history(id));
        }, done -> {
            busy.set(false);
            if (done.incident() == null) {
                saved = null;
            } else {
                show(done.incident());
            }
            history.setAll(done.history());
            status.set(undo ? "Undone" : "Redone");
        }, e -> {
            busy.set(false);
            status.set(e.getMessage());
        });
    }

    /**
     * The incident as entered.
     *
     * @throws IllegalArgumentException naming the field, in the importer's words
     */
    Incident build() {
        EventDates dates = new EventDates(date("dates.start", start.get()),
                end.get().isBlank() ? date("dates.start", start.get()) : date("dates.end", end.get()),
                datePrecision.get());
        Place where = place.build();
        Actors actors = new Actors(sideA.get(), sideB.get(), claim.get());
        Provenance provenance = new Provenance(dataset.get(), null, originalId.get(), null);
        Sourcing sourcing = new Sourcing(reports, reports.size(), null, null);
        return new Incident(dates, where, actors, type.get(), method.get(), casualties.build(reports), sourcing,
                provenance, Map.of(), recordNote.get(), null);
    }

    private void check() {
        try {
            build();
            problem.set("");
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
    }

    private static LocalDate date(String field, String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": not a date (expected YYYY-MM-DD): '" + text.strip() + "'",
                    e);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String or(String s) {
        return s == null ? "-" : s;
    }
}

package org.incidentatlas.ui;

import java.util.Collection;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.incidentatlas.domain.Figure;
import org.incidentatlas.domain.FigureText;
import org.incidentatlas.domain.PartialDate;
import org.incidentatlas.domain.PassageReading;
import org.incidentatlas.domain.ReportedFigures;
import org.incidentatlas.domain.Source;

/**
 * The report being entered in the editor: who published it, when, in what language, the passage read from it and the
 * figures it gave, as typed.
 */
final class ReportForm {
    // Properties
    final StringProperty outlet = new SimpleStringProperty("");
    final StringProperty published = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty url = new SimpleStringProperty("");
    final StringProperty language = new SimpleStringProperty("");
    final StringProperty quoted = new SimpleStringProperty("");
    final StringProperty killed = new SimpleStringProperty("");
    final StringProperty wounded = new SimpleStringProperty("");
    final StringProperty missing = new SimpleStringProperty("");
    final StringProperty passage = new SimpleStringProperty("");

    // Commands

    /**
     * The report as typed.
     *
     * @throws IllegalArgumentException naming the field that cannot be read
     */
    Source toSource() {
        PartialDate date;
        try {
            date = published.get().isBlank() ? null : PartialDate.parse(published.get().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("report published: " + e.getMessage(), e);
        }
        ReportedFigures figures = new ReportedFigures(figure("killed", killed.get()),
                figure("wounded", wounded.get()), figure("missing", missing.get()));
        try {
            return new Source(outlet.get(), date, title.get(), url.get(), language.get(), quoted.get(), passage.get(),
                    figures.any() ? figures : null, null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("report " + e.getMessage(), e);
        }
    }

    /** Fills the figures the passage gives into the fields still empty; returns what was read. */
    PassageReading read(Collection<String> knownPlaces) {
        PassageReading reading = PassageReading.read(passage.get(), knownPlaces);
        fill(killed, reading.killed());
        fill(wounded, reading.wounded());
        fill(missing, reading.missing());
        return reading;
    }

    void clear() {
        List.of(outlet, published, title, url, language, quoted, killed, wounded, missing, passage)
                .forEach(p -> p.set(""));
    }

    private static void fill(StringProperty field, String value) {
        if (value != null && field.get().isBlank()) {
            field.set(value);
        }
    }

    private static Figure figure(String name, String text) {
        try {
            return FigureText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("report " + name + ": " + e.getMessage(), e);
        }
    }
}

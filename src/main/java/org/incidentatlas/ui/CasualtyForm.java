package org.incidentatlas.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.Estimates;
import org.incidentatlas.domain.Figure;
import org.incidentatlas.domain.ReportedFigures;
import org.incidentatlas.domain.Source;

/**
 * The incident's casualties in the editor. Derived from the reports (low = lowest figure a report gave, high = the
 * highest, best the median unless the coder picks another within them), or set by hand with a reason.
 */
final class CasualtyForm {
    // Properties
    final BooleanProperty derived = new SimpleBooleanProperty(true);
    final StringProperty reason = new SimpleStringProperty("");
    final StringProperty deathsLow = new SimpleStringProperty("");
    final StringProperty deathsBest = new SimpleStringProperty("");
    final StringProperty deathsHigh = new SimpleStringProperty("");
    final StringProperty sideA = new SimpleStringProperty("");
    final StringProperty sideB = new SimpleStringProperty("");
    final StringProperty civilians = new SimpleStringProperty("");
    final StringProperty unknown = new SimpleStringProperty("");
    final StringProperty woundedLow = new SimpleStringProperty("");
    final StringProperty woundedBest = new SimpleStringProperty("");
    final StringProperty woundedHigh = new SimpleStringProperty("");
    final StringProperty missingLow = new SimpleStringProperty("");
    final StringProperty missingBest = new SimpleStringProperty("");
    final StringProperty missingHigh = new SimpleStringProperty("");

    // Commands

    /** Works the figures out again from the reports, when they are derived. */
    void derive(List<Source> reports) {
        if (!derived.get()) {
            return;
        }
        show(Estimates.fromFigures(figures(reports, ReportedFigures::killed)), deathsLow, deathsBest, deathsHigh);
        show(Estimates.fromFigures(figures(reports, ReportedFigures::wounded)), woundedLow, woundedBest, woundedHigh);
        show(Estimates.fromFigures(figures(reports, ReportedFigures::missing)), missingLow, missingBest, missingHigh);
    }

    void load(Casualties c) {
        show(c.deaths(), deathsLow, deathsBest, deathsHigh);
        sideA.set(Integer.toString(c.deathsSideA()));
        sideB.set(Integer.toString(c.deathsSideB()));
        civilians.set(Integer.toString(c.deathsCivilians()));
        unknown.set(Integer.toString(c.deathsUnknown()));
        show(c.wounded(), woundedLow, woundedBest, woundedHigh);
        show(c.missing(), missingLow, missingBest, missingHigh);
    }

    /**
     * The casualties as entered, checked as an import checks them.
     *
     * @throws IllegalArgumentException naming the field, in the importer's words
     */
    Casualties build(List<Source> reports) {
        Estimate deaths = estimate("casualties.deaths", deathsLow, deathsBest, deathsHigh);
        if (deaths == null) {
            throw new IllegalArgumentException("casualties.deaths is required (give a report's toll, or set the "
                    + "figures by hand)");
        }
        if (derived.get()) {
            Estimate fromReports = Estimates.fromFigures(figures(reports, ReportedFigures::killed));
            if (fromReports != null && (deaths.low() != fromReports.low() || deaths.high() != fromReports.high()
                    || deaths.best() < deaths.low() || deaths.best() > deaths.high())) {
                throw new IllegalArgumentException("casualties.deaths.best must lie between the lowest and highest "
                        + "report (" + fromReports.low() + " to " + fromReports.high() + "); to set other figures, "
                        + "untick \"from the reports\" and give a reason");
            }
        } else if (reason.get().isBlank()) {
            throw new IllegalArgumentException("say why the figures are set by hand (reason)");
        }
        return new Casualties(deaths, count("casualties.deathsSideA", sideA), count("casualties.deathsSideB", sideB),
                count("casualties.deathsCivilians", civilians), count("casualties.deathsUnknown", unknown),
                estimate("casualties.wounded", woundedLow, woundedBest, woundedHigh),
                estimate("casualties.missing", missingLow, missingBest, missingHigh));
    }

    private static List<Figure> figures(List<Source> reports, Function<ReportedFigures, Figure> which) {
        return reports.stream().map(Source::figures).filter(Objects::nonNull).map(which).filter(Objects::nonNull)
                .toList();
    }

    private static void show(Estimate e, StringProperty low, StringProperty best, StringProperty high) {
        low.set(e == null ? "" : Integer.toString(e.low()));
        best.set(e == null ? "" : Integer.toString(e.best()));
        high.set(e == null ? "" : Integer.toString(e.high()));
    }

    private static Estimate estimate(String field, StringProperty low, StringProperty best, StringProperty high) {
        if (low.get().isBlank() && best.get().isBlank() && high.get().isBlank()) {
            return null;
        }
        return new Estimate(number(field + ".low", low.get()), number(field + ".best", best.get()),
                number(field + ".high", high.get()));
    }

    private static int count(String field, StringProperty value) {
        return value.get().isBlank() ? 0 : number(field, value.get());
    }

    private static int number(String field, String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0) {
                throw new IllegalArgumentException(field + " must not be negative (was " + n + ")");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a whole number (was '" + text.strip() + "')", e);
        }
    }
}

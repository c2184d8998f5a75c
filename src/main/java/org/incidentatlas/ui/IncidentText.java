package org.incidentatlas.ui;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.EventDates;
import org.incidentatlas.domain.Figure;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.ReportedFigures;
import org.incidentatlas.domain.Source;

/** The words the detail pane shows for an incident; plain text, so it is tested without a window. */
public final class IncidentText {
    private IncidentText() {
    }

    public static String title(Incident in) {
        return in.place().name() != null ? in.place().name() : "Unnamed place";
    }

    public static String date(EventDates d) {
        String span = d.singleDay() ? d.start().toString() : d.start() + " to " + d.end();
        return span + " (" + d.precision().words() + ")";
    }

    public static String place(Place p) {
        List<String> parts = new ArrayList<>();
        if (p.adm2() != null) {
            parts.add(p.adm2());
        }
        if (p.adm1() != null) {
            parts.add(p.adm1());
        }
        parts.add(String.format(java.util.Locale.ROOT, "%.4f, %.4f", p.latitude(), p.longitude()));
        return String.join(", ", parts) + " (" + p.precision().words() + ")";
    }

    public static String actors(Incident in) {
        String sides = in.actors().sideB() == null ? in.actors().sideA()
                : in.actors().sideA() + " vs " + in.actors().sideB();
        String method = in.method() == null ? "" : "; " + in.method();
        return ownWords(in) + ": " + sides + method + "; responsibility " + in.actors().claim().words();
    }

    /**
     * The dataset's own words for what happened: UCDP's type of violence, or (for datasets that code otherwise) the
     * event type, else the common category.
     */
    public static String ownWords(Incident in) {
        if (in.type() != org.incidentatlas.domain.ViolenceType.NOT_CODED) {
            return in.type().words() + " violence";
        }
        String event = in.attributes().get(org.incidentatlas.domain.CommonCategory.EVENT_TYPE);
        return event != null ? event : in.category().words();
    }

    public static String deaths(Casualties c) {
        return "Killed: " + estimate(c.deaths());
    }

    public static String split(Casualties c) {
        return "By party (best): side A " + c.deathsSideA() + ", side B " + c.deathsSideB() + ", civilians "
                + c.deathsCivilians() + ", unknown " + c.deathsUnknown();
    }

    public static String woundedAndMissing(Casualties c) {
        return "Wounded: " + (c.wounded() == null ? "not recorded" : estimate(c.wounded())) + "; missing: "
                + (c.missing() == null ? "not recorded" : estimate(c.missing()));
    }

    /** "13 (range 12 to 16)", or just "2" when all three estimates agree. */
    public static String estimate(Estimate e) {
        if (e.single()) {
            return Integer.toString(e.best());
        }
        return e.best() + " (low " + e.low() + ", high " + e.high() + ")";
    }

    /** "28 to 36 (best 30)", "2" when all three agree, or the three figures when they are out of order. */
    public static String range(Estimate e) {
        if (e.single()) {
            return Integer.toString(e.best());
        }
        if (!e.ordered()) {
            return "low " + e.low() + ", best " + e.best() + ", high " + e.high() + " (as published)";
        }
        return e.low() + " to " + e.high() + " (best " + e.best() + ")";
    }

    public static String source(Source s) {
        StringBuilder b = new StringBuilder();
        b.append(s.outlet() == null ? "Unnamed source" : s.outlet());
        if (s.published() != null) {
            b.append(", ").append(s.published());
        }
        if (s.title() != null) {
            b.append(": ").append(s.title());
        }
        if (s.language() != null) {
            b.append(" (in ").append(s.languageName()).append(')');
        }
        if (s.quoted() != null) {
            b.append("\nQuoted: ").append(s.quoted());
        }
        if (s.passage() != null) {
            b.append("\nPassage: “").append(s.passage()).append('”');
        }
        String figures = figures(s.figures());
        if (!figures.isEmpty()) {
            b.append("\nReported: ").append(figures);
        }
        if (s.note() != null) {
            b.append("\nNote: ").append(s.note());
        }
        return b.toString();
    }

    public static String figures(ReportedFigures f) {
        if (f == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        figure(parts, "killed", f.killed());
        figure(parts, "wounded", f.wounded());
        figure(parts, "missing", f.missing());
        return String.join(", ", parts);
    }

    public static String provenance(Incident in) {
        Provenance p = in.provenance();
        StringBuilder b = new StringBuilder(in.id().toString());
        if (p.version() != null) {
            b.append(" · version ").append(p.version());
        }
        if (p.licence() != null) {
            b.append(" · ").append(p.licence());
        }
        return b.toString();
    }

    private static void figure(List<String> parts, String what, Figure f) {
        if (f != null) {
            parts.add(what + " " + f.reported());
        }
    }
}

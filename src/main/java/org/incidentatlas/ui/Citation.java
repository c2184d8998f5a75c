package org.incidentatlas.ui;

import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.Source;

/** A ready citation of one incident and the dataset it comes from, for the clipboard. */
public final class Citation {
    static final String GED_DATASET = "ucdp-ged";

    private Citation() {
    }

    public static String of(Incident in) {
        Provenance p = in.provenance();
        String what = IncidentText.title(in) + ", " + IncidentText.date(in.dates());
        if (GED_DATASET.equals(p.dataset())) {
            String version = p.version() == null ? "" : " version " + p.version();
            return "UCDP GED event " + p.originalId() + " (" + what + "). Uppsala Conflict Data Program, UCDP "
                    + "Georeferenced Event Dataset (GED) Global" + version + ", Uppsala University, "
                    + "https://ucdp.uu.se/" + licence(p) + ".\n"
                    + "Sundberg, Ralph and Erik Melander (2013). Introducing the UCDP Georeferenced Event Dataset. "
                    + "Journal of Peace Research 50(4): 523–532.";
        }
        StringBuilder b = new StringBuilder();
        b.append("Incident Atlas ").append(p.dataset()).append(" record ").append(p.originalId());
        if (p.version() != null) {
            b.append(" (version ").append(p.version()).append(')');
        }
        b.append(": ").append(what).append(licence(p)).append(".\nSources:");
        int n = 1;
        for (Source s : in.sourcing().reports()) {
            b.append("\n").append(n++).append(". ").append(source(s));
        }
        return b.toString();
    }

    private static String licence(Provenance p) {
        return p.licence() == null ? "" : ". Licence: " + p.licence();
    }

    private static String source(Source s) {
        StringBuilder b = new StringBuilder(s.outlet() == null ? "Unnamed source" : s.outlet());
        if (s.published() != null) {
            b.append(", ").append(s.published());
        }
        if (s.title() != null) {
            b.append(", \"").append(s.title()).append('"');
        }
        if (s.url() != null) {
            b.append(", ").append(s.url());
        }
        return b.toString();
    }
}

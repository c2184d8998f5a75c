package org.incidentatlas.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.incidentatlas.domain.Figure;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ReportedFigures;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.Sourcing;

/** Says how far the reports behind an incident agree, in words. */
public final class SourcingText {
    private SourcingText() {
    }

    /**
     * One line per kind of figure the reports gave: "killed: 12 to 16 across 6 reports" where they differ, "killed:
     * 3 in both reports" or "killed: 3 in all 4 reports" where they agree; for datasets without per-report figures
     * (UCDP GED), what is known instead: the number of sources and UCDP's event clarity.
     */
    public static List<String> agreement(Incident in) {
        List<String> lines = new ArrayList<>();
        List<Source> reports = in.sourcing().reports();
        line(lines, "killed", reports, ReportedFigures::killed);
        line(lines, "wounded", reports, ReportedFigures::wounded);
        line(lines, "missing", reports, ReportedFigures::missing);
        if (lines.isEmpty()) {
            lines.add(withoutFigures(in.sourcing()));
        }
        return lines;
    }

    /** "UCDP counts 2 sources (2 listed), event clarity high; the reports' own figures are not recorded". */
    static String withoutFigures(Sourcing s) {
        StringBuilder b = new StringBuilder();
        int listed = s.reports().size();
        if (s.reportedCount() != null && s.reportedCount() >= 0) {
            b.append("the dataset counts ").append(plural(s.reportedCount(), "source")).append(" (")
                    .append(listed).append(" listed)");
        } else {
            b.append(plural(listed, "source")).append(" listed");
        }
        if (s.eventClarity() != null) {
            b.append(", event clarity ").append(s.eventClarity() == 1 ? "high" : "lower")
                    .append(" (UCDP code ").append(s.eventClarity()).append(')');
        }
        b.append("; the reports' own figures are not recorded, only the dataset's estimate");
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    private static void line(List<String> lines, String what, List<Source> reports,
            Function<ReportedFigures, Figure> pick) {
        int count = 0;
        int openEnded = 0;
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (Source s : reports) {
            Figure f = s.figures() == null ? null : pick.apply(s.figures());
            if (f == null || f.low() == null) {
                continue;
            }
            count++;
            openEnded += f.high() == null ? 1 : 0;
            low = Math.min(low, f.low());
            high = Math.max(high, f.high() == null ? f.low() : f.high());
        }
        if (count == 0) {
            return;
        }
        String text;
        if (count == 1) {
            text = what + ": " + low + " in the only report that gives a figure";
        } else if (low == high) {
            text = what + ": " + low + (count == 2 ? " in both reports" : " in all " + count + " reports");
        } else {
            text = what + ": " + low + " to " + high + " across " + count + " reports";
        }
        if (openEnded > 0) {
            text += count == 1 ? " (“at least”)" : openEnded == count ? " (all say “at least”)"
                    : " (" + openEnded + " of them say “at least”)";
        }
        lines.add(text);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

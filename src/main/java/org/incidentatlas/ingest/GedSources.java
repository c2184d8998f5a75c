package org.incidentatlas.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.incidentatlas.domain.PartialDate;
import org.incidentatlas.domain.Source;

/**
 * Splits UCDP GED's packed source columns into one {@link Source} per report.
 *
 * <p>GED writes each report into {@code source_article} as {@code "Outlet,date,headline"}, joined with {@code ;},
 * and repeats outlets and dates in the parallel {@code source_office} and {@code source_date} lists. Headlines may
 * themselves contain commas and semicolons, so the article text is walked with the known outlet and date of each
 * report rather than split on separators. Older events carry a short citation instead ("r 25/2", "AFP 2/5"), which is
 * kept as the source's title.
 */
final class GedSources {
    static final String CITATION_NOTE = "short citation as given by UCDP";

    private GedSources() {
    }

    static List<Source> split(String article, String office, String date, String headline, String original) {
        List<String> offices = list(office);
        List<String> dates = list(date);
        if (article.isBlank() && offices.isEmpty()) {
            return List.of();
        }
        if (article.startsWith("\"") && offices.size() == dates.size()) {
            List<Source> parsed = walk(article, offices, dates);
            if (parsed != null) {
                return withQuoted(parsed, original);
            }
        }
        if (offices.size() == dates.size() && !offices.isEmpty()) {
            List<String> headlines = list(headline);
            List<Source> sources = new ArrayList<>();
            for (int i = 0; i < offices.size(); i++) {
                String title = headlines.size() == offices.size() ? headlines.get(i) : null;
                sources.add(report(offices.get(i), dates.get(i), title,
                        title == null ? "headline not separable in the dataset" : null));
            }
            return withQuoted(sources, original);
        }
        return withQuoted(List.of(new Source(null, null, article.strip(), null, null, null, CITATION_NOTE)), original);
    }

    /** Walks {@code "office,date,headline";"office,date,headline"}; null when the text does not follow that form. */
    private static List<Source> walk(String article, List<String> offices, List<String> dates) {
        List<Source> sources = new ArrayList<>();
        int pos = 0;
        for (int i = 0; i < offices.size(); i++) {
            String prefix = "\"" + offices.get(i) + "," + dates.get(i) + ",";
            if (!article.startsWith(prefix, pos)) {
                return null;
            }
            int start = pos + prefix.length();
            int end;
            if (i + 1 < offices.size()) {
                end = article.indexOf("\";\"" + offices.get(i + 1) + "," + dates.get(i + 1) + ",", start);
                if (end < 0) {
                    return null;
                }
                pos = end + 2;
            } else {
                if (!article.endsWith("\"") || article.length() - 1 < start) {
                    return null;
                }
                end = article.length() - 1;
            }
            sources.add(report(offices.get(i), dates.get(i), article.substring(start, end), null));
        }
        return sources;
    }

    /** GED's {@code source_original} names who was quoted for the whole event: it belongs to a lone report. */
    private static List<Source> withQuoted(List<Source> sources, String original) {
        if (sources.size() != 1 || original == null || original.isBlank()) {
            return sources;
        }
        Source s = sources.get(0);
        return List.of(new Source(s.outlet(), s.published(), s.title(), s.url(), original.strip(), s.figures(),
                s.note()));
    }

    /** One report; a date that is not ISO is kept, as given, in the note. */
    private static Source report(String office, String dateText, String title, String note) {
        PartialDate published = null;
        String fullNote = note;
        if (!dateText.isBlank()) {
            try {
                published = PartialDate.parse(dateText);
            } catch (IllegalArgumentException e) {
                fullNote = (note == null ? "" : note + "; ") + "date as given: " + dateText.strip();
            }
        }
        return new Source(office.strip(), published, title == null ? null : title.strip(), null, null, null,
                fullNote);
    }

    private static List<String> list(String packed) {
        if (packed == null || packed.isBlank()) {
            return List.of();
        }
        return Arrays.asList(packed.split(";", -1));
    }
}

package org.incidentatlas.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One report about an incident.
 *
 * @param outlet    who published it (news agency, newspaper, NGO), if known
 * @param published when it was published, if known
 * @param title     headline or title, or the short citation the dataset gives
 * @param url       address of the report, if any (shown as given; only http and https are ever opened)
 * @param language  the language it is written in, as a language code ({@code en}, {@code ar}, {@code ku},
 *                  {@code en-GB}), if known
 * @param quoted    who the report quotes, e.g. "anonymous police officer"
 * @param passage   the passage of the report the coder read its figures from, in the report's own words
 * @param figures   the figures this report gave, or {@code null} when not recorded
 * @param note      anything else worth knowing about this report
 */
public record Source(String outlet, PartialDate published, String title, String url, String language, String quoted,
        String passage, ReportedFigures figures, String note) {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public Source {
        outlet = Checks.optionalText(outlet);
        title = Checks.optionalText(title);
        url = Checks.optionalText(url);
        language = Checks.optionalText(language);
        if (language != null) {
            language = language.strip();
            if (!LANGUAGE.matcher(language).matches()) {
                throw new IllegalArgumentException("language must be a language code such as en, ar or ku (was '"
                        + language + "')");
            }
        }
        quoted = Checks.optionalText(quoted);
        passage = Checks.optionalText(passage);
        note = Checks.optionalText(note);
        if (outlet == null && title == null && url == null) {
            throw new IllegalArgumentException("source needs at least an outlet, a title or a url");
        }
    }

    /** A report with no language or passage recorded (what the datasets' own reports have). */
    public Source(String outlet, PartialDate published, String title, String url, String quoted,
            ReportedFigures figures, String note) {
        this(outlet, published, title, url, null, quoted, null, figures, note);
    }

    /** True when the address may be opened in a browser: only http and https are. */
    public boolean openableUrl() {
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The language's name in English ("Arabic" for {@code ar}), or the code itself when Java knows no name. */
    public String languageName() {
        if (language == null) {
            return null;
        }
        String name = Locale.forLanguageTag(language).getDisplayName(Locale.ENGLISH);
        return name.isBlank() ? language : name;
    }
}

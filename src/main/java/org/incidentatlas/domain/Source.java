package org.incidentatlas.domain;

/**
 * One report about an incident.
 *
 * @param outlet    who published it (news agency, newspaper, NGO), if known
 * @param published when it was published, if known
 * @param title     headline or title, or the short citation the dataset gives
 * @param url       address of the report, if any (shown as given; only http and https are ever opened)
 * @param quoted    who the report quotes, e.g. "anonymous police officer"
 * @param figures   the figures this report gave, or {@code null} when not recorded
 * @param note      anything else worth knowing about this report
 */
public record Source(String outlet, PartialDate published, String title, String url, String quoted,
        ReportedFigures figures, String note) {
    public Source {
        outlet = Checks.optionalText(outlet);
        title = Checks.optionalText(title);
        url = Checks.optionalText(url);
        quoted = Checks.optionalText(quoted);
        note = Checks.optionalText(note);
        if (outlet == null && title == null && url == null) {
            throw new IllegalArgumentException("source needs at least an outlet, a title or a url");
        }
    }

    /** True when the address may be opened in a browser: only http and https are. */
    public boolean openableUrl() {
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}

package org.incidentatlas.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;
import org.incidentatlas.domain.ViolenceType;
import org.incidentatlas.index.DateWindow;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.WindowTotals;

/**
 * The words an exported picture carries: a title, the date window, the active filters and the counts shown, and the
 * credits of the basemap and the data. The same words go into the PNG's text chunks.
 *
 * @param title       the title (may be empty)
 * @param dates       the date window in words
 * @param filters     the active filters in words ("No filters" when none)
 * @param counts      incidents and deaths shown
 * @param attribution credits of basemap and data
 */
public record Captions(String title, String dates, String filters, String counts, String attribution) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    public Captions {
        title = title == null ? "" : title.strip();
    }

    /**
     * The captions of a picture. When the filter's days are the window's own, they are said once, as the window.
     */
    public static Captions of(String title, DateWindow window, IncidentFilter filter, WindowTotals totals,
            String attribution) {
        IncidentFilter said = filter;
        if (!window.cumulative() && filter.from() != null && filter.to() != null
                && filter.from().toEpochDay() == window.from() && filter.to().toEpochDay() == window.to()) {
            said = filter.toBuilder().from(null).to(null).build();
        }
        return new Captions(title, dates(window), filters(said), counts(totals), attribution);
    }

    /**
     * The PNG text chunks for a picture with these captions: Title, Description (dates, filters, counts), Copyright
     * (the credits), Software, Creation Time and, when given, the saved view as JSON (Comment), so the picture can be
     * drawn again.
     */
    public Map<String, String> pngText(String software, String viewJson) {
        Map<String, String> text = new LinkedHashMap<>();
        if (!title.isEmpty()) {
            text.put("Title", title);
        }
        text.put("Description", dates + ". " + filters + ". " + counts + ".");
        text.put("Copyright", attribution);
        text.put("Source", "Incident Atlas map of attacks and other political violence in Iraq");
        text.put("Software", software);
        text.put("Creation Time", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        if (viewJson != null) {
            text.put("Comment", viewJson);
        }
        return text;
    }

    /** The lines under the title. */
    public List<String> lines() {
        return List.of(dates, filters, counts);
    }

    /** "1 June 2014 – 30 June 2014", "1 June 2014", "Up to 30 June 2014 (cumulative)". */
    public static String dates(DateWindow window) {
        if (window.empty()) {
            return "No days";
        }
        String to = day(window.to());
        if (window.cumulative()) {
            return "Up to " + to + " (cumulative)";
        }
        return window.from() == window.to() ? to : day(window.from()) + " – " + to;
    }

    /** "Filters: one-sided; governorate Ninewa; at least 10 deaths (best)", or "No filters". */
    public static String filters(IncidentFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.from() != null || f.to() != null) {
            parts.add(f.from() == null ? "until " + day(f.to()) : f.to() == null ? "from " + day(f.from())
                    : "from " + day(f.from()) + " to " + day(f.to()));
        }
        if (!f.types().isEmpty()) {
            parts.add(f.types().stream().sorted().map(ViolenceType::words).collect(Collectors.joining(" or ")));
        }
        if (!f.actors().isEmpty()) {
            parts.add("actor " + String.join(" or ", f.actors().stream().sorted().toList()));
        }
        if (!f.governorates().isEmpty()) {
            parts.add("governorate " + String.join(" or ", f.governorates()));
        }
        if (!f.districts().isEmpty()) {
            parts.add("district " + String.join(" or ", f.districts()));
        }
        if (!f.subdistricts().isEmpty()) {
            parts.add("sub-district " + String.join(" or ", f.subdistricts()));
        }
        if (f.minDeaths() != null) {
            parts.add(String.format(Locale.ROOT, "at least %,d deaths (best)", f.minDeaths()));
        }
        if (f.worstLocation() != null) {
            parts.add("location at worst " + f.worstLocation().words());
        }
        if (f.worstDate() != null) {
            parts.add("date at worst " + f.worstDate().words());
        }
        if (!f.datasets().isEmpty()) {
            parts.add("dataset " + String.join(" or ", f.datasets().stream().sorted().toList()));
        }
        if (f.text() != null) {
            parts.add("words \"" + f.text() + "\"");
        }
        return parts.isEmpty() ? "No filters" : "Filters: " + String.join("; ", parts);
    }

    /** "19 incidents, 1,063 deaths (best)". */
    public static String counts(WindowTotals totals) {
        return String.format(Locale.ROOT, "%,d incident%s, %,d death%s (best)", totals.incidents(),
                totals.incidents() == 1 ? "" : "s", totals.deaths(), totals.deaths() == 1 ? "" : "s");
    }

    private static String day(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).format(DAY);
    }

    private static String day(LocalDate day) {
        return day.format(DAY);
    }
}

package org.incidentatlas.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.incidentatlas.domain.CommonCategory;
import org.incidentatlas.domain.ViolenceType;
import org.incidentatlas.index.AdminAreas;
import org.incidentatlas.index.AdminBoundaries;
import org.incidentatlas.index.IncidentFilter;
import picocli.CommandLine.Option;

/**
 * The filter options shared by every command that works on a selection of incidents, with the same meaning as the
 * window's filter panel (see {@link IncidentFilter}). Mix it in with {@code @Mixin}.
 */
final class FilterOptions {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Leave out incidents that end before this day.")
    String from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Leave out incidents that start after this day.")
    String to;
    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "Type of violence: state-based, non-state, one-sided (or 1, 2, 3); repeatable.")
    List<String> types = new ArrayList<>();
    @Option(names = "--actor", paramLabel = "NAME", description = "Side A or side B is this actor; repeatable.")
    List<String> actors = new ArrayList<>();
    @Option(names = "--governorate", paramLabel = "NAME|PCODE",
            description = "OCHA governorate, by English or Arabic name or p-code (e.g. Ninewa, نينوى, IQG15); "
                    + "repeatable.")
    List<String> governorates = new ArrayList<>();
    @Option(names = "--district", paramLabel = "NAME|PCODE",
            description = "OCHA district, by English or Arabic name or p-code (e.g. Telafar, IQG15Q08); repeatable.")
    List<String> districts = new ArrayList<>();
    @Option(names = "--subdistrict", paramLabel = "NAME|PCODE",
            description = "OCHA sub-district, by English or Arabic name or p-code (e.g. Hammam Al-Alil, "
                    + "IQG15Q05N02); repeatable.")
    List<String> subdistricts = new ArrayList<>();
    @Option(names = "--min-deaths", paramLabel = "N", description = "Deaths (best estimate) at least N.")
    Integer minDeaths;
    @Option(names = "--dataset", paramLabel = "NAME", split = ",",
            description = "Dataset, as `datasets` lists it (e.g. ucdp-ged, curated, acled, gtd); repeatable.")
    List<String> datasets = new ArrayList<>();
    @Option(names = "--category", paramLabel = "CATEGORY", split = ",",
            description = "Common category across datasets: armed clash, bombing/explosion, attack on civilians, "
                    + "protest/riot, strategic development/other (or bombing, protest, other, 1-5); repeatable.")
    List<String> categories = new ArrayList<>();
    @Option(names = "--event-type", paramLabel = "WORDS",
            description = "A dataset's own event or sub-event type (ACLED, e.g. Riots or Suicide bomb) or attack type "
                    + "(GTD); repeatable.")
    List<String> eventTypes = new ArrayList<>();
    @Option(names = "--text", paramLabel = "WORDS",
            description = "Words in place, actors, outlets or headlines (case and accent insensitive).")
    String text;

    /**
     * The filter these options describe.
     *
     * @throws IllegalArgumentException with a message naming the bad option and value
     */
    IncidentFilter filter(AdminBoundaries boundaries) {
        checkAreas("--governorate", governorates, boundaries.governorates());
        checkAreas("--district", districts, boundaries.districts());
        checkAreas("--subdistrict", subdistricts, boundaries.subdistricts());
        if (minDeaths != null && minDeaths < 0) {
            throw new IllegalArgumentException("--min-deaths must not be negative (was " + minDeaths + ")");
        }
        return IncidentFilter.builder().from(day("--from", from)).to(day("--to", to)).types(types())
                .actors(new LinkedHashSet<>(actors)).governorates(governorates).districts(districts)
                .subdistricts(subdistricts).minDeaths(minDeaths).datasets(datasets()).text(text)
                .categories(categories()).eventTypes(new LinkedHashSet<>(eventTypes)).build();
    }

    boolean any() {
        return from != null || to != null || !types.isEmpty() || !actors.isEmpty() || !governorates.isEmpty()
                || !districts.isEmpty() || !subdistricts.isEmpty() || minDeaths != null || text != null
                || !datasets.isEmpty() || !categories.isEmpty() || !eventTypes.isEmpty();
    }

    private Set<CommonCategory> categories() {
        Set<CommonCategory> out = EnumSet.noneOf(CommonCategory.class);
        for (String c : categories) {
            try {
                out.add(CommonCategory.parse(c));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--category: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private Set<String> datasets() {
        Set<String> out = new LinkedHashSet<>();
        for (String d : datasets) {
            if (d.isBlank()) {
                throw new IllegalArgumentException("--dataset must name a dataset (was empty)");
            }
            out.add(d.strip());
        }
        return out;
    }

    private Set<ViolenceType> types() {
        Set<ViolenceType> out = EnumSet.noneOf(ViolenceType.class);
        for (String t : types) {
            out.add(type(t));
        }
        return out;
    }

    static ViolenceType type(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (ViolenceType v : ViolenceType.values()) {
            if (v.words().equals(t) || Integer.toString(v.gedCode()).equals(t) || v.name().equalsIgnoreCase(t)) {
                return v;
            }
        }
        throw new IllegalArgumentException("--type must be state-based, non-state or one-sided (or 1, 2, 3), was '"
                + text + "'");
    }

    private static LocalDate day(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a day written YYYY-MM-DD (was '" + text + "')", e);
        }
    }

    private static void checkAreas(String option, List<String> queries, AdminAreas areas) {
        for (String q : queries) {
            if (areas.matching(q).isEmpty()) {
                throw new IllegalArgumentException(option + ": no OCHA area is named or coded '" + q + "'");
            }
        }
    }
}

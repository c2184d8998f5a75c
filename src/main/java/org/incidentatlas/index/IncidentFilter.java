package org.incidentatlas.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.incidentatlas.domain.CommonCategory;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.ViolenceType;

/**
 * What to show, shared by the filter panel and the command line. Every part left empty (or {@code null}) lets
 * everything through; the values within one part are alternatives (any of them), the parts all apply together.
 *
 * @param from               first day: incidents that end before it are left out
 * @param to                 last day: incidents that start after it are left out (so an incident is in a window
 *                           when its own span overlaps the window)
 * @param types              UCDP types of violence
 * @param actors             actor names; an incident matches when side A or side B is one of them (case and accent
 *                           insensitive, whole name)
 * @param governorates       OCHA governorate names or p-codes (e.g. "Ninewa" or "IQG15"), matched against the
 *                           governorate assigned from the incident's coordinates
 * @param districts          OCHA district names or p-codes (e.g. "Telafar" or "IQG15Q08")
 * @param minDeaths          deaths (best) at least this, or {@code null}
 * @param worstLocation      hide incidents located less exactly than this, or {@code null}
 * @param worstDate          hide incidents dated less exactly than this, or {@code null}
 * @param datasets           dataset keys, e.g. {@code ucdp-ged}, {@code curated}
 * @param text               words that must all occur in the place name, actors, method, outlets, headlines or
 *                           quoted parties (case and accent insensitive), or {@code null}
 * @param subdistricts       OCHA sub-district names (English or Arabic) or p-codes (e.g. "Hammam Al-Alil" or
 *                           "IQG15Q05N02")
 * @param categories         common categories, shared by every dataset
 * @param eventTypes         a dataset's own words for what happened: ACLED's event or sub-event type, GTD's attack
 *                           type (case and accent insensitive, whole words)
 */
public record IncidentFilter(LocalDate from, LocalDate to, Set<ViolenceType> types, Set<String> actors,
        List<String> governorates, List<String> districts, Integer minDeaths, LocationPrecision worstLocation,
        DatePrecision worstDate, Set<String> datasets, String text, List<String> subdistricts,
        Set<CommonCategory> categories, Set<String> eventTypes) {
    public static final IncidentFilter NONE = builder().build();

    public IncidentFilter {
        types = Set.copyOf(types);
        actors = Set.copyOf(actors);
        governorates = List.copyOf(governorates);
        districts = List.copyOf(districts);
        subdistricts = List.copyOf(subdistricts);
        datasets = Set.copyOf(datasets);
        categories = Set.copyOf(categories);
        eventTypes = Set.copyOf(eventTypes);
        text = text == null || text.isBlank() ? null : text.strip();
        if (minDeaths != null && minDeaths < 0) {
            throw new IllegalArgumentException("minimum deaths must not be negative (was " + minDeaths + ")");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the last day (" + to + ") is before the first day (" + from + ")");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when this filter lets every incident through. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    public Builder toBuilder() {
        return new Builder().from(from).to(to).types(types).actors(actors).governorates(governorates)
                .districts(districts).minDeaths(minDeaths).worstLocation(worstLocation).worstDate(worstDate)
                .datasets(datasets).text(text).subdistricts(subdistricts)
                .categories(categories).eventTypes(eventTypes);
    }

    /** Builds a filter part by part. */
    public static final class Builder {
        private LocalDate from;
        private LocalDate to;
        private Set<ViolenceType> types = Set.of();
        private Set<String> actors = Set.of();
        private List<String> governorates = List.of();
        private List<String> districts = List.of();
        private List<String> subdistricts = List.of();
        private Integer minDeaths;
        private LocationPrecision worstLocation;
        private DatePrecision worstDate;
        private Set<String> datasets = Set.of();
        private String text;
        private Set<CommonCategory> categories = Set.of();
        private Set<String> eventTypes = Set.of();

        public Builder categories(Set<CommonCategory> v) {
            categories = v;
            return this;
        }

        public Builder eventTypes(Set<String> v) {
            eventTypes = v;
            return this;
        }

        public Builder from(LocalDate v) {
            from = v;
            return this;
        }

        public Builder to(LocalDate v) {
            to = v;
            return this;
        }

        public Builder types(Set<ViolenceType> v) {
            types = v;
            return this;
        }

        public Builder actors(Set<String> v) {
            actors = v;
            return this;
        }

        public Builder governorates(List<String> v) {
            governorates = v;
            return this;
        }

        public Builder districts(List<String> v) {
            districts = v;
            return this;
        }

        public Builder subdistricts(List<String> v) {
            subdistricts = v;
            return this;
        }

        public Builder minDeaths(Integer v) {
            minDeaths = v;
            return this;
        }

        public Builder worstLocation(LocationPrecision v) {
            worstLocation = v;
            return this;
        }

        public Builder worstDate(DatePrecision v) {
            worstDate = v;
            return this;
        }

        public Builder datasets(Set<String> v) {
            datasets = v;
            return this;
        }

        public Builder text(String v) {
            text = v;
            return this;
        }

        public IncidentFilter build() {
            return new IncidentFilter(from, to, types, actors, governorates, districts, minDeaths, worstLocation,
                    worstDate, datasets, text, subdistricts, categories, eventTypes);
        }
    }
}

package org.incidentatlas.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The credits of the incident data: which releases of which datasets are in the database, and the citation of each
 * dataset. Pictures, the map's attribution line and the About box take from it the datasets of the incidents they
 * show, with their versions and licences, and nothing else. Immutable.
 */
public final class DatasetCredits {
    /** No datasets at all. */
    public static final DatasetCredits NONE = new DatasetCredits(List.of(), Map.of());

    private final List<DatasetRelease> releases;
    private final Map<String, String> citations;

    /**
     * @param releases  every release that incidents come from
     * @param citations the citation a user gave their own dataset, by dataset key (known datasets have their own)
     */
    public DatasetCredits(Collection<DatasetRelease> releases, Map<String, String> citations) {
        List<DatasetRelease> sorted = new ArrayList<>(releases);
        sorted.sort(Comparator.comparing((DatasetRelease r) -> order(r.dataset()))
                .thenComparing(DatasetRelease::dataset)
                .thenComparing(r -> r.version() == null ? "" : r.version())
                .thenComparing(r -> r.licence() == null ? "" : r.licence()));
        this.releases = List.copyOf(sorted);
        this.citations = Map.copyOf(new TreeMap<>(citations));
    }

    public List<DatasetRelease> releases() {
        return releases;
    }

    /** Every dataset key with a release, known datasets first. */
    public List<String> datasets() {
        Set<String> keys = new LinkedHashSet<>();
        releases.forEach(r -> keys.add(r.dataset()));
        return List.copyOf(keys);
    }

    /**
     * The credit line of a map showing incidents of {@code shown} (dataset keys), e.g. "Incidents: UCDP GED 19.1
     * (CC BY 4.0), Sundberg &amp; Melander 2013". Datasets not in {@code shown} are left out.
     */
    public String line(Collection<String> shown) {
        List<String> parts = new ArrayList<>();
        for (String key : datasets()) {
            if (!shown.contains(key)) {
                continue;
            }
            StringBuilder b = new StringBuilder(title(key));
            String versions = versions(key);
            if (!versions.isEmpty()) {
                b.append(' ').append(versions);
            }
            String licences = licences(key);
            if (!licences.isEmpty()) {
                b.append(" (").append(licences).append(')');
            }
            String credit = KnownDataset.of(key).map(KnownDataset::shortCredit).orElse(citations.get(key));
            if (credit != null && !credit.isBlank()) {
                b.append(", ").append(credit);
            }
            parts.add(b.toString());
        }
        return parts.isEmpty() ? "Incidents: none shown" : "Incidents: " + String.join("; ", parts);
    }

    /** The About box's paragraphs: each dataset of {@code shown} with its versions, licences and full citation. */
    public String about(Collection<String> shown) {
        List<String> paragraphs = new ArrayList<>();
        for (String key : datasets()) {
            if (!shown.contains(key)) {
                continue;
            }
            StringBuilder b = new StringBuilder(title(key)).append(" (").append(key).append(')');
            String versions = versions(key);
            b.append(versions.isEmpty() ? "" : ", version " + versions);
            String licences = licences(key);
            b.append(licences.isEmpty() ? "" : ", licence: " + licences);
            String citation = citation(key);
            if (citation != null) {
                b.append("\n").append(citation);
            }
            paragraphs.add(b.toString());
        }
        return paragraphs.isEmpty() ? "No incident data." : String.join("\n\n", paragraphs);
    }

    /** The full citation of a dataset: a known dataset's own, else the one its user gave, else null. */
    public String citation(String key) {
        String given = citations.get(key);
        if (given != null && !given.isBlank()) {
            return given;
        }
        return KnownDataset.of(key).map(KnownDataset::citation).orElse(null);
    }

    /** The versions of a dataset's releases, joined by ", " (empty when none is known). */
    public String versions(String key) {
        return joined(key, DatasetRelease::version);
    }

    /** The licences of a dataset's releases, joined by ", " (empty when none is known). */
    public String licences(String key) {
        return joined(key, DatasetRelease::licence);
    }

    private String joined(String key, java.util.function.Function<DatasetRelease, String> part) {
        Set<String> values = new LinkedHashSet<>();
        for (DatasetRelease r : releases) {
            if (r.dataset().equals(key) && part.apply(r) != null) {
                values.add(part.apply(r));
            }
        }
        return String.join(", ", values);
    }

    private static String title(String key) {
        return KnownDataset.of(key).map(KnownDataset::title).orElse(key);
    }

    private static int order(String key) {
        List<KnownDataset> known = KnownDataset.all();
        for (int i = 0; i < known.size(); i++) {
            if (known.get(i).key().equals(key)) {
                return i;
            }
        }
        return known.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatasetCredits other && releases.equals(other.releases)
                && citations.equals(other.citations);
    }

    @Override
    public int hashCode() {
        return releases.hashCode() * 31 + citations.hashCode();
    }

    @Override
    public String toString() {
        return "DatasetCredits" + releases;
    }
}

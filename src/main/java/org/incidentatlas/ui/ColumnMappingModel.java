package org.incidentatlas.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.incidentatlas.domain.ControlCharacters;
import org.incidentatlas.ingest.MappedDates;
import org.incidentatlas.ingest.TableMapping;
import org.incidentatlas.ingest.TablePreview;

/**
 * The column-mapping dialog's state: which column of the previewed table holds each of {@link TableMapping}'s keys,
 * the dataset's name, the date format, version and licence. Columns are first guessed from the header's names; what
 * is still wrong is said in {@link #problemProperty()} (empty when the mapping can be imported), checked against the
 * header and the first rows' dates, so a person sees a wrong date format before importing anything.
 */
public final class ColumnMappingModel {
    /** The date formats offered; any other pattern may be typed. */
    public static final List<String> DATE_FORMATS = List.of("iso", "d/M/yyyy", "M/d/yyyy", "d-MMM-yy", "d MMMM yyyy",
            "yyyyMMdd", "dd.MM.yyyy");

    /** Lower-case header names (spaces, dashes and underscores removed) that suggest each key, best first. */
    private static final Map<String, List<String>> GUESSES = Map.ofEntries(
            Map.entry("id", List.of("id", "eventid", "incidentid", "ibccode", "code", "ref", "reference")),
            Map.entry("startDate", List.of("startdate", "datestart", "date", "eventdate", "from", "day")),
            Map.entry("endDate", List.of("enddate", "dateend", "to", "until")),
            Map.entry("latitude", List.of("latitude", "lat", "y")),
            Map.entry("longitude", List.of("longitude", "lon", "lng", "long", "x")),
            Map.entry("deathsLow", List.of("deathslow", "reportedminimum", "minimum", "killedmin", "low", "min")),
            Map.entry("deathsBest", List.of("deathsbest", "deaths", "killed", "fatalities", "dead", "best")),
            Map.entry("deathsHigh", List.of("deathshigh", "reportedmaximum", "maximum", "killedmax", "high", "max")),
            Map.entry("wounded", List.of("wounded", "injured", "injuries")),
            Map.entry("place", List.of("place", "location", "placename", "city", "town", "village", "locality")),
            Map.entry("actors", List.of("actors", "actor", "perpetrator", "perpetrators", "group", "sidea")),
            Map.entry("type", List.of("type", "eventtype", "weapons", "weapon", "category", "attacktype")),
            Map.entry("description", List.of("description", "notes", "summary", "details", "target")),
            Map.entry("source", List.of("source", "sources", "reports", "url")));

    private final TablePreview preview;
    private final Map<String, StringProperty> columns = new LinkedHashMap<>();
    private final StringProperty dataset = new SimpleStringProperty("");
    private final StringProperty dateFormat = new SimpleStringProperty("iso");
    private final StringProperty version = new SimpleStringProperty("");
    private final StringProperty licence = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ColumnMappingModel(TablePreview preview) {
        this.preview = preview;
        List<Observable> all = new ArrayList<>(List.of(dataset, dateFormat, version, licence));
        for (String key : TableMapping.COLUMN_KEYS) {
            StringProperty p = new SimpleStringProperty(guess(key));
            columns.put(key, p);
            all.add(p);
        }
        dataset.set(datasetName(preview.fileName()));
        dateFormat.set(guessDateFormat());
        all.forEach(o -> o.addListener(x -> check()));
        check();
    }

    public TablePreview preview() {
        return preview;
    }

    /** The column chosen for a key of {@link TableMapping#COLUMN_KEYS} ("" for none). */
    public StringProperty column(String key) {
        StringProperty p = columns.get(key);
        if (p == null) {
            throw new IllegalArgumentException("not a column key: " + key);
        }
        return p;
    }

    public StringProperty datasetProperty() {
        return dataset;
    }

    public StringProperty dateFormatProperty() {
        return dateFormat;
    }

    public StringProperty versionProperty() {
        return version;
    }

    public StringProperty licenceProperty() {
        return licence;
    }

    /** What keeps the mapping from being imported, in one line; empty when nothing does. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The mapping as chosen, to save or to import with. */
    public TableMapping mapping() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("dataset", dataset.get());
        values.put("dateFormat", dateFormat.get());
        values.put("version", version.get());
        values.put("licence", licence.get());
        columns.forEach((k, v) -> values.put(k, v.get()));
        return new TableMapping(values);
    }

    /** Takes every value of a saved mapping (keys it does not give are cleared). */
    public void load(TableMapping m) {
        dataset.set(orEmpty(m.get("dataset")));
        dateFormat.set(m.get("dateFormat") == null ? "iso" : m.get("dateFormat"));
        version.set(orEmpty(m.get("version")));
        licence.set(orEmpty(m.get("licence")));
        columns.forEach((k, v) -> v.set(orEmpty(m.get(k))));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private void check() {
        List<String> problems = new ArrayList<>(mapping().problems());
        columns.forEach((key, p) -> {
            String c = p.get();
            if (c != null && !c.isBlank() && !preview.columns().contains(c.strip())) {
                problems.add("'" + key + "' names a column the table does not have: '"
                        + ControlCharacters.visible(c) + "'");
            }
        });
        if (problems.isEmpty()) {
            String dates = firstBadDate(dateFormat.get());
            if (dates != null) {
                problems.add(dates);
            }
        }
        problem.set(String.join("; ", problems));
    }

    /** The first previewed start date that a date format does not read, said with its row; or null. */
    private String firstBadDate(String pattern) {
        int at = preview.columns().indexOf(columns.get("startDate").get().strip());
        if (at < 0) {
            return null;
        }
        MappedDates dates;
        try {
            dates = new MappedDates(pattern);
        } catch (IllegalArgumentException e) {
            return null; // said by the mapping's own problems
        }
        for (int r = 0; r < preview.rows().size(); r++) {
            String v = preview.rows().get(r).get(at).strip();
            if (v.isEmpty()) {
                continue;
            }
            try {
                dates.parse(v);
            } catch (IllegalArgumentException e) {
                return "row " + (r + 1) + " of the preview, '" + columns.get("startDate").get() + "': "
                        + ControlCharacters.visible(e.getMessage());
            }
        }
        return null;
    }

    private String guess(String key) {
        List<String> folded = preview.columns().stream().map(ColumnMappingModel::fold).toList();
        for (String wanted : GUESSES.getOrDefault(key, List.of())) {
            int i = folded.indexOf(wanted);
            if (i >= 0) {
                return preview.columns().get(i);
            }
        }
        return "";
    }

    /** The first offered date format that reads every previewed start date, or iso. */
    private String guessDateFormat() {
        return DATE_FORMATS.stream().filter(f -> firstBadDate(f) == null).findFirst().orElse("iso");
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    }

    /** A dataset key from the file's name: lower-case letters, digits and dashes. */
    static String datasetName(String fileName) {
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]+$", "").toLowerCase(Locale.ROOT);
        String key = base.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (key.length() > 40) {
            key = key.substring(0, 40).replaceAll("-+$", "");
        }
        return key.isEmpty() ? "my-table" : key;
    }
}

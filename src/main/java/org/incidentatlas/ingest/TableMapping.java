package org.incidentatlas.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Provenance;

/**
 * Which column of a user's table holds what: the mapping that {@code import FILE --mapping M.json} reads and the
 * window's column-mapping dialog saves. A flat JSON object: the {@link #COLUMN_KEYS} name columns of the table;
 * {@code dataset} is the dataset's key (required), {@code dateFormat} a date pattern such as {@code d/M/yyyy} or
 * {@code iso} (the default), and {@code version} and {@code licence} are kept with every record. Of the columns, only
 * {@code startDate}, {@code latitude} and {@code longitude} are required.
 */
public final class TableMapping {
    /** Keys whose values are column names, in the order the dialog shows them. */
    public static final List<String> COLUMN_KEYS = List.of("id", "startDate", "endDate", "latitude", "longitude",
            "deathsLow", "deathsBest", "deathsHigh", "wounded", "place", "actors", "type", "description", "source");
    /** Keys whose values are not column names. */
    public static final List<String> OTHER_KEYS = List.of("dataset", "dateFormat", "version", "licence");
    private static final List<String> REQUIRED_COLUMNS = List.of("startDate", "latitude", "longitude");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, String> values;

    /** @param values key to value; blank values count as not mapped */
    public TableMapping(Map<String, String> values) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String key : OTHER_KEYS) {
            put(kept, key, values.get(key));
        }
        for (String key : COLUMN_KEYS) {
            put(kept, key, values.get(key));
        }
        this.values = Collections.unmodifiableMap(kept);
    }

    private static void put(Map<String, String> into, String key, String value) {
        if (value != null && !value.isBlank()) {
            into.put(key, value.strip());
        }
    }

    /** The value of a key, or null when it is not given. */
    public String get(String key) {
        return values.get(key);
    }

    /** Every key given, with its value. */
    public Map<String, String> values() {
        return values;
    }

    /** What is wrong with the mapping as a whole (not with respect to a table), or an empty list. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        String dataset = get("dataset");
        try {
            new Provenance(dataset, null, "x", null);
        } catch (IllegalArgumentException e) {
            out.add("'dataset' must be a name of lower-case letters, digits and dashes (was "
                    + (dataset == null ? "missing" : "'" + dataset + "'") + ")");
        }
        for (String key : REQUIRED_COLUMNS) {
            if (get(key) == null) {
                out.add("'" + key + "' must name a column");
            }
        }
        String format = get("dateFormat");
        if (format != null) {
            try {
                new MappedDates(format);
            } catch (IllegalArgumentException e) {
                out.add("'dateFormat' is not a date pattern: '" + format + "' (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    /** Reads and checks a mapping file. */
    public static TableMapping read(Path file) throws ImportException, IOException {
        String name = file.getFileName().toString();
        Map<String, Object> raw;
        try {
            raw = JSON.readValue(Files.readAllBytes(file), new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (NoSuchFileException e) {
            throw new ImportException(file + ": no such mapping file", e);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportException(name + ": line " + line + ": not a mapping (a JSON object of column names): "
                    + e.getOriginalMessage(), e);
        }
        if (raw == null) {
            throw new ImportException(name + ": empty mapping file");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            if (!COLUMN_KEYS.contains(e.getKey()) && !OTHER_KEYS.contains(e.getKey())) {
                throw new ImportException(name + ": unknown key '" + e.getKey() + "'; a mapping has "
                        + String.join(", ", OTHER_KEYS) + ", " + String.join(", ", COLUMN_KEYS));
            }
            if (e.getValue() != null && !(e.getValue() instanceof String)) {
                throw new ImportException(name + ": '" + e.getKey() + "' must be text (a column name), was "
                        + e.getValue());
            }
            values.put(e.getKey(), (String) e.getValue());
        }
        TableMapping mapping = new TableMapping(values);
        List<String> problems = mapping.problems();
        if (!problems.isEmpty()) {
            throw new ImportException(name + ": " + String.join("; ", problems));
        }
        return mapping;
    }

    /** Writes the mapping as an indented JSON object. */
    public void write(Path file) throws IOException {
        Files.write(file, JSON.writeValueAsBytes(values));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableMapping other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "TableMapping" + values;
    }
}

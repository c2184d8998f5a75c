package org.incidentatlas.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ProgressListener;

/**
 * Reads the app's own JSON format ({@link NativeJson}). The document is streamed: one incident is held as a tree at a
 * time, so a bad incident becomes a {@link Rejection} with its line and JSON path while the rest are read on.
 */
public final class NativeJsonReader implements IncidentReader {
    /** The sections a dataset's export carries besides its incidents (see {@link DatasetJson}). */
    static final java.util.Set<String> DATASET_SECTIONS = java.util.Set.of(DatasetJson.DATASET, DatasetJson.HISTORY,
            DatasetJson.ATTACHED_REPORTS);

    /** Where a dataset file's sections are put as they are read; null when they are refused as unknown fields. */
    private final java.util.Map<String, JsonNode> sections;

    /** Reads a file of incidents; a dataset's sections (history, attached reports) are refused as unknown fields. */
    public NativeJsonReader() {
        this(null);
    }

    /** Reads a dataset's export: its sections besides the incidents are put in {@code sections} as trees. */
    NativeJsonReader(java.util.Map<String, JsonNode> sections) {
        this.sections = sections;
    }

    private static final Pattern LEADING_FIELD = Pattern.compile("^([a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z][a-zA-Z0-9]*)*) "
            + "(?:must|is|has)\\b");

    @Override
    public long stream(InputStream in, String fileName, ProgressListener progress, RecordSink sink)
            throws ImportException, IOException {
        ObjectMapper mapper = NativeJson.mapper();
        // One incident at a time from a longer document: what follows it is not "trailing" here.
        ObjectReader trees = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        long read = 0;
        JsonParser p = mapper.createParser(in);
        try (p) {
            expect(p.nextToken() == JsonToken.START_OBJECT, p, fileName, "expected a JSON object");
            boolean formatSeen = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "format" -> {
                        expect(NativeJson.FORMAT.equals(p.getValueAsString()), p, fileName,
                                "format must be \"" + NativeJson.FORMAT + "\"");
                        formatSeen = true;
                    }
                    case "formatVersion" -> expect(p.currentToken() == JsonToken.VALUE_NUMBER_INT
                            && p.getIntValue() == NativeJson.FORMAT_VERSION, p, fileName,
                            "formatVersion " + p.getText() + " is not supported (this version reads "
                                    + NativeJson.FORMAT_VERSION + ")");
                    case "incidents" -> {
                        expect(p.currentToken() == JsonToken.START_ARRAY, p, fileName, "incidents must be an array");
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            long line = p.currentTokenLocation().getLineNr();
                            JsonNode node = trees.readTree(p);
                            String where = "line " + line + ", incidents[" + read + "]";
                            read++;
                            Incident incident;
                            try {
                                if (!node.isObject()) {
                                    sink.reject(new Rejection(where, null, "an incident must be a JSON object, not "
                                            + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
                                    continue;
                                }
                                incident = mapper.treeToValue(node, Incident.class);
                            } catch (JsonMappingException e) {
                                String reason = reason(e);
                                sink.reject(new Rejection(where, field(path(e), refusedBy(e), reason), reason));
                                continue;
                            } finally {
                                if (read % 500 == 0) {
                                    progress.progress(read, -1, read + " records read");
                                }
                            }
                            sink.accept(incident, where);
                        }
                    }
                    default -> {
                        if (sections == null || !DATASET_SECTIONS.contains(name)) {
                            throw new ImportException(fileName + ": line " + p.currentTokenLocation().getLineNr()
                                    + ": unknown field '" + name + "'" + (DATASET_SECTIONS.contains(name)
                                            ? " (a dataset's export with its history: import it with 'import'"
                                            + ", which restores the dataset whole)" : ""));
                        }
                        sections.put(name, trees.readTree(p));
                    }
                }
            }
            expect(formatSeen, p, fileName, "not an Incident Atlas file (no \"format\": \"" + NativeJson.FORMAT
                    + "\")");
            expect(p.nextToken() == null, p, fileName, "unexpected content after the document");
        } catch (JsonProcessingException e) {
            long line = (e.getLocation() == null ? p.currentLocation() : e.getLocation()).getLineNr();
            throw new ImportException(fileName + ": line " + line + where(p) + ": broken JSON: "
                    + e.getOriginalMessage(), e);
        }
        progress.progress(read, read, read + " records read");
        return read;
    }

    /** The JSON path the parser had reached, e.g. {@code , at /incidents/3/place/name}. */
    private static String where(JsonParser p) {
        String pointer = p.getParsingContext().pathAsPointer().toString();
        return pointer.isEmpty() ? "" : ", at " + pointer;
    }

    private static void expect(boolean condition, JsonParser p, String fileName, String message)
            throws ImportException {
        if (!condition) {
            throw new ImportException(fileName + ": line " + p.currentTokenLocation().getLineNr() + ": " + message);
        }
    }

    /** The JSON path inside the incident, e.g. {@code place.latitude}. */
    static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.isEmpty() ? null : b.toString();
    }

    /**
     * Narrows the path of the record that refused a value to the field its message names: the domain's messages start
     * with the field, e.g. "place.latitude must be ..." inside {@code place}, or "low must not be ..." inside
     * {@code casualties.deaths}.
     */
    static String field(String path, Class<?> record, String reason) {
        Matcher m = LEADING_FIELD.matcher(reason == null ? "" : reason);
        if (path == null || !m.find()) {
            return path;
        }
        String named = m.group(1);
        int dot = path.lastIndexOf('.');
        String last = path.substring(dot + 1);
        if (named.startsWith(last + ".")) {
            return path.substring(0, dot + 1) + named;
        }
        boolean component = record != null && record.isRecord() && Arrays.stream(record.getRecordComponents())
                .anyMatch(rc -> rc.getName().equals(named));
        return component ? path + "." + named : path;
    }

    /** The record type whose constructor refused a value, if that is what failed. */
    static Class<?> refusedBy(JsonMappingException e) {
        return e instanceof ValueInstantiationException v && v.getType() != null ? v.getType().getRawClass() : null;
    }

    /** The domain's own message where a record refused a value, else Jackson's. */
    static String reason(JsonMappingException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof IllegalArgumentException) {
            return cause.getMessage();
        }
        return e.getOriginalMessage();
    }
}

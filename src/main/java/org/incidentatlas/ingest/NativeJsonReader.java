package org.incidentatlas.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import org.incidentatlas.domain.Incident;

/**
 * Reads the app's own JSON format ({@link NativeJson}). The document is streamed: one incident is held as a tree at a
 * time, so a bad incident becomes a {@link Rejection} with its line and JSON path while the rest are read on.
 */
public final class NativeJsonReader implements IncidentReader {
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
                                sink.reject(new Rejection(where, path(e), reason(e)));
                                continue;
                            } finally {
                                if (read % 500 == 0) {
                                    progress.progress(read, -1, read + " records read");
                                }
                            }
                            sink.accept(incident, where);
                        }
                    }
                    default -> throw new ImportException(fileName + ": line "
                            + p.currentTokenLocation().getLineNr() + ": unknown field '" + name + "'");
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
    private static String path(JsonMappingException e) {
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

    /** The domain's own message where a record refused a value, else Jackson's. */
    private static String reason(JsonMappingException e) {
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

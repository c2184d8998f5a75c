package org.incidentatlas.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dataset's further attributes of an incident (e.g. GED's conflict and dyad ids), stored as one JSON object of
 * strings in the incident row: they are an open set that differs by dataset, read with the incident and never
 * queried one by one, so a row per attribute would only make imports slower.
 */
final class Attributes {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Attributes() {
    }

    static String toJson(Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        // Written token by token: an import writes a million of these, and the object mapper's way through its
        // serializers for a map cost more than the rest of the row.
        StringWriter out = new StringWriter(32 * attributes.size());
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, String> e : new TreeMap<>(attributes).entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write attributes", e);
        }
        return out.toString();
    }

    /** Reads the object back; a streaming read, since an export reads a million of them. */
    static Map<String, String> fromJson(String json) {
        if (json == null) {
            return Map.of();
        }
        try (JsonParser p = JSON.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new StoreException("Stored attributes are not a JSON object: " + json, null);
            }
            TreeMap<String, String> out = new TreeMap<>();
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                if (p.nextToken() != JsonToken.VALUE_STRING) {
                    throw new StoreException("Stored attribute " + name + " is not a string: " + json, null);
                }
                out.put(name, p.getText());
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("Stored attributes are not valid JSON: " + e.getMessage(), e);
        }
    }
}

package org.incidentatlas.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dataset's further attributes of an incident (e.g. GED's conflict and dyad ids), stored as one JSON object of
 * strings in the incident row: they are an open set that differs by dataset, read with the incident and never
 * queried one by one, so a row per attribute would only make imports slower.
 */
final class Attributes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> TYPE = new TypeReference<>() {
    };

    private Attributes() {
    }

    static String toJson(Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(new TreeMap<>(attributes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write attributes", e);
        }
    }

    static Map<String, String> fromJson(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new StoreException("Stored attributes are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}

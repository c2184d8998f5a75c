package org.incidentatlas.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.incidentatlas.ingest.NativeJson;

/** The bundled curated JSON records with new ids, as a tree to change and as pretty-printed text. */
final class JsonSample {
    private final ObjectNode doc;

    private JsonSample(ObjectNode doc) {
        this.doc = doc;
    }

    static JsonSample load() throws IOException {
        ObjectNode doc = (ObjectNode) NativeJson.mapper().readTree(Path.of("data", "curated", "iraq-2021.json")
                .toFile());
        int n = 0;
        for (JsonNode incident : doc.get("incidents")) {
            ((ObjectNode) incident.get("provenance")).put("originalId", "reliability-test-" + n++);
        }
        return new JsonSample(doc);
    }

    int size() {
        return doc.get("incidents").size();
    }

    ObjectNode copy() {
        return doc.deepCopy();
    }

    String text() {
        return pretty(doc);
    }

    /** The document with its first incident repeated at the end. */
    String withDuplicateId() {
        ObjectNode copy = copy();
        ArrayNode incidents = (ArrayNode) copy.get("incidents");
        incidents.add(incidents.get(0).deepCopy());
        return pretty(copy);
    }

    static String pretty(JsonNode node) {
        try {
            return NativeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

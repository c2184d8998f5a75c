package org.incidentatlas.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.domain.Change;
import org.incidentatlas.domain.Edit;
import org.incidentatlas.domain.EditKind;
import org.incidentatlas.domain.IncidentId;

/**
 * The history of changes as JSON: what {@code history --json} prints and what a dataset's native JSON export carries.
 * Each change is {@code {"edit", "incident", "dataset", "at", "kind", "reverts", "undone", "note", "changes":
 * [{"field", "old", "new"}]}}, the old and new values as JSON values (absent when the field had none).
 */
public final class EditHistoryJson {
    private EditHistoryJson() {
    }

    public static ArrayNode toJson(List<Edit> edits) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Edit e : edits) {
            ObjectNode o = array.addObject();
            o.put("edit", e.id());
            o.put("incident", e.incident().toString());
            o.put("dataset", e.dataset());
            o.put("at", e.at().toString());
            o.put("kind", e.kind().name());
            if (e.reverts() != null) {
                o.put("reverts", e.reverts());
            }
            o.put("undone", e.undone());
            if (e.note() != null) {
                o.put("note", e.note());
            }
            ArrayNode changes = o.putArray("changes");
            for (Change c : e.changes()) {
                ObjectNode ch = changes.addObject();
                ch.put("field", c.field());
                if (c.before() != null) {
                    ch.set("old", tree(c.before()));
                }
                if (c.after() != null) {
                    ch.set("new", tree(c.after()));
                }
            }
        }
        return array;
    }

    /**
     * Reads a history written by {@link #toJson}.
     *
     * @throws EditException naming the entry and field that cannot be read
     */
    public static List<Edit> fromJson(JsonNode array) {
        List<Edit> out = new ArrayList<>();
        if (!array.isArray()) {
            throw new EditException("history", "history must be an array");
        }
        for (int k = 0; k < array.size(); k++) {
            JsonNode o = array.get(k);
            String where = "history[" + k + "]";
            try {
                List<Change> changes = new ArrayList<>();
                for (JsonNode ch : o.path("changes")) {
                    changes.add(new Change(text(ch, "field", where), ch.has("old") ? ch.get("old").toString() : null,
                            ch.has("new") ? ch.get("new").toString() : null));
                }
                out.add(new Edit(o.path("edit").asLong(), text(o, "dataset", where),
                        IncidentId.parse(text(o, "incident", where)), Instant.parse(text(o, "at", where)),
                        EditKind.valueOf(text(o, "kind", where)), o.has("reverts") ? o.get("reverts").asLong() : null,
                        o.path("undone").asBoolean(false), o.has("note") ? o.get("note").asText() : null, changes));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new EditException(where, where + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static String text(JsonNode o, String field, String where) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw new EditException(where + "." + field, where + "." + field + " is required and must be text");
        }
        return v.asText();
    }

    private static JsonNode tree(String json) {
        try {
            return NativeJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept value is not JSON: " + json, e);
        }
    }
}

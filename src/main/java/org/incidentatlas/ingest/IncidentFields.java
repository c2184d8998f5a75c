package org.incidentatlas.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.domain.Change;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Source;

/**
 * An incident's fields as the native JSON names them, dotted ({@code casualties.deaths.best}, {@code place.latitude},
 * {@code dates.start}; a report is {@code sourcing.reports[2]}): read, compared, and set with the same checks and
 * messages as an import.
 */
public final class IncidentFields {
    /** The whole record: a change of this field creates or removes the incident. */
    public static final String WHOLE = "*";

    private static final Pattern STEP = Pattern.compile("([a-zA-Z][a-zA-Z0-9]*)(?:\\[(\\d{1,6})])?");

    private IncidentFields() {
    }

    /** Every field with a value, to its value as JSON text; a report is one field. */
    public static Map<String, String> flatten(Incident incident) {
        Map<String, String> out = new TreeMap<>();
        if (incident != null) {
            flatten(mapper().valueToTree(incident), "", out);
        }
        return out;
    }

    /** The fields that differ between two states of an incident, by name. */
    public static List<Change> diff(Incident before, Incident after) {
        Map<String, String> a = flatten(before);
        Map<String, String> b = flatten(after);
        TreeMap<String, Change> changes = new TreeMap<>();
        for (Map.Entry<String, String> e : a.entrySet()) {
            if (!Objects.equals(e.getValue(), b.get(e.getKey()))) {
                changes.put(e.getKey(), new Change(e.getKey(), e.getValue(), b.get(e.getKey())));
            }
        }
        for (Map.Entry<String, String> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                changes.put(e.getKey(), new Change(e.getKey(), null, e.getValue()));
            }
        }
        return new ArrayList<>(changes.values());
    }

    /**
     * The incident with {@code field} set to {@code value} as typed on a command line: a number, {@code true} or
     * {@code false} where the field takes one, else text; empty text removes the field.
     *
     * @throws EditException when the field is unknown or the value is refused, naming the field
     */
    public static Incident set(Incident incident, String field, String value) throws EditException {
        ObjectNode tree = mapper().valueToTree(incident);
        JsonNode current = at(tree, field);
        JsonNode typed;
        if (value.isEmpty()) {
            typed = null;
        } else if (current != null && current.isTextual()) {
            typed = TextNode.valueOf(value);
        } else {
            typed = parse(value);
        }
        put(tree, field, typed);
        return read(tree);
    }

    /** Applies changes to an incident (null: none yet) in the direction asked: their new values, or their old. */
    public static Incident apply(Incident incident, List<Change> changes, boolean forward) throws EditException {
        ObjectNode tree = incident == null ? JsonNodeFactory.instance.objectNode() : mapper().valueToTree(incident);
        ObjectNode result = applyTo(tree, changes, forward);
        return result == null ? null : read(result);
    }

    /**
     * Applies changes named {@code LIST[i]} to a list of reports, e.g. a researcher's reports on an incident of
     * another dataset.
     */
    public static List<Source> applyToReports(String list, List<Source> reports, List<Change> changes,
            boolean forward) throws EditException {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        ArrayNode array = tree.putArray(list);
        for (Source r : reports) {
            array.add(mapper().<JsonNode>valueToTree(r));
        }
        applyTo(tree, changes, forward);
        List<Source> out = new ArrayList<>();
        int k = 0;
        for (JsonNode node : tree.path(list)) {
            out.add(read(node.toString(), Source.class, list + "[" + k++ + "]"));
        }
        return out;
    }

    private static ObjectNode applyTo(ObjectNode start, List<Change> changes, boolean forward) {
        ObjectNode tree = start;
        List<Change> ordered = new ArrayList<>(changes);
        // Removals from the end of an array first, so the positions of the others still hold; then the rest in order.
        ordered.sort(Comparator.comparing((Change c) -> (forward ? c.after() : c.before()) != null)
                .thenComparing(c -> (forward ? c.after() : c.before()) == null ? -index(c.field()) : index(c.field()))
                .thenComparing(Change::field));
        for (Change c : ordered) {
            String value = forward ? c.after() : c.before();
            if (WHOLE.equals(c.field())) {
                if (value == null) {
                    return null;
                }
                tree = (ObjectNode) parseTree(value);
            } else {
                put(tree, c.field(), value == null ? null : parseTree(value));
            }
        }
        return tree;
    }

    /** The incident as JSON text (one line), as a {@link #WHOLE} change keeps it. */
    public static String json(Object value) {
        try {
            return mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A value kept as JSON text, read back as {@code type} with the import's checks. */
    public static <T> T read(String json, Class<T> type, String field) throws EditException {
        try {
            return mapper().treeToValue(parseTree(json), type);
        } catch (JsonMappingException e) {
            throw refused(e, field);
        } catch (JsonProcessingException e) {
            throw new EditException(field, field + ": " + e.getOriginalMessage());
        }
    }

    private static Incident read(ObjectNode tree) throws EditException {
        try {
            return mapper().treeToValue(tree, Incident.class);
        } catch (JsonMappingException e) {
            throw refused(e, null);
        } catch (JsonProcessingException e) {
            throw new EditException(null, e.getOriginalMessage());
        }
    }

    private static EditException refused(JsonMappingException e, String prefix) {
        String reason = NativeJsonReader.reason(e);
        String path = NativeJsonReader.field(NativeJsonReader.path(e), NativeJsonReader.refusedBy(e), reason);
        String field = prefix == null ? path : path == null ? prefix : prefix + "." + path;
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            reason = "unknown field '" + u.getPropertyName() + "'";
        }
        String message = field == null || reason.startsWith(field) ? reason : field + ": " + reason;
        return new EditException(field, message);
    }

    private static void flatten(JsonNode node, String path, Map<String, String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                flatten(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.put(path + "[" + i + "]", node.get(i).toString());
            }
        } else if (!node.isNull()) {
            out.put(path, node.toString());
        }
    }

    private static JsonNode at(JsonNode tree, String field) {
        JsonNode node = tree;
        for (String step : field.split("\\.", -1)) {
            Matcher m = STEP.matcher(step);
            if (node == null || !m.matches()) {
                return null;
            }
            node = node.get(m.group(1));
            if (m.group(2) != null && node != null) {
                node = node.get(Integer.parseInt(m.group(2)));
            }
        }
        return node;
    }

    /** Sets (or, for null, removes) the value at a dotted path, making the objects on the way. */
    private static void put(ObjectNode tree, String field, JsonNode value) throws EditException {
        String[] steps = field.split("\\.", -1);
        ObjectNode parent = tree;
        for (int k = 0; k < steps.length; k++) {
            Matcher m = STEP.matcher(steps[k]);
            if (!m.matches()) {
                throw new EditException(field, "'" + field + "' is not a field name (expected e.g. "
                        + "casualties.deaths.best or place.latitude)");
            }
            String name = m.group(1);
            boolean last = k == steps.length - 1;
            if (m.group(2) != null) {
                int index = Integer.parseInt(m.group(2));
                JsonNode existing = parent.get(name);
                ArrayNode array = existing instanceof ArrayNode a ? a : parent.putArray(name);
                if (index > array.size() || (index == array.size() && !(last && value != null))) {
                    throw new EditException(field, field + ": there is no item " + index + " (the list has "
                            + array.size() + ")");
                }
                if (last) {
                    if (value == null) {
                        array.remove(index);
                    } else if (index == array.size()) {
                        array.add(value);
                    } else {
                        array.set(index, value);
                    }
                    return;
                }
                JsonNode item = array.get(index);
                if (!(item instanceof ObjectNode o)) {
                    throw new EditException(field, field + ": item " + index + " is not an object");
                }
                parent = o;
            } else if (last) {
                if (value == null) {
                    parent.remove(name);
                } else {
                    parent.set(name, value);
                }
            } else {
                JsonNode next = parent.get(name);
                parent = next instanceof ObjectNode o ? o : parent.putObject(name);
            }
        }
    }

    private static int index(String field) {
        int open = field.lastIndexOf('[');
        return open < 0 || !field.endsWith("]") ? 0 : Integer.parseInt(field.substring(open + 1, field.length() - 1));
    }

    private static JsonNode parse(String value) {
        try {
            JsonNode node = mapper().readTree(value);
            return node == null ? TextNode.valueOf(value) : node;
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(value);
        }
    }

    private static JsonNode parseTree(String json) {
        try {
            return mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept value is not JSON: " + json, e);
        }
    }

    private static ObjectMapper mapper() {
        return NativeJson.mapper();
    }
}

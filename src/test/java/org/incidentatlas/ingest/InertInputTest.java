package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.SampleIncidents;
import org.incidentatlas.domain.ViolenceType;
import org.junit.jupiter.api.Test;

/** The control-character check finds a forbidden character in any text of a record, however deep. */
class InertInputTest {
    @Test
    void aControlCharacterInAnyTextOfARecordIsFound() throws Exception {
        Incident full = SampleIncidents.full("curated", "c-1");
        assertNull(InertInput.check(full, "line 2"));
        ObjectNode tree = NativeJson.mapper().valueToTree(full);
        List<String> paths = new ArrayList<>();
        texts(tree, "", paths);
        assertTrue(paths.size() > 20, paths.toString());
        int checked = 0;
        for (String path : paths) {
            ObjectNode spoiled = tree.deepCopy();
            spoil(spoiled, path);
            Incident incident;
            try {
                incident = NativeJson.mapper().treeToValue(spoiled, Incident.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                continue;
            }
            Rejection r = InertInput.check(incident, "line 2");
            assertNotNull(r, path);
            assertEquals("line 2", r.location());
            assertTrue(r.reason().contains("U+0007"), r.reason());
            checked++;
        }
        assertTrue(checked > 20, "only " + checked + " texts could hold a control character");
    }

    @Test
    void onlyTypesThatCannotHoldTextAreSkipped() {
        List<Class<?>> text = List.of(String.class, List.class, ArrayList.class, Map.class, Place.class, Object.class,
                CharSequence.class);
        for (Class<?> type : text) {
            assertTrue(InertInput.mayHoldText(type), type.getName());
        }
        List<Class<?>> none = List.of(int.class, double.class, Integer.class, Double.class, Boolean.class,
                LocalDate.class, ViolenceType.class);
        for (Class<?> type : none) {
            assertFalse(InertInput.mayHoldText(type), type.getName());
        }
    }

    /** The paths of every text value in the tree, as field names and array positions. */
    private static void texts(JsonNode node, String path, List<String> out) {
        if (node.isTextual()) {
            out.add(path);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                texts(node.get(i), path + "/" + i, out);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                texts(f.getValue(), path + "/" + f.getKey(), out);
            }
        }
    }

    /** Puts a BEL into the middle of the text at {@code path}. */
    private static void spoil(ObjectNode tree, String path) {
        int cut = path.lastIndexOf('/');
        JsonNode parent = tree.at(path.substring(0, cut));
        String last = path.substring(cut + 1);
        String text = tree.at(path).asText();
        String spoiled = text.substring(0, text.length() / 2) + "\u0007" + text.substring(text.length() / 2);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), spoiled);
        } else {
            ((ObjectNode) parent).put(last, spoiled);
        }
    }
}

package org.incidentatlas.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.AttachedReport;
import org.incidentatlas.domain.Edit;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.domain.Source;

/**
 * A researcher's dataset in the native JSON, whole: the incident document of {@link NativeJson} with three more
 * sections, so that another database gets exactly the same coding:
 * <pre>
 * {"format": "incident-atlas", "formatVersion": 1,
 *  "dataset": {"name": "mine", "citation": "...", "editable": true},
 *  "incidents": [...],
 *  "history": [ as history --json prints it ],
 *  "attachedReports": [{"incident": "ucdp-ged:114064", "report": { a report as in "sourcing.reports" }}]}
 * </pre>
 */
public final class DatasetJson {
    static final String DATASET = "dataset";
    static final String HISTORY = "history";
    static final String ATTACHED_REPORTS = "attachedReports";

    private DatasetJson() {
    }

    /**
     * One dataset with everything kept about it.
     *
     * @param name      the dataset's name
     * @param citation  how to cite it, or null
     * @param incidents its incidents
     * @param history   every edit kept in it, oldest first
     * @param reports   its reports on other datasets' incidents
     */
    public record DatasetFile(String name, String citation, List<Incident> incidents, List<Edit> history,
            List<AttachedReport> reports) {
        public DatasetFile {
            incidents = List.copyOf(incidents);
            history = List.copyOf(history);
            reports = List.copyOf(reports);
        }
    }

    /** Writes the dataset as one native JSON document. */
    public static void write(DatasetFile data, OutputStream out) throws IOException {
        ObjectMapper mapper = NativeJson.mapper();
        try (JsonGenerator g = mapper.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", NativeJson.FORMAT);
            g.writeNumberField("formatVersion", NativeJson.FORMAT_VERSION);
            g.writeObjectFieldStart(DATASET);
            g.writeStringField("name", data.name());
            if (data.citation() != null) {
                g.writeStringField("citation", data.citation());
            }
            g.writeBooleanField("editable", true);
            g.writeEndObject();
            g.writeArrayFieldStart("incidents");
            for (Incident i : data.incidents()) {
                mapper.writeValue(g, i);
            }
            g.writeEndArray();
            g.writeFieldName(HISTORY);
            mapper.writeTree(g, EditHistoryJson.toJson(data.history()));
            g.writeArrayFieldStart(ATTACHED_REPORTS);
            for (AttachedReport r : data.reports()) {
                g.writeStartObject();
                g.writeStringField("incident", r.incident().toString());
                g.writeFieldName("report");
                mapper.writeValue(g, r.report());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** Whether the file is a dataset's export (a native JSON document with a {@code "dataset"} section). */
    public static boolean isDatasetFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                JsonParser p = NativeJson.mapper().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (DATASET.equals(p.currentName())) {
                    return true;
                }
                p.nextToken();
                p.skipChildren();
            }
            return false;
        } catch (com.fasterxml.jackson.core.JsonProcessingException | java.nio.file.NoSuchFileException e) {
            // Not JSON, or not there: the importer says which.
            return false;
        }
    }

    /**
     * Reads a dataset's export whole, checking every incident as an import checks it and every history entry and
     * attached report.
     *
     * @return the dataset, or the rejections (with where and why) when any part is bad
     */
    public static Read read(InputStream in, String fileName) throws ImportException, IOException {
        Map<String, JsonNode> sections = new HashMap<>();
        ParsedFile parsed = new NativeJsonReader(sections).read(in, fileName, ProgressListener.NONE);
        List<Rejection> rejections = new ArrayList<>(parsed.rejections());
        JsonNode dataset = sections.get(DATASET);
        String name = dataset == null ? null : text(dataset, "name");
        if (name == null) {
            throw new ImportException(fileName + ": " + DATASET + ".name is required and must be text");
        }
        String citation = text(dataset, "citation");
        List<Edit> history = List.of();
        if (sections.containsKey(HISTORY)) {
            try {
                history = EditHistoryJson.fromJson(sections.get(HISTORY));
            } catch (EditException e) {
                rejections.add(new Rejection(HISTORY, null, e.getMessage()));
            }
        }
        for (int k = 0; k < history.size(); k++) {
            Rejection control = InertInput.check(history.get(k), HISTORY + "[" + k + "]");
            if (control != null) {
                rejections.add(control);
            }
        }
        List<AttachedReport> reports = attached(sections.get(ATTACHED_REPORTS), name, rejections);
        for (Incident i : parsed.incidents()) {
            if (!i.provenance().dataset().equals(name)) {
                rejections.add(new Rejection("incident " + i.id(), "provenance.dataset", "the incident belongs to '"
                        + i.provenance().dataset() + "', not to the dataset '" + name + "' the file holds"));
            }
        }
        for (int k = 0; k < history.size(); k++) {
            if (!history.get(k).dataset().equals(name)) {
                rejections.add(new Rejection("history[" + k + "]", "dataset", "the change belongs to '"
                        + history.get(k).dataset() + "', not to the dataset '" + name + "' the file holds"));
            }
        }
        return new Read(new DatasetFile(name, citation, parsed.incidents(), history, reports), parsed.recordsRead(),
                rejections);
    }

    /** What {@link #read} made of a file: the dataset, how many incidents were read, and what was refused. */
    public record Read(DatasetFile dataset, long incidentsRead, List<Rejection> rejections) {
        public Read {
            rejections = List.copyOf(rejections);
        }
    }

    private static List<AttachedReport> attached(JsonNode array, String dataset, List<Rejection> rejections) {
        List<AttachedReport> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        if (!array.isArray()) {
            rejections.add(new Rejection(ATTACHED_REPORTS, null, ATTACHED_REPORTS + " must be an array"));
            return out;
        }
        for (int k = 0; k < array.size(); k++) {
            String where = ATTACHED_REPORTS + "[" + k + "]";
            JsonNode o = array.get(k);
            try {
                String incident = text(o, "incident");
                if (incident == null || !o.has("report")) {
                    throw new IllegalArgumentException("needs \"incident\" (an id as text) and \"report\"");
                }
                Source report = NativeJson.mapper().treeToValue(o.get("report"), Source.class);
                AttachedReport r = new AttachedReport(dataset, IncidentId.parse(incident), report);
                Rejection control = InertInput.check(r.report(), where);
                if (control != null) {
                    rejections.add(control);
                } else {
                    out.add(r);
                }
            } catch (JsonMappingException e) {
                String reason = NativeJsonReader.reason(e);
                rejections.add(new Rejection(where, NativeJsonReader.field(NativeJsonReader.path(e),
                        NativeJsonReader.refusedBy(e), reason), reason));
            } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
                rejections.add(new Rejection(where, null, e.getMessage()));
            }
        }
        return out;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o == null ? null : o.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}

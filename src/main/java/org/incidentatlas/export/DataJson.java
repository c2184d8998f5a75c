package org.incidentatlas.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.Figure;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ReportedFigures;
import org.incidentatlas.domain.Source;

/** The JSON shapes shared by the data exports: an incident's properties, its casualties and its sources. */
final class DataJson {
    static final JsonFactory FACTORY = new JsonFactory();

    private DataJson() {
    }

    /** Writes the fields of an incident's properties object (the caller opens and closes the object). */
    static void properties(JsonGenerator g, Incident i) throws IOException {
        g.writeStringField("id", i.id().toString());
        g.writeStringField("dataset", i.provenance().dataset());
        optional(g, "datasetVersion", i.provenance().version());
        g.writeStringField("originalId", i.provenance().originalId());
        optional(g, "licence", i.provenance().licence());
        g.writeStringField("dateStart", i.dates().start().toString());
        g.writeStringField("dateEnd", i.dates().end().toString());
        g.writeStringField("datePrecision", i.dates().precision().words());
        g.writeNumberField("typeOfViolence", i.type().gedCode());
        g.writeStringField("typeOfViolenceName", i.type().words());
        g.writeStringField("category", i.category().words());
        g.writeStringField("sideA", i.actors().sideA());
        optional(g, "sideB", i.actors().sideB());
        g.writeStringField("claim", i.actors().claim().words());
        optional(g, "method", i.method());
        optional(g, "place", i.place().name());
        optional(g, "adm1", i.place().adm1());
        optional(g, "adm2", i.place().adm2());
        g.writeStringField("locationPrecision", i.place().precision().words());
        Casualties c = i.casualties();
        g.writeObjectFieldStart("deaths");
        estimateFields(g, c.deaths());
        g.writeNumberField("sideA", c.deathsSideA());
        g.writeNumberField("sideB", c.deathsSideB());
        g.writeNumberField("civilians", c.deathsCivilians());
        g.writeNumberField("unknown", c.deathsUnknown());
        g.writeEndObject();
        estimate(g, "wounded", c.wounded());
        estimate(g, "missing", c.missing());
        g.writeNumberField("sourceCount", i.sourcing().reports().size());
        g.writeArrayFieldStart("sources");
        for (Source s : i.sourcing().reports()) {
            source(g, s);
        }
        g.writeEndArray();
        optional(g, "note", i.note());
    }

    /** The sources of an incident as a JSON array (for a CSV cell). */
    static String sourcesJson(List<Source> reports) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartArray();
            for (Source s : reports) {
                source(g, s);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static void source(JsonGenerator g, Source s) throws IOException {
        g.writeStartObject();
        optional(g, "outlet", s.outlet());
        optional(g, "published", s.published() == null ? null : s.published().toString());
        optional(g, "title", s.title());
        optional(g, "url", s.url());
        optional(g, "language", s.language());
        optional(g, "quoted", s.quoted());
        optional(g, "passage", s.passage());
        ReportedFigures f = s.figures();
        if (f != null) {
            g.writeObjectFieldStart("figures");
            figure(g, "killed", f.killed());
            figure(g, "wounded", f.wounded());
            figure(g, "missing", f.missing());
            g.writeEndObject();
        }
        optional(g, "note", s.note());
        g.writeEndObject();
    }

    private static void figure(JsonGenerator g, String name, Figure f) throws IOException {
        if (f == null) {
            return;
        }
        g.writeObjectFieldStart(name);
        if (f.low() != null) {
            g.writeNumberField("low", f.low());
        }
        if (f.high() != null) {
            g.writeNumberField("high", f.high());
        }
        optional(g, "reported", f.reported());
        g.writeEndObject();
    }

    private static void estimate(JsonGenerator g, String name, Estimate e) throws IOException {
        if (e == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        estimateFields(g, e);
        g.writeEndObject();
    }

    private static void estimateFields(JsonGenerator g, Estimate e) throws IOException {
        g.writeNumberField("low", e.low());
        g.writeNumberField("best", e.best());
        g.writeNumberField("high", e.high());
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}

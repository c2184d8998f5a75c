package org.incidentatlas.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.incidentatlas.json.StrictJson;
import org.incidentatlas.render.BasemapKind;

/**
 * The JSON mapper of view files (and of the filters the window remembers), owned by export since the view format is
 * its own contract, apart from the incident files that ingest reads: the app's {@link StrictJson} rules, with
 * nesting at most 32 deep and the basemap's kind written by its lower-case name.
 */
final class ViewJson {
    static final ObjectMapper MAPPER = create();

    private ViewJson() {
    }

    private static ObjectMapper create() {
        SimpleModule kinds = new SimpleModule("view-basemap-kinds");
        kinds.addSerializer(BasemapKind.class, new KindSerializer());
        kinds.addDeserializer(BasemapKind.class, new KindDeserializer());
        return StrictJson.builder(32).addModule(kinds).build();
    }

    /** A basemap kind is written by its lower-case name, as every version of the format has written it. */
    private static final class KindSerializer extends JsonSerializer<BasemapKind> {
        @Override
        public void serialize(BasemapKind value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeString(value.id());
        }
    }

    private static final class KindDeserializer extends JsonDeserializer<BasemapKind> {
        @Override
        public BasemapKind deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (BasemapKind) ctxt.handleUnexpectedToken(BasemapKind.class, p);
            }
            try {
                return BasemapKind.of(p.getText());
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(p, e.getMessage(), p.getText(), BasemapKind.class);
            }
        }
    }
}

package org.incidentatlas.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.incidentatlas.render.BasemapKind;

/**
 * The JSON rules of view files (and of the filters the window remembers), owned by export since the view format is
 * its own contract, apart from the incident files that ingest reads: strict (unknown fields, duplicate keys,
 * trailing text and absurd sizes are refused) and days written as ISO text ({@code 2021-07-25}).
 */
final class ViewJson {
    static final ObjectMapper MAPPER = create();

    private ViewJson() {
    }

    private static ObjectMapper create() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32)
                        .maxStringLength(1_000_000).maxNumberLength(32).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        SimpleModule days = new SimpleModule("view-days");
        days.addSerializer(LocalDate.class, new DaySerializer());
        days.addDeserializer(LocalDate.class, new DayDeserializer());
        days.addSerializer(BasemapKind.class, new KindSerializer());
        days.addDeserializer(BasemapKind.class, new KindDeserializer());
        return JsonMapper.builder(factory)
                .addModule(days)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // A number written as text, or text as a number, is refused rather than converted.
                .withCoercionConfig(LogicalType.Integer, ViewJson::noText)
                .withCoercionConfig(LogicalType.Float, ViewJson::noText)
                .withCoercionConfig(LogicalType.Boolean, ViewJson::noText)
                .withCoercionConfig(LogicalType.Textual, ViewJson::onlyText)
                .build();
    }

    private static void noText(MutableCoercionConfig config) {
        config.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }

    private static void onlyText(MutableCoercionConfig config) {
        config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        config.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    private static final class DaySerializer extends JsonSerializer<LocalDate> {
        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
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

    private static final class DayDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException | NullPointerException e) {
                throw ctxt.weirdStringException(text, LocalDate.class, "not a date (expected YYYY-MM-DD)");
            }
        }
    }
}

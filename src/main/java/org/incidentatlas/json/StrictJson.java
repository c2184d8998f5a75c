package org.incidentatlas.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The JSON rules every file the app reads follows, incident files and view files alike, set in one place: unknown
 * fields, duplicate keys, trailing text, absurd sizes and a missing number are refused; a value must have its field's
 * own JSON type ({@code "best": "13"} and {@code "zoom": "8"} are refused, not converted, and so is a number where
 * text belongs); days are ISO text ({@code 2021-07-25}) both ways, read by the one day reader below. Each format adds
 * its own types to the builder it gets.
 */
public final class StrictJson {
    private StrictJson() {
    }

    /**
     * A mapper builder with these rules.
     *
     * @param maxNestingDepth how deeply objects and arrays may nest in the format
     */
    public static JsonMapper.Builder builder(int maxNestingDepth) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxNestingDepth)
                        .maxStringLength(1_000_000)
                        .maxNumberLength(32)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        SimpleModule days = new SimpleModule("incident-atlas-days");
        days.addSerializer(LocalDate.class, new DaySerializer());
        days.addDeserializer(LocalDate.class, new DayDeserializer());
        return JsonMapper.builder(factory)
                .addModule(days)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Integer, StrictJson::noText)
                .withCoercionConfig(LogicalType.Float, StrictJson::noText)
                .withCoercionConfig(LogicalType.Boolean, StrictJson::noText)
                .withCoercionConfig(LogicalType.Textual, StrictJson::onlyText);
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

    /**
     * A day is text in ISO form and nothing else: Jackson's JSR-310 module, even in its strict mode, also takes an
     * array ({@code [2021, 7, 25]}) and text with spaces around it, and answers in words meant for a programmer.
     */
    private static final class DayDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            if (text == null) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ctxt.weirdStringException(text, LocalDate.class, "not a date (expected YYYY-MM-DD)");
            }
        }
    }
}

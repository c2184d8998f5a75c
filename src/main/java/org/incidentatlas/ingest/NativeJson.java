package org.incidentatlas.ingest;

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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.PartialDate;

/**
 * The app's own JSON format: a document {@code {"format": "incident-atlas", "formatVersion": 1, "incidents": [...]}}
 * whose incidents mirror the domain records. One shared, configured {@link ObjectMapper}.
 */
public final class NativeJson {
    public static final String FORMAT = "incident-atlas";
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = createMapper();

    private NativeJson() {
    }

    /** A document of incidents, as written to and read from files. */
    public record Document(String format, int formatVersion, List<Incident> incidents) {
        public static Document of(List<Incident> incidents) {
            return new Document(FORMAT, FORMAT_VERSION, incidents);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static void write(List<Incident> incidents, OutputStream out) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, Document.of(incidents));
    }

    public static String toJson(List<Incident> incidents) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Document.of(incidents));
        } catch (IOException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    /**
     * Like {@link #toJson} for a terminal: besides the controls JSON always escapes, DEL and the C1 controls (U+007F to
     * U+009F, which some terminals act on) are written as {@code \\u} escapes too. Read back, it is the same text.
     */
    public static String toTerminalJson(List<Incident> incidents) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().with(new C1Escapes()).writeValueAsString(
                    Document.of(incidents));
        } catch (IOException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    /** JSON's standard escapes, plus DEL and U+0080 to U+009F. */
    private static final class C1Escapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        C1Escapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return ch >= 0x80 && ch <= 0x9F ? new com.fasterxml.jackson.core.io.SerializedString(
                    String.format(java.util.Locale.ROOT, "\\u%04x", ch)) : null;
        }
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(1_000_000)
                        .maxNumberLength(32)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        SimpleModule dates = new SimpleModule("incident-atlas-dates");
        dates.addSerializer(LocalDate.class, new ToStringSerializer<>());
        dates.addDeserializer(LocalDate.class, new LocalDateDeserializer());
        dates.addSerializer(PartialDate.class, new ToStringSerializer<>());
        dates.addDeserializer(PartialDate.class, new PartialDateDeserializer());
        return JsonMapper.builder(factory)
                .addModule(dates)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .withCoercionConfig(LogicalType.Integer, NativeJson::noText)
                .withCoercionConfig(LogicalType.Float, NativeJson::noText)
                .withCoercionConfig(LogicalType.Boolean, NativeJson::noText)
                .withCoercionConfig(LogicalType.Textual, NativeJson::onlyText)
                .build();
    }

    /**
     * A value must have its field's own JSON type: {@code "latitude": "34.93"} and {@code "best": "13"} are refused
     * like {@code 13.5} and {@code true} are (Jackson would otherwise read the text as a number), and so is a number or
     * a boolean where text belongs. The refusal names the field.
     */
    private static void noText(MutableCoercionConfig config) {
        config.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }

    private static void onlyText(MutableCoercionConfig config) {
        config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        config.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    private static final class ToStringSerializer<T> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class LocalDateDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ctxt.weirdStringException(text, LocalDate.class, "not a date (expected YYYY-MM-DD)");
            }
        }
    }

    private static final class PartialDateDeserializer extends JsonDeserializer<PartialDate> {
        @Override
        public PartialDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            try {
                return PartialDate.parse(text);
            } catch (IllegalArgumentException e) {
                throw ctxt.weirdStringException(text, PartialDate.class, e.getMessage());
            }
        }
    }
}

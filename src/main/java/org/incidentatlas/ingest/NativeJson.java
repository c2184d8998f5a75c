package org.incidentatlas.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.PartialDate;
import org.incidentatlas.json.StrictJson;

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
        SimpleModule dates = new SimpleModule("incident-atlas-partial-dates");
        dates.addSerializer(PartialDate.class, new ToStringSerializer<>());
        dates.addDeserializer(PartialDate.class, new PartialDateDeserializer());
        return StrictJson.builder(64)
                .addModule(dates)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    private static final class ToStringSerializer<T> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
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

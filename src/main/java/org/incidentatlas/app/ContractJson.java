package org.incidentatlas.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.incidentatlas.ingest.NativeJson;

/**
 * The JSON the commands print for other tools: every key of a command's contract is written, {@code null} where the
 * value is not known, never left out (the shared mapper leaves nulls out of data files, which suits those, not a
 * contract a script reads by key).
 */
final class ContractJson {
    private static final ObjectWriter WRITER = NativeJson.mapper().copy()
            .setSerializationInclusion(JsonInclude.Include.ALWAYS).writer();

    private ContractJson() {
    }

    static String write(Object value) throws JsonProcessingException {
        return WRITER.writeValueAsString(value);
    }
}

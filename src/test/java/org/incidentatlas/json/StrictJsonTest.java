package org.incidentatlas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules every JSON format of the app shares, set once. */
class StrictJsonTest {
    record Sample(String name, int count, double share, boolean flag, LocalDate day) {
    }

    private static final ObjectMapper MAPPER = StrictJson.builder(4).build();
    private static final String GOOD =
            "{\"name\":\"a\",\"count\":1,\"share\":0.5,\"flag\":true,\"day\":\"1500-03-01\"}";

    @Test
    void aGoodValueReadsAndDaysAreWrittenAsIsoText() throws JsonProcessingException {
        Sample s = MAPPER.readValue(GOOD, Sample.class);
        assertEquals(new Sample("a", 1, 0.5, true, LocalDate.of(1500, 3, 1)), s);
        assertEquals(GOOD, MAPPER.writeValueAsString(s));
        assertEquals("{\"name\":\"a\",\"count\":1,\"share\":0.5,\"flag\":true}",
                MAPPER.writeValueAsString(new Sample("a", 1, 0.5, true, null)), "nulls are left out");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"count\":1,|\"count\":\"1\",", "\"count\":1,|\"count\":1.5,", "\"share\":0.5|\"share\":\"0.5\"",
        "\"flag\":true|\"flag\":\"true\"", "\"name\":\"a\"|\"name\":3", "\"name\":\"a\"|\"name\":false",
        "\"day\":\"1500-03-01\"|\"day\":\"1500-02-30\"", "\"day\":\"1500-03-01\"|\"day\":[1500,3,1]",
        "\"day\":\"1500-03-01\"|\"day\":\" 1500-03-01\"", "\"count\":1,|\"count\":null,",
        "\"name\":\"a\",|\"name\":\"a\",\"name\":\"b\",", "\"name\":\"a\",|\"name\":\"a\",\"colour\":\"red\","})
    void aValueOfTheWrongShapeIsRefused(String change) {
        String[] fromTo = change.split("\\|");
        assertTrue(GOOD.contains(fromTo[0]), change);
        assertThrows(JsonProcessingException.class, () -> MAPPER.readValue(GOOD.replace(fromTo[0], fromTo[1]),
                Sample.class));
    }

    @Test
    void trailingTextAndDeepNestingAreRefused() {
        assertThrows(JsonProcessingException.class, () -> MAPPER.readValue(GOOD + " {}", Sample.class));
        assertThrows(JsonProcessingException.class, () -> MAPPER.readTree("[[[[[1]]]]]"));
    }

    @Test
    void aDayThatIsNoneSaysWhatIsExpected() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> MAPPER.readValue(GOOD.replace("1500-03-01", "2018-12-32"), Sample.class));
        assertTrue(e.getOriginalMessage().contains("not a date (expected YYYY-MM-DD)"), e.getOriginalMessage());
    }
}

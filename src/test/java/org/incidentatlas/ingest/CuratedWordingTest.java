package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The curated records speak to a reader of the app: they cite every report by outlet, title and date, and never
 * point at files, folders or "material" that only the people who wrote them could see.
 */
class CuratedWordingTest {
    private static final Path RECORDS = Path.of("data", "curated", "iraq-2021.json");
    private static final Path NOTES = Path.of("data", "curated", "README.md");

    /** Words that send a reader to something the app does not show them. */
    private static final List<Pattern> UNFOLLOWABLE = List.of(
            Pattern.compile("supplied with"),
            Pattern.compile("source material"),
            Pattern.compile("sources? folder"),
            Pattern.compile("\\bfolder\\b"),
            Pattern.compile("the project\\b"),
            Pattern.compile("\\bseed\\b"),
            Pattern.compile("\\.txt\\b"),
            Pattern.compile("\\.\\./"),
            Pattern.compile("\\bshared/"),
            Pattern.compile("\\b(the|this|that) (wire )?article\\b"));

    @Test
    void noRecordTextSendsTheReaderSomewhereTheyCannotFollow() throws IOException {
        List<String> found = new ArrayList<>();
        collect(new ObjectMapper().readTree(RECORDS.toFile()), "$", found);
        assertEquals(List.of(), found);
    }

    @Test
    void theNotesOnTheRecordsCiteReportsTheSameWay() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(NOTES, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            check(lines.get(i), NOTES + " line " + (i + 1), found);
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckCatchesTheWordsItLooksFor() {
        List<String> found = new ArrayList<>();
        check("The wire article supplied with the project's source material", "old note", found);
        check("repeated by Rudaw and the article in the sources folder", "old sources", found);
        check("Daily Express, 5 September 2021, reprinting wire copy", "citation", found);
        assertEquals(List.of("old note", "old sources"),
                found.stream().map(f -> f.substring(0, f.indexOf(':'))).distinct().toList());
    }

    @Test
    void everyDailyExpressReportHasItsTitleAndDay() throws IOException {
        JsonNode incidents = new ObjectMapper().readTree(RECORDS.toFile()).get("incidents");
        int seen = 0;
        for (JsonNode incident : incidents) {
            for (JsonNode report : incident.path("sourcing").path("reports")) {
                if (report.path("outlet").asText().startsWith("Daily Express")) {
                    seen++;
                    assertEquals("ISIS attack kills 13 police officers: Terror group launch separate attacks on"
                            + " checkpoint", report.path("title").asText(), report.toString());
                    assertEquals("2021-09-05", report.path("published").asText(), report.toString());
                }
            }
        }
        assertTrue(seen == 3, "the Daily Express report is cited by all three records, found " + seen);
    }

    private static void collect(JsonNode node, String path, List<String> found) {
        if (node.isTextual()) {
            check(node.asText(), path, found);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", found);
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), path + "." + field.getKey(), found);
            }
        }
    }

    private static void check(String text, String where, List<String> found) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Pattern pattern : UNFOLLOWABLE) {
            if (pattern.matcher(lower).find()) {
                found.add(where + ": \"" + pattern.pattern() + "\" in: " + text);
            }
        }
    }
}

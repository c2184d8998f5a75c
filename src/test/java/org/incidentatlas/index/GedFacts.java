package org.incidentatlas.index;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.IncidentFacts;

/** The bundled GED events as {@link IncidentFacts}, read straight from the CSV (no database). */
public final class GedFacts {
    private GedFacts() {
    }

    public static List<IncidentFacts> read() throws IOException {
        List<IncidentFacts> facts = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(new File("data/ucdp_ged191_iraq.csv"))) {
            long row = 0;
            while (rows.hasNext()) {
                Map<String, String> r = rows.next();
                String text = String.join("\n", r.get("where_coordinates"), r.get("adm_1"), r.get("adm_2"),
                        r.get("side_a"), r.get("side_b"), r.get("source_office"), r.get("source_headline"));
                facts.add(new IncidentFacts(row++, "ucdp-ged", r.get("id"), day(r.get("date_start")),
                        day(r.get("date_end")), Integer.parseInt(r.get("date_prec")), r.get("where_coordinates"),
                        r.get("adm_1"), r.get("adm_2"), Double.parseDouble(r.get("latitude")),
                        Double.parseDouble(r.get("longitude")), Integer.parseInt(r.get("where_prec")),
                        r.get("side_a"), r.get("side_b").isBlank() ? null : r.get("side_b"),
                        Integer.parseInt(r.get("type_of_violence")), Integer.parseInt(r.get("low")),
                        Integer.parseInt(r.get("best")), Integer.parseInt(r.get("high")), 1, text,
                        "3".equals(r.get("type_of_violence")) ? 3 : 1, null, null));
            }
        }
        return facts;
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text.substring(0, 10));
    }
}

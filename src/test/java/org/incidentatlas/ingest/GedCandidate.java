package org.incidentatlas.ingest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The GED fixture's records rewritten in the layout of current UCDP GED releases and Candidate files, as UCDP's GED
 * codebook lists it: 49 columns in their order, dates with a time of day ("2014-06-10 00:00:00.000"),
 * {@code active_year} as true/false, {@code code_status} and {@code relid}, UCDP's own ids beside the new ones.
 */
final class GedCandidate {
    static final List<String> COLUMNS = List.of("id", "relid", "year", "active_year", "code_status",
            "type_of_violence", "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id",
            "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b",
            "number_of_sources", "source_article", "source_office", "source_date", "source_headline",
            "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude",
            "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
            "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high",
            "low", "gwnoa", "gwnob");

    private GedCandidate() {
    }

    /** The fixture's rows in the 49-column layout, each changed by {@code edit} (column name to value) first. */
    static String text(UnaryOperator<Map<String, String>> edit) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(GedSample.text())) {
            while (it.hasNext()) {
                Map<String, String> r = it.next();
                r.put("relid", "IRQ-" + r.get("year") + "-1-" + r.get("id"));
                r.put("active_year", "1".equals(r.get("active_year")) ? "true" : "false");
                r.put("code_status", "Clear");
                r.put("date_start", r.get("date_start") + " 00:00:00.000");
                r.put("date_end", r.get("date_end") + " 00:00:00.000");
                r.put("where_description", r.get("where_coordinates"));
                r.put("conflict_dset_id", r.get("conflict_new_id"));
                r.put("dyad_dset_id", r.get("dyad_new_id"));
                r.put("side_a_dset_id", r.get("side_a_new_id"));
                r.put("side_b_dset_id", r.get("side_b_new_id"));
                rows.add(edit.apply(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        try {
            new CsvMapper().enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS).writer(schema.build())
                    .writeValues(out).writeAll(rows.stream().map(r -> COLUMNS.stream()
                            .map(c -> r.getOrDefault(c, "")).toList()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

package org.incidentatlas.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Source;

/**
 * CSV with one row per incident: UCDP GED's column names where GED has the field (so tools made for GED read it),
 * then the wounded and missing, and the sources: GED-style packed columns ({@code source_article} as
 * {@code "outlet,date,headline"} entries joined by {@code ";"}, and the parallel {@code source_office},
 * {@code source_date}, {@code source_headline}), the addresses and the parties quoted, and every report with its own
 * figures in {@code sources_json}. RFC 4180 quoting, UTF-8.
 */
final class CsvData implements DataWriter {
    static final List<String> COLUMNS = List.of("id", "dataset", "dataset_version", "original_id", "licence",
            "year", "date_start", "date_end", "date_prec", "type_of_violence", "type_of_violence_name", "side_a",
            "side_b", "claim_status", "method", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude",
            "where_prec", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high",
            "wounded_low", "wounded_best", "wounded_high", "missing_low", "missing_best", "missing_high",
            "number_of_sources", "source_article", "source_office", "source_date", "source_headline", "source_url",
            "source_quoted", "sources_json", "note");
    private static final CsvMapper MAPPER = new CsvMapper();

    private final SequenceWriter rows;

    CsvData(OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String c : COLUMNS) {
            schema.addColumn(c);
        }
        rows = MAPPER.writer(schema.build()).without(com.fasterxml.jackson.core.JsonGenerator.Feature
                .AUTO_CLOSE_TARGET).with(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS).writeValues(out);
    }

    @Override
    public void write(Incident i) throws IOException {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(i.id().toString());
        row.add(i.provenance().dataset());
        row.add(i.provenance().version());
        row.add(i.provenance().originalId());
        row.add(i.provenance().licence());
        row.add(i.dates().start().getYear());
        row.add(i.dates().start().toString());
        row.add(i.dates().end().toString());
        row.add(i.dates().precision().gedCode());
        row.add(i.type().gedCode());
        row.add(i.type().words());
        row.add(i.actors().sideA());
        row.add(i.actors().sideB());
        row.add(i.actors().claim().name().toLowerCase(java.util.Locale.ROOT));
        row.add(i.method());
        row.add(i.place().name());
        row.add(i.place().adm1());
        row.add(i.place().adm2());
        row.add(i.place().latitude());
        row.add(i.place().longitude());
        row.add(i.place().precision().gedCode());
        Casualties c = i.casualties();
        row.add(c.deathsSideA());
        row.add(c.deathsSideB());
        row.add(c.deathsCivilians());
        row.add(c.deathsUnknown());
        estimate(row, c.deaths());
        estimate(row, c.wounded());
        estimate(row, c.missing());
        List<Source> reports = i.sourcing().reports();
        row.add(reports.size());
        row.add(reports.stream().map(s -> String.join(",", text(s.outlet()), date(s), text(s.title())))
                .collect(Collectors.joining(";")));
        row.add(join(reports, s -> text(s.outlet())));
        row.add(join(reports, CsvData::date));
        row.add(join(reports, s -> text(s.title())));
        row.add(join(reports, s -> text(s.url())));
        row.add(join(reports, s -> text(s.quoted())));
        row.add(DataJson.sourcesJson(reports));
        row.add(i.note());
        rows.write(row);
    }

    @Override
    public void finish() throws IOException {
        rows.flush();
        rows.close();
    }

    private static void estimate(List<Object> row, Estimate e) {
        row.add(e == null ? null : e.low());
        row.add(e == null ? null : e.best());
        row.add(e == null ? null : e.high());
    }

    private static String join(List<Source> reports, java.util.function.Function<Source, String> part) {
        return reports.stream().map(part).collect(Collectors.joining(";"));
    }

    private static String date(Source s) {
        return s.published() == null ? "" : s.published().toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}

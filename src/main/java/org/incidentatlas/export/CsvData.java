package org.incidentatlas.export;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Source;

/**
 * CSV with one row per incident: UCDP GED's column names where GED has the field (so tools made for GED read it),
 * then the wounded and missing, and the sources: GED-style packed columns ({@code source_article} as
 * {@code "outlet,date,headline"} entries joined by {@code ";"}, and the parallel {@code source_office},
 * {@code source_date}, {@code source_headline}), the addresses and the parties quoted, and every report with its own
 * figures in {@code sources_json}. RFC 4180 quoting, UTF-8; text cells that a spreadsheet would run as a formula get a
 * single quote in front ({@link #inertCell}).
 */
final class CsvData implements DataWriter {
    static final List<String> COLUMNS = List.of("id", "dataset", "dataset_version", "original_id", "licence",
            "year", "date_start", "date_end", "date_prec", "type_of_violence", "type_of_violence_name", "side_a",
            "side_b", "claim_status", "method", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude",
            "where_prec", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high",
            "wounded_low", "wounded_best", "wounded_high", "missing_low", "missing_best", "missing_high",
            "number_of_sources", "source_article", "source_office", "source_date", "source_headline", "source_url",
            "source_quoted", "sources_json", "note", "category");
    private static final CsvMapper MAPPER = new CsvMapper();

    private final CsvGenerator g;

    CsvData(OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String c : COLUMNS) {
            schema.addColumn(c);
        }
        g = MAPPER.getFactory().createGenerator(out);
        g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setSchema(schema.build());
    }

    @Override
    public void write(Incident i) throws IOException {
        g.writeStartArray();
        text(i.id().toString());
        text(i.provenance().dataset());
        text(i.provenance().version());
        text(i.provenance().originalId());
        text(i.provenance().licence());
        g.writeNumber(i.dates().start().getYear());
        text(i.dates().start().toString());
        text(i.dates().end().toString());
        g.writeNumber(i.dates().precision().gedCode());
        g.writeNumber(i.type().gedCode());
        text(i.type().words());
        text(i.actors().sideA());
        text(i.actors().sideB());
        text(i.actors().claim().name().toLowerCase(java.util.Locale.ROOT));
        text(i.method());
        text(i.place().name());
        text(i.place().adm1());
        text(i.place().adm2());
        g.writeNumber(i.place().latitude());
        g.writeNumber(i.place().longitude());
        g.writeNumber(i.place().precision().gedCode());
        Casualties c = i.casualties();
        g.writeNumber(c.deathsSideA());
        g.writeNumber(c.deathsSideB());
        g.writeNumber(c.deathsCivilians());
        g.writeNumber(c.deathsUnknown());
        estimate(c.deaths());
        estimate(c.wounded());
        estimate(c.missing());
        List<Source> reports = i.sourcing().reports();
        g.writeNumber(reports.size());
        StringBuilder article = new StringBuilder();
        StringBuilder office = new StringBuilder();
        StringBuilder date = new StringBuilder();
        StringBuilder headline = new StringBuilder();
        StringBuilder url = new StringBuilder();
        StringBuilder quoted = new StringBuilder();
        for (int k = 0; k < reports.size(); k++) {
            Source s = reports.get(k);
            String published = s.published() == null ? "" : s.published().toString();
            if (k > 0) {
                for (StringBuilder b : new StringBuilder[] {article, office, date, headline, url, quoted}) {
                    b.append(';');
                }
            }
            article.append(nonNull(s.outlet())).append(',').append(published).append(',').append(nonNull(s.title()));
            office.append(nonNull(s.outlet()));
            date.append(published);
            headline.append(nonNull(s.title()));
            url.append(nonNull(s.url()));
            quoted.append(nonNull(s.quoted()));
        }
        for (StringBuilder b : new StringBuilder[] {article, office, date, headline, url, quoted}) {
            g.writeString(inertCell(b.toString()));
        }
        text(DataJson.sourcesJson(reports));
        text(i.note());
        text(i.category().words());
        g.writeEndArray();
    }

    @Override
    public void finish() throws IOException {
        g.flush();
        g.close();
    }

    private void text(String value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(inertCell(value));
        }
    }

    /**
     * A text cell a spreadsheet will not run as a formula (CSV injection, as OWASP advises): text starting with
     * {@code = + - @}, a tab or a carriage return gets a single quote in front, which spreadsheets show as text. Only
     * text cells: numbers (coordinates, counts, codes) are written as numbers, negative ones too, and stay numbers.
     */
    static String inertCell(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    private void estimate(Estimate e) throws IOException {
        if (e == null) {
            g.writeNull();
            g.writeNull();
            g.writeNull();
        } else {
            g.writeNumber(e.low());
            g.writeNumber(e.best());
            g.writeNumber(e.high());
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}

package org.incidentatlas.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** UCDP GED event tables: recognised by GED's own column names, rows mapped by {@link GedRowMapper}. */
final class GedFormat implements TableFormat {
    private final String version;

    /** @param version the GED release the file belongs to, e.g. "19.1", or null when unknown */
    GedFormat(String version) {
        this.version = version;
    }

    @Override
    public String name() {
        return "ged";
    }

    @Override
    public boolean recognises(TableHeader header) {
        return header.has("type_of_violence") && header.has("where_prec") && header.has("date_prec");
    }

    @Override
    public Rows rows(TableHeader header, String fileName) throws ImportException {
        List<String> missing = header.missing(GedRowMapper.REQUIRED);
        if (!missing.isEmpty()) {
            throw new ImportException(fileName + ": " + header.where() + ": not a UCDP GED CSV: missing column(s) "
                    + String.join(", ", missing) + hint(header.names()));
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.width(); i++) {
            columns.put(header.names().get(i), i);
        }
        GedRowMapper mapper = new GedRowMapper(columns, version);
        return row -> mapper.toIncident(row.values());
    }

    /** What a header with missing columns most likely is instead. */
    private static String hint(List<String> names) {
        String joined = String.join(",", names);
        if (names.size() <= 2 && joined.contains(";")) {
            return " (the fields seem to be separated by ';': a GED CSV uses commas)";
        }
        if (names.size() <= 2 && joined.contains("\t")) {
            return " (the fields seem to be separated by tabs: a GED CSV uses commas)";
        }
        if (joined.indexOf('\uFFFD') >= 0) {
            return " (the header is not UTF-8 text)";
        }
        return "";
    }
}

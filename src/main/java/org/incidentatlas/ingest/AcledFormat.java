package org.incidentatlas.ingest;

import java.util.List;

/**
 * ACLED exports, in the older layout ({@code data_id, iso, event_id_cnty, ...}) and the current one (with
 * {@code disorder_type}, {@code civilian_targeting}, {@code tags}, {@code population_*}, perhaps without
 * {@code data_id}): recognised by ACLED's own column names, rows mapped by {@link AcledRowMapper}.
 */
final class AcledFormat implements TableFormat {
    private final String version;

    /** @param version the release the user gave (ACLED files do not name one), or null */
    AcledFormat(String version) {
        this.version = version;
    }

    @Override
    public String name() {
        return "acled";
    }

    @Override
    public boolean recognises(TableHeader header) {
        return header.has("event_id_cnty") && header.has("event_date") && header.has("event_type");
    }

    @Override
    public Rows rows(TableHeader header, String fileName) throws ImportException {
        List<String> missing = header.missing(AcledRowMapper.REQUIRED);
        if (!missing.isEmpty()) {
            throw new ImportException(fileName + ": " + header.where() + ": not an ACLED export: missing column(s) "
                    + String.join(", ", missing));
        }
        AcledRowMapper mapper = new AcledRowMapper(header, version);
        return mapper::toIncident;
    }
}

package org.incidentatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Any other table, read through a user's {@link TableMapping} of its columns. */
final class MappedFormat implements TableFormat {
    private final TableMapping mapping;

    MappedFormat(TableMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public String name() {
        return "mapped";
    }

    @Override
    public boolean recognises(TableHeader header) {
        return mapping.values().entrySet().stream()
                .filter(e -> TableMapping.COLUMN_KEYS.contains(e.getKey()))
                .allMatch(e -> header.has(e.getValue()));
    }

    /** Tables saved by spreadsheets on Windows are often Windows-1252. */
    @Override
    public boolean mayBeWindows1252() {
        return true;
    }

    @Override
    public Rows rows(TableHeader header, String fileName) throws ImportException {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : mapping.values().entrySet()) {
            if (TableMapping.COLUMN_KEYS.contains(e.getKey()) && !header.has(e.getValue())) {
                missing.add("'" + e.getValue() + "' (for " + e.getKey() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportException(fileName + ": " + header.where() + ": the mapping names column(s) "
                    + String.join(", ", missing) + " that the table does not have; its columns are "
                    + String.join(", ", header.names()));
        }
        MappedRowMapper mapper = new MappedRowMapper(mapping);
        return mapper::toIncident;
    }
}

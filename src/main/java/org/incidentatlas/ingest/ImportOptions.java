package org.incidentatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How to read a file: its format ({@code ged}, {@code acled}, {@code gtd}, {@code native} or {@code mapped}; null to
 * choose by content and header), the column mapping of a mapped table, and the workbook sheet to read.
 *
 * @param format  forced format, or null
 * @param mapping the mapping for {@code mapped} (given alone, it implies {@code mapped}), or null
 * @param sheet   a workbook's sheet name or 1-based number, or null for the first sheet
 */
public record ImportOptions(String format, TableMapping mapping, String sheet) {
    /** The formats {@code --format} takes. */
    public static final List<String> FORMATS = List.of("ged", "acled", "gtd", "native", "mapped");

    public static final ImportOptions NONE = new ImportOptions(null, null, null);

    public ImportOptions {
        format = format == null ? (mapping == null ? null : "mapped") : format.strip().toLowerCase(Locale.ROOT);
        if (format != null && !FORMATS.contains(format)) {
            throw new IllegalArgumentException("--format must be one of " + String.join(", ", FORMATS) + " (was '"
                    + format + "')");
        }
        if ("mapped".equals(format) && mapping == null) {
            throw new IllegalArgumentException("--format mapped needs --mapping M.json naming the table's columns");
        }
        if (mapping != null && !"mapped".equals(format)) {
            throw new IllegalArgumentException("--mapping is for --format mapped, not " + format);
        }
    }

    /** The reader of tables (CSV or .xlsx) named so, in the formats these options allow; it writes nothing. */
    public TableReader tableReader(String fileName) {
        return new TableReader(tableFormats(fileName), sheet);
    }

    /** The table formats to choose from for a file of this name, the forced one alone when one is forced. */
    List<TableFormat> tableFormats(String fileName) {
        return tableFormats(fileName, null);
    }

    /** As {@link #tableFormats(String)}, storing {@code version} (the user's, or null) as the records' release. */
    List<TableFormat> tableFormats(String fileName, String version) {
        List<TableFormat> all = new ArrayList<>();
        all.add(new GedFormat(version != null ? version : Importer.gedVersion(fileName)));
        all.add(new GtdFormat());
        all.add(new AcledFormat(version));
        if (format == null) {
            return all;
        }
        if ("mapped".equals(format)) {
            return List.of(new MappedFormat(mapping));
        }
        return all.stream().filter(f -> f.name().equals(format)).toList();
    }
}

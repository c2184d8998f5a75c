package org.incidentatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.incidentatlas.domain.ProgressListener;

/**
 * Reads a UCDP GED event table, streaming: a CSV file (RFC 4180, quoted multi-line fields allowed, UTF-8 with or
 * without BOM) or an .xlsx workbook's sheet, both through {@link TableReader}. Each bad row becomes a
 * {@link Rejection} naming its line and column; a file that is not a GED table at all is an {@link ImportException}.
 */
public final class GedCsvReader implements IncidentReader {
    private final TableReader tables;

    /** @param version the GED release the file belongs to, e.g. "19.1" (GED files do not say it themselves) */
    public GedCsvReader(String version) {
        this.tables = new TableReader(List.of(new GedFormat(version)), null);
    }

    @Override
    public long stream(InputStream in, String fileName, ProgressListener progress, RecordSink sink)
            throws ImportException, IOException {
        return tables.stream(in, fileName, progress, sink);
    }
}

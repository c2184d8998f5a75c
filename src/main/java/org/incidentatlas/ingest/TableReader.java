package org.incidentatlas.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ProgressListener;

/**
 * Reads a table (CSV or one sheet of an .xlsx workbook) in whichever of the given formats its header shows, streaming
 * row by row. Each bad row becomes a {@link Rejection} naming its line (or sheet row) and column; a table that cannot
 * be read at all is an {@link ImportException}.
 */
public final class TableReader implements IncidentReader {
    private final List<TableFormat> formats;
    private final String sheet;

    /**
     * @param formats the formats to choose from by header, in order of preference; when none matches, the first one
     *                is tried, so that its message says which columns are missing
     * @param sheet   for workbooks: the sheet's name or 1-based number, or null for the first sheet
     */
    public TableReader(List<TableFormat> formats, String sheet) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no table format given");
        }
        this.formats = List.copyOf(formats);
        this.sheet = sheet;
    }

    @Override
    public long stream(InputStream in, String fileName, ProgressListener progress, RecordSink sink)
            throws ImportException, IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in);
        TableFormat likely = choose(peekedHeader(Tables.peekHeaderLine(buffered, fileName), fileName));
        long rows = 0;
        try (TableSource table = Tables.open(buffered, fileName, likely.mayBeWindows1252(), sheet)) {
            TableHeader header = table.header();
            TableFormat.Rows mapper = choose(header).rows(header, fileName);
            TableRow row = table.next();
            if (row == null) {
                throw new ImportException(fileName + ": " + header.where() + ": only a header line, no records");
            }
            for (; row != null; row = table.next()) {
                rows++;
                deliver(mapper, row, sink);
                if (rows % 500 == 0) {
                    progress.progress(rows, -1, rows + " records read");
                }
            }
        }
        progress.progress(rows, rows, rows + " records read");
        return rows;
    }

    private TableFormat choose(TableHeader header) {
        if (header != null) {
            for (TableFormat format : formats) {
                if (format.recognises(header)) {
                    return format;
                }
            }
        }
        return formats.get(0);
    }

    /** The CSV header line split on commas, for choosing the text encoding by format; null when it cannot be. */
    private static TableHeader peekedHeader(String line, String fileName) {
        if (line.isEmpty()) {
            return null;
        }
        String[] names = line.replace("\"", "").replace("\u00ef\u00bb\u00bf", "").split(",", -1);
        try {
            return TableHeader.of(names, "line 1", fileName);
        } catch (ImportException e) {
            return null;
        }
    }

    private static void deliver(TableFormat.Rows mapper, TableRow row, RecordSink sink) {
        Incident incident;
        try {
            incident = mapper.toIncident(row);
        } catch (FieldException e) {
            sink.reject(new Rejection(row.where(), e.field(), e.getMessage()));
            return;
        } catch (IllegalArgumentException e) {
            sink.reject(new Rejection(row.where(), null, e.getMessage()));
            return;
        }
        sink.accept(incident, row.where());
    }
}

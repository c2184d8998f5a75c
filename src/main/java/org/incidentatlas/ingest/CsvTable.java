package org.incidentatlas.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;

/**
 * A CSV file read as a table (RFC 4180: commas, quoted fields that may hold commas, quotes and line breaks; CRLF or LF
 * line ends; UTF-8 with or without a byte order mark, or Windows-1252 where the format allows). Rows carry the line
 * they start on; blank lines are skipped but counted.
 */
final class CsvTable implements TableSource {
    /** Longest value the parser buffers: a runaway quoted field stops here instead of filling the memory. */
    static final int MAX_PARSED_FIELD = 10_000_000;
    private static final CsvMapper CSV = CsvMapper.builder(CsvFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(MAX_PARSED_FIELD)
                            .build())
                    .build())
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .build();

    private final String fileName;
    private final CsvCharset text;
    private final MappingIterator<String[]> rows;
    private TableHeader header;
    private long at = 1;

    /**
     * @param in               the file's bytes; not closed
     * @param mayBeWindows1252 whether text that is not UTF-8 is taken as Windows-1252 (GTD) rather than refused
     */
    CsvTable(InputStream in, String fileName, boolean mayBeWindows1252) throws IOException {
        this.fileName = fileName;
        this.text = new CsvCharset(in, mayBeWindows1252);
        this.rows = CSV.readerFor(String[].class).readValues(text);
    }

    @Override
    public TableHeader header() throws ImportException, IOException {
        if (header == null) {
            if (!hasNext()) {
                throw new ImportException(fileName + ": empty file, expected a header line");
            }
            header = TableHeader.of(nextValue(), "line 1", fileName);
        }
        return header;
    }

    @Override
    public TableRow next() throws ImportException, IOException {
        while (true) {
            long line = Math.max(rows.getCurrentLocation().getLineNr(), 2);
            at = line;
            if (!hasNext()) {
                return null;
            }
            String[] values = nextValue();
            if (values.length == 1 && values[0].isEmpty()) {
                continue;
            }
            return new TableRow(header, values, "line " + line, line);
        }
    }

    @Override
    public String note() {
        return "CSV, " + text.charsetName();
    }

    private boolean hasNext() throws ImportException, IOException {
        try {
            return rows.hasNextValue();
        } catch (JsonProcessingException e) {
            throw broken(e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof JsonProcessingException jpe) {
                throw broken(jpe);
            }
            throw e;
        }
    }

    private String[] nextValue() throws ImportException, IOException {
        try {
            return rows.nextValue();
        } catch (JsonProcessingException e) {
            throw broken(e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof JsonProcessingException jpe) {
                throw broken(jpe);
            }
            throw e;
        }
    }

    private ImportException broken(JsonProcessingException e) {
        long line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? at : e.getLocation().getLineNr();
        return new ImportException(fileName + ": line " + line + ": broken CSV: " + e.getOriginalMessage(), e);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}

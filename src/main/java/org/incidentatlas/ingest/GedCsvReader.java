package org.incidentatlas.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Incident;

/**
 * Reads a UCDP GED event CSV (RFC 4180, quoted multi-line fields allowed, UTF-8 with or without BOM), streaming.
 * Each bad row becomes a {@link Rejection} naming its line and column; a file that is not a GED CSV at all is an
 * {@link ImportException}.
 */
public final class GedCsvReader implements IncidentReader {
    /** Longest value the parser buffers: a runaway quoted field stops here instead of filling the memory. */
    static final int MAX_PARSED_FIELD = 10_000_000;
    private static final CsvMapper CSV = CsvMapper.builder(CsvFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(MAX_PARSED_FIELD)
                            .build())
                    .build())
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .build();

    private final String version;

    /** @param version the GED release the file belongs to, e.g. "19.1" (GED files do not say it themselves) */
    public GedCsvReader(String version) {
        this.version = version;
    }

    @Override
    public long stream(InputStream in, String fileName, ProgressListener progress, RecordSink sink)
            throws ImportException, IOException {
        Reader reader = utf8(in);
        long rows = 0;
        long[] at = {1};
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(reader)) {
            Map<String, Integer> columns = header(it, fileName);
            GedRowMapper mapper = new GedRowMapper(columns, version);
            while (true) {
                long line = it.getCurrentLocation().getLineNr();
                at[0] = Math.max(line, 2);
                if (!it.hasNextValue()) {
                    break;
                }
                String[] row = it.nextValue();
                if (row.length == 1 && row[0].isEmpty()) {
                    continue;
                }
                rows++;
                deliver(mapper, row, "line " + Math.max(line, 2), sink);
                if (rows % 500 == 0) {
                    progress.progress(rows, -1, rows + " records read");
                }
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? at[0]
                    : e.getLocation().getLineNr();
            throw new ImportException(fileName + ": line " + line + ": broken CSV: " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof JsonProcessingException jpe) {
                long line = jpe.getLocation() == null || jpe.getLocation().getLineNr() < 1 ? at[0]
                        : jpe.getLocation().getLineNr();
                throw new ImportException(fileName + ": line " + line + ": broken CSV: " + jpe.getOriginalMessage(),
                        jpe);
            }
            throw e;
        }
        progress.progress(rows, rows, rows + " records read");
        return rows;
    }

    private static void deliver(GedRowMapper mapper, String[] row, String where, RecordSink sink) {
        Incident incident;
        try {
            incident = mapper.toIncident(row);
        } catch (FieldException e) {
            sink.reject(new Rejection(where, e.field(), e.getMessage()));
            return;
        } catch (IllegalArgumentException e) {
            sink.reject(new Rejection(where, null, e.getMessage()));
            return;
        }
        sink.accept(incident, where);
    }

    private static Map<String, Integer> header(MappingIterator<String[]> it, String fileName)
            throws ImportException, IOException {
        if (!it.hasNextValue()) {
            throw new ImportException(fileName + ": empty file, expected a UCDP GED CSV with a header line");
        }
        String[] names = it.nextValue();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new ImportException(fileName + ": line 1: column '" + name + "' appears twice");
            }
        }
        List<String> missing = GedRowMapper.REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportException(fileName + ": line 1: not a UCDP GED CSV: missing column(s) "
                    + String.join(", ", missing) + hint(names));
        }
        if (!it.hasNextValue()) {
            throw new ImportException(fileName + ": line 1: only a header line, no records");
        }
        return columns;
    }

    /** What a header with missing columns most likely is instead. */
    private static String hint(String[] names) {
        String joined = String.join(",", names);
        if (names.length <= 2 && joined.contains(";")) {
            return " (the fields seem to be separated by ';': a GED CSV uses commas)";
        }
        if (names.length <= 2 && joined.contains("\t")) {
            return " (the fields seem to be separated by tabs: a GED CSV uses commas)";
        }
        if (joined.indexOf('\uFFFD') >= 0) {
            return " (the header is not UTF-8 text)";
        }
        return "";
    }

    /**
     * Bytes that are not UTF-8 become U+FFFD, which the row mapper refuses with the line and column, so one
     * mis-encoded row is a rejection rather than the end of the import.
     */
    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }
}

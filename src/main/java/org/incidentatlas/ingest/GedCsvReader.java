package org.incidentatlas.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Incident;

/**
 * Reads a UCDP GED event CSV (RFC 4180, quoted multi-line fields allowed, UTF-8 with or without BOM). Each bad row
 * becomes a {@link Rejection} naming its line and column; a file that is not a GED CSV at all is an
 * {@link ImportException}.
 */
public final class GedCsvReader implements IncidentReader {
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .build();

    private final String version;

    /** @param version the GED release the file belongs to, e.g. "19.1" (GED files do not say it themselves) */
    public GedCsvReader(String version) {
        this.version = version;
    }

    @Override
    public ParsedFile read(InputStream in, String fileName, ProgressListener progress)
            throws ImportException, IOException {
        Reader reader = strictUtf8(in);
        List<Incident> incidents = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        long rows = 0;
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(reader)) {
            Map<String, Integer> columns = header(it, fileName);
            GedRowMapper mapper = new GedRowMapper(columns, version);
            while (true) {
                long line = it.getCurrentLocation().getLineNr();
                if (!it.hasNextValue()) {
                    break;
                }
                String[] row = it.nextValue();
                if (row.length == 1 && row[0].isEmpty()) {
                    continue;
                }
                rows++;
                line = Math.max(line, 2);
                try {
                    incidents.add(mapper.toIncident(row));
                } catch (FieldException e) {
                    rejections.add(new Rejection("line " + line, e.field(), e.getMessage()));
                } catch (IllegalArgumentException e) {
                    rejections.add(new Rejection("line " + line, null, e.getMessage()));
                }
                if (rows % 500 == 0) {
                    progress.progress(rows, -1, rows + " records read");
                }
            }
        } catch (CharacterCodingException e) {
            throw new ImportException(fileName + ": not UTF-8 text (" + e.getMessage() + ")", e);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new ImportException(fileName + ": line " + line + ": broken CSV: " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof JsonProcessingException jpe) {
                long line = jpe.getLocation() == null ? -1 : jpe.getLocation().getLineNr();
                throw new ImportException(fileName + ": line " + line + ": broken CSV: " + jpe.getOriginalMessage(),
                        jpe);
            }
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ImportException(fileName + ": not UTF-8 text", e);
            }
            throw e;
        }
        progress.progress(rows, rows, rows + " records read");
        return new ParsedFile(fileName, rows, incidents, rejections);
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
                    + String.join(", ", missing));
        }
        return columns;
    }

    private static Reader strictUtf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}

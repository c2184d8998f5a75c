package org.incidentatlas.reliability;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The header and first rows of the bundled UCDP GED file, with new ids, as rows to change and CSV text to write. */
final class GedSample {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private final List<String[]> rows;

    private GedSample(List<String[]> rows) {
        this.rows = rows;
    }

    /** Rows {@code 1..count} of the bundled file, ids {@code firstId, firstId + 1, ...}. */
    static GedSample load(int count, long firstId) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(Path.of("data", "ucdp_ged191_iraq.csv"), StandardCharsets.UTF_8);
                MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(in)) {
            while (rows.size() <= count && it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        }
        GedSample sample = new GedSample(rows);
        for (int i = 0; i < count; i++) {
            rows.get(i + 1)[sample.index("id")] = Long.toString(firstId + i);
        }
        return sample;
    }

    int columns() {
        return rows.get(0).length;
    }

    String value(int row, String column) {
        return rows.get(row + 1)[index(column)];
    }

    /** The file with data row {@code row} (0-based) changed: pairs of column and value. */
    String withValue(int row, String... columnValues) {
        String[] changed = Arrays.copyOf(rows.get(row + 1), columns());
        for (int i = 0; i < columnValues.length; i += 2) {
            changed[index(columnValues[i])] = columnValues[i + 1];
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            b.append(i == row + 1 ? render(changed) : render(rows.get(i)));
        }
        return b.toString();
    }

    /** The file with every data row changed: {@code change} gives, for a row (0-based), pairs of column and value. */
    String withEachRow(java.util.function.IntFunction<String[]> change) {
        StringBuilder b = new StringBuilder(render(rows.get(0)));
        for (int r = 1; r < rows.size(); r++) {
            String[] changed = Arrays.copyOf(rows.get(r), columns());
            String[] columnValues = change.apply(r - 1);
            for (int i = 0; i < columnValues.length; i += 2) {
                changed[index(columnValues[i])] = columnValues[i + 1];
            }
            b.append(render(changed));
        }
        return b.toString();
    }

    String text() {
        StringBuilder b = new StringBuilder();
        rows.forEach(r -> b.append(render(r)));
        return b.toString();
    }

    String headerLine() {
        return line(0);
    }

    /** Line {@code i} of the file (0 is the header), without its line end. */
    String line(int i) {
        String r = render(rows.get(i));
        return r.substring(0, r.length() - 1);
    }

    private int index(String column) {
        int i = Arrays.asList(rows.get(0)).indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        return i;
    }

    private static String render(String[] row) {
        try {
            return CSV.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValueAsString(row);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.incidentatlas.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ProgressListener;

/**
 * The GED fixture {@code /ged/sample.csv}: the header and eleven rows copied byte for byte from the bundled UCDP GED
 * 19.1 extract (CRLF line ends, RFC 4180 quoting). File lines of each record:
 *
 * <pre>
 *  1 header
 *  2 274540  two reports (AFP, Reuters), one-sided, exact day and place
 *  3 114179  headline with a semicolon, date within days, place within 25 km
 *  4 164062  quoted multi-line source_original (lines 4-5), month, country
 *  6 137739  short citation "r 25/2", number_of_sources -1
 *  7 147944  low 29 above best 28, non-state
 *  8 145155  best 22 above high 21
 *  9 144887  week, governorate, event clarity 2
 * 10 176092  year, country
 * 11 196995  district
 * 12 145517  along a road, river or wider area
 * 13 145064  international waters or airspace
 * </pre>
 */
final class GedSample {
    static final String RESOURCE = "/ged/sample.csv";
    static final String CRLF = "\r\n";

    private GedSample() {
    }

    static String text() {
        try (InputStream in = GedSample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String header() {
        String text = text();
        return text.substring(0, text.indexOf(CRLF) + CRLF.length());
    }

    /** The whole record of {@code id}, with its CRLF (a multi-line record keeps its inner line break). */
    static String record(String text, String id) {
        int start = text.indexOf(CRLF + id + ",");
        if (start < 0) {
            throw new IllegalStateException("no record " + id + " in the fixture");
        }
        start += CRLF.length();
        return text.substring(start, text.indexOf(CRLF, start) + CRLF.length());
    }

    static String record(String id) {
        return record(text(), id);
    }

    /** {@code text} with {@code from} replaced by {@code to} inside record {@code id}; {@code from} must occur once. */
    static String edit(String text, String id, String from, String to) {
        String record = record(text, id);
        int at = record.indexOf(from);
        if (at < 0 || record.indexOf(from, at + 1) >= 0) {
            throw new IllegalStateException("'" + from + "' is not in record " + id + " exactly once");
        }
        return text.replace(record, record.substring(0, at) + to + record.substring(at + from.length()));
    }

    static ParsedFile parse(String text) throws ImportException, IOException {
        return new GedCsvReader("19.1").read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "sample.csv", ProgressListener.NONE);
    }

    static Incident incident(ParsedFile parsed, String id) {
        return parsed.incidents().stream().filter(i -> i.provenance().originalId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no incident " + id + " in " + parsed.incidents().size()));
    }
}

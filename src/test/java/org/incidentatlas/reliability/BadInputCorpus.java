package org.incidentatlas.reliability;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.incidentatlas.ingest.ImportOptions;
import org.incidentatlas.ingest.NativeJson;
import org.incidentatlas.ingest.TableMapping;

/**
 * The bad-input corpus, generated from real records: the first rows of the bundled UCDP GED file and the curated
 * JSON records (with new ids, so that an import that went through would show), each broken in one way. Every case says
 * what the import must do and which words its message must contain.
 */
public final class BadInputCorpus {
    /** What an import of a case must end in. */
    public enum Outcome {
        /** some records refused (CLI exit 1); --skip-bad-rows imports the good ones */
        REJECTED,
        /** the file cannot be read at all (CLI exit 4); nothing imported even with --skip-bad-rows */
        UNREADABLE,
        /** messy but valid: imported whole (CLI exit 0) */
        ACCEPTED
    }

    /**
     * @param name     what is wrong, in words
     * @param file     the file's name (it is written under the case's own folder)
     * @param content  its bytes
     * @param outcome  what the import must do
     * @param mentions words the message must contain (besides the file's name): line or JSON path, and field
     * @param goodRows records an import with --skip-bad-rows writes
     */
    public record Case(String name, String file, byte[] content, Outcome outcome, List<String> mentions,
            int goodRows, TableMapping mapping) {
        public Case(String name, String file, byte[] content, Outcome outcome, List<String> mentions, int goodRows) {
            this(name, file, content, outcome, mentions, goodRows, null);
        }

        @Override
        public String toString() {
            return name;
        }

        /** How the importer is told to read the case: with its column mapping, if it has one. */
        public ImportOptions options() {
            return mapping == null ? ImportOptions.NONE : new ImportOptions(null, mapping, null);
        }

        /** The CLI's arguments to import the case's file (written by {@link #writeTo}). */
        public String[] importArgs(Path written) throws IOException {
            if (mapping == null) {
                return new String[] {"import", written.toString()};
            }
            Path json = written.resolveSibling("mapping.json");
            mapping.write(json);
            return new String[] {"import", written.toString(), "--mapping", json.toString()};
        }

        public Path writeTo(Path folder) throws IOException {
            Path dir = Files.createDirectories(folder.resolve(name.replaceAll("[^A-Za-z0-9]+", "-")));
            return Files.write(dir.resolve(file), content);
        }
    }

    static final int GED_ROWS = 5;
    static final long FIRST_NEW_ID = 910_000_001L;

    private final GedSample ged;
    private final JsonSample json;
    private final List<Case> cases = new ArrayList<>();

    private BadInputCorpus() throws IOException {
        ged = GedSample.load(GED_ROWS, FIRST_NEW_ID);
        json = JsonSample.load();
    }

    public static List<Case> all() throws IOException {
        BadInputCorpus c = new BadInputCorpus();
        c.gedRowCases();
        c.gedFileCases();
        c.jsonCases();
        c.acceptedCases();
        c.controlCharacters();
        c.typeConfusion();
        c.calendarEdges();
        c.cases.addAll(TableBadInputs.all());
        c.cases.addAll(AcledBadInput.cases());
        return List.copyOf(c.cases);
    }

    private void gedRowCases() {
        badValue("impossible date 2019-02-30", "date_start", "2019-02-30");
        badValue("impossible end date 2019-13-01", "date_end", "2019-13-01");
        badValue("date with a time in words", "date_start", "2014-01-24 noon");
        badValue("impossible day with a time of day", "date_end", "2014-02-30 00:00:00.000");
        badValue("active year neither true nor false", "active_year", "yes");
        badValue("date in words", "date_end", "yesterday");
        badValue("empty start date", "date_start", "");
        badValue("end before start", "date_end", "1990-01-01");
        badValue("latitude above 90", "latitude", "134.9307");
        badValue("longitude below -180", "longitude", "-200.5");
        badValue("latitude NaN", "latitude", "NaN");
        badValue("longitude Infinity", "longitude", "Infinity");
        badValue("latitude with decimal comma", "latitude", "34,93");
        badValue("latitude huge 1e400", "latitude", "1e400");
        badValue("latitude empty", "latitude", "");
        swappedCoordinates();
        badValue("negative civilian deaths", "deaths_civilians", "-3");
        badValue("negative best estimate", "best", "-1");
        badValue("casualty count in words", "low", "seven");
        badValue("casualty count with decimals", "high", "7.5");
        badValue("huge casualty count", "best", "99999999999");
        badValue("unknown violence type", "type_of_violence", "9");
        badValue("unknown date precision", "date_prec", "7");
        badValue("unknown location precision", "where_prec", "0");
        badValue("empty id", "id", "");
        badValue("empty side a", "side_a", "");
        badValue("number of sources in words", "number_of_sources", "two");
        badValue("event clarity empty", "event_clarity", "");
        badValue("field of several megabytes", "source_headline", "x".repeat(3_000_000));
        badValue("replacement character in place name", "where_coordinates", "Mosul \uFFFD town");
        String duplicate = ged.withValue(GED_ROWS - 1, "id", ged.value(0, "id"));
        add("duplicate id in one file", "ged191.csv", duplicate, Outcome.REJECTED,
                List.of("line " + (GED_ROWS + 1), "id", "more than once"), GED_ROWS - 1);
        String missingField = ged.text().replace(ged.line(3), ged.line(3).substring(0, ged.line(3).lastIndexOf(',')));
        add("row with a field missing", "ged191.csv", missingField, Outcome.REJECTED,
                List.of("line 4", "expected"), GED_ROWS - 1);
        add("row with an extra field", "ged191.csv", ged.text().replace(ged.line(3), ged.line(3) + ",extra"),
                Outcome.REJECTED, List.of("line 4", "expected"), GED_ROWS - 1);
        String cut = ged.text().substring(0, ged.text().length() - 12);
        add("truncated in the last row", "ged191.csv", cut, Outcome.REJECTED, List.of("line 6"), GED_ROWS - 1);
        add("row of empty fields", "ged191.csv", ged.text().replace(ged.line(3), ",".repeat(ged.columns() - 1)),
                Outcome.REJECTED, List.of("line 4", "id"), GED_ROWS - 1);
    }

    private void gedFileCases() {
        String text = ged.text();
        String header = ged.headerLine();
        add("empty file", "ged191.csv", new byte[0], Outcome.UNREADABLE, List.of("empty"), 0);
        add("only blank lines", "ged191.csv", "\n\n  \r\n", Outcome.UNREADABLE, List.of("empty"), 0);
        add("only a byte order mark", "ged191.csv", bytes(0xef, 0xbb, 0xbf), Outcome.UNREADABLE, List.of("empty"), 0);
        add("header only", "ged191.csv", header + "\n", Outcome.UNREADABLE, List.of("line 1", "header"), 0);
        add("missing latitude column", "ged191.csv", text.replaceFirst(",latitude,", ",lat,"),
                Outcome.UNREADABLE, List.of("line 1", "latitude"), 0);
        add("column twice", "ged191.csv", text.replaceFirst(",longitude,", ",latitude,"),
                Outcome.UNREADABLE, List.of("line 1", "latitude", "twice"), 0);
        add("semicolon delimiter", "ged191.csv", header.replace(',', ';') + "\n" + text.substring(header.length() + 1),
                Outcome.UNREADABLE, List.of("line 1", "';'"), 0);
        add("tab delimiter", "ged191.csv", header.replace(',', '\t') + "\n" + text.substring(header.length() + 1),
                Outcome.UNREADABLE, List.of("line 1", "tabs"), 0);
        add("not a GED file at all", "ged191.csv", "name,age\nAli,34\n", Outcome.UNREADABLE,
                List.of("line 1", "not a UCDP GED CSV"), 0);
        add("HTML page saved as csv", "ged191.csv", "<!DOCTYPE html><html><body>Not found</body></html>\n",
                Outcome.UNREADABLE, List.of("line 1", "missing column"), 0);
        int quote = text.indexOf("\"\"\"");
        add("truncated inside a quoted field", "ged191.csv", text.substring(0, quote + 10), Outcome.UNREADABLE,
                List.of("line 2", "broken CSV"), 0);
        String unbalanced = text.replace(ged.line(1), ged.line(1).replaceFirst(",1,\"\"\"", ",1,\"\"\"\""));
        add("unbalanced quote", "ged191.csv", unbalanced, Outcome.UNREADABLE, List.of("line", "broken CSV"), 0);
        add("runaway quoted field of 12 MB", "ged191.csv", header + "\n1,\"" + "y".repeat(12_000_000) + "\n",
                Outcome.UNREADABLE, List.of("line 2", "broken CSV"), 0);
        add("latin-1 header", "ged191.csv", latin1(text.replaceFirst("adm_1", "adm_\u00b9")), Outcome.UNREADABLE,
                List.of("line 1", "adm_1", "not UTF-8"), 0);
        add("UTF-16 with BOM", "ged191.csv", utf16(text), Outcome.UNREADABLE, List.of("UTF-16"), 0);
        add("UTF-32 with BOM", "ged191.csv", utf32(text), Outcome.UNREADABLE, List.of("UTF-32"), 0);
        add("zip renamed csv", "ged191.csv", zip(text), Outcome.UNREADABLE, List.of("zip"), 0);
        add("gzip renamed csv", "ged191.csv", gzip(text), Outcome.UNREADABLE, List.of("gzip"), 0);
        add("PDF renamed csv", "ged191.csv", "%PDF-1.4\n%\u00e2\u00e3\n", Outcome.UNREADABLE, List.of("PDF"), 0);
        add("binary bytes", "ged191.csv", bytes(0x01, 0x02, 0x00, 0x7f, 0x00, 0x10), Outcome.UNREADABLE,
                List.of("NUL"), 0);
        String row = ascii(ged.line(3));
        add("latin-1 byte in one row", "ged191.csv", latin1(ascii(text).replace(row, row.replace(",Iraq,",
                ",Ir\u00e2q,"))), Outcome.REJECTED, List.of("line 4, country", "not UTF-8"), GED_ROWS - 1);
    }

    private void jsonCases() {
        String doc = json.text();
        reject("json latitude above 90", "place", "latitude", 91.5, "place.latitude");
        reject("json negative deaths", "casualties.deaths", "best", -4, "casualties.deaths");
        reject("json impossible date", "dates", "start", "2019-02-30", "dates.start");
        reject("json end before start", "dates", "end", "2000-01-01", "dates.end");
        reject("json unknown field in incident", "place", "altitude", 300, "place.altitude");
        reject("json date precision unknown", "dates", "precision", "DECADE", "dates.precision");
        reject("json latitude as text", "place", "latitude", "north", "place.latitude");
        reject("json deaths as float", "casualties.deaths", "high", 16.5, "casualties.deaths.high");
        add("json duplicate incident id", "dup.json", json.withDuplicateId(), Outcome.REJECTED,
                List.of("incidents[" + json.size() + "]", "id", "more than once"), json.size());
        add("json truncated", "cut.json", doc.substring(0, doc.length() / 2), Outcome.UNREADABLE,
                List.of("line", "broken JSON", "/incidents/"), 0);
        add("json wrong format name", "f.json", doc.replace("\"incident-atlas\"", "\"other-app\""),
                Outcome.UNREADABLE, List.of("line 2", "format"), 0);
        add("json missing format", "f.json", doc.replaceFirst("\"format\" : \"incident-atlas\",", ""),
                Outcome.UNREADABLE, List.of("format", "not an Incident Atlas file"), 0);
        add("json format version 2", "f.json", doc.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"),
                Outcome.UNREADABLE, List.of("line 3", "formatVersion"), 0);
        add("json unknown top-level field", "f.json", doc.replaceFirst("\\{", "{ \"extra\": 1,"),
                Outcome.UNREADABLE, List.of("line 1", "extra"), 0);
        add("json incidents not an array", "f.json", "{\"format\":\"incident-atlas\",\"formatVersion\":1,"
                + "\"incidents\":{}}", Outcome.UNREADABLE, List.of("line 1", "incidents"), 0);
        add("json top-level array", "f.json", "[" + doc + "]", Outcome.UNREADABLE, List.of("line 1", "object"), 0);
        add("json empty object", "f.json", "{}", Outcome.UNREADABLE, List.of("line 1", "format"), 0);
        add("json NaN number", "f.json", doc.replace("\"latitude\" : 34.93", "\"latitude\" : NaN"),
                Outcome.UNREADABLE, List.of("line", "/incidents/0/place/latitude", "NaN"), 0);
        add("json number of 40 digits", "f.json", doc.replace("\"best\" : 13", "\"best\" : 1" + "0".repeat(40)),
                Outcome.UNREADABLE, List.of("line", "/incidents/0/casualties/deaths/best", "Number"), 0);
        add("json duplicate key", "f.json", doc.replace("\"latitude\" : 34.93", "\"latitude\" : 34.93, "
                + "\"latitude\" : 35.1"), Outcome.UNREADABLE, List.of("line", "/incidents/0/place", "Duplicate"), 0);
        add("json deeply nested", "f.json", "{\"format\":\"incident-atlas\",\"incidents\":[" + "[".repeat(5000)
                + "]".repeat(5000) + "]}", Outcome.UNREADABLE, List.of("line 1", "/incidents/0", "nesting"), 0);
        add("json string of 3 MB", "f.json", doc.replace("\"sideB\" : \"IS\"", "\"sideB\" : \""
                + "z".repeat(3_000_000) + "\""), Outcome.UNREADABLE, List.of("line", "/incidents/0/actors/sideB",
                "String value length"), 0);
        add("json trailing garbage", "f.json", doc + "\n{\"more\": 1}", Outcome.UNREADABLE,
                List.of("unexpected content after the document"), 0);
        add("json latin-1 byte in a string", "f.json", latin1(doc.replace("Kirkuk", "K\u00efrkuk")),
                Outcome.UNREADABLE, List.of("line", "/incidents/0", "UTF-8"), 0);
        add("json null incident", "f.json", doc.replaceFirst("\"incidents\" : \\[", "\"incidents\" : [ null,"),
                Outcome.REJECTED, List.of("incidents[0]"), json.size());
        add("zip renamed json", "f.json", zip(doc), Outcome.UNREADABLE, List.of("zip"), 0);
    }

    /** Messy but valid: must import whole. */
    private void acceptedCases() {
        add("low above best above high (GED publishes such)", "ged191.csv",
                ged.withValue(2, "low", "9", "best", "8", "high", "7"), Outcome.ACCEPTED, List.of(), GED_ROWS);
        byte[] bom = ged.text().getBytes(StandardCharsets.UTF_8);
        add("UTF-8 byte order mark", "ged191.csv", concat(bytes(0xef, 0xbb, 0xbf), bom), Outcome.ACCEPTED,
                List.of(), GED_ROWS);
        add("date with a time of day and active_year true (current GED)", "ged191.csv", ged.withValue(2, "date_start",
                ged.value(2, "date_start") + " 00:00:00.000", "active_year", "true"), Outcome.ACCEPTED, List.of(),
                GED_ROWS);
        add("CRLF line ends", "ged191.csv", ged.text().replace("\n", "\r\n"), Outcome.ACCEPTED, List.of(),
                GED_ROWS);
        add("json with byte order mark", "f.json", concat(bytes(0xef, 0xbb, 0xbf),
                json.text().getBytes(StandardCharsets.UTF_8)), Outcome.ACCEPTED, List.of(), json.size());
    }

    /** Control characters a terminal acts on (and NUL), in several GED columns and JSON fields. */
    static final int[] CONTROLS = {0x00, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x7F, 0x85, 0x9B};
    private static final String[] CONTROL_COLUMNS = {"where_coordinates", "side_a", "source_headline", "adm_1",
        "conflict_name"};
    private static final String[][] CONTROL_FIELDS = {{"place", "name"}, {"actors", "sideA"}, {"", "note"},
        {"", "method"}};

    /** Generator: each control character of {@link #CONTROLS}, in a GED cell and in a JSON text field. */
    private void controlCharacters() {
        for (int k = 0; k < CONTROLS.length; k++) {
            int c = CONTROLS[k];
            String column = CONTROL_COLUMNS[k % CONTROL_COLUMNS.length];
            String name = String.format(java.util.Locale.ROOT, "U+%04X", c);
            String text = "Mosul" + (char) c + "[31m town";
            badValue("control character " + name + " in " + column, column, text);
            String[] field = CONTROL_FIELDS[k % CONTROL_FIELDS.length];
            String path = field[0].isEmpty() ? field[1] : field[0] + "." + field[1];
            reject("json control character " + name + " in " + path, field[0], field[1], text, path);
        }
    }

    /** Generator: JSON values of the wrong type where numbers, text and dates belong. */
    private void typeConfusion() {
        reject("json latitude as numeric text", "place", "latitude", "34.93", "place.latitude");
        reject("json best as numeric text", "casualties.deaths", "best", "13", "casualties.deaths.best");
        reject("json longitude as boolean", "place", "longitude", true, "place.longitude");
        reject("json low as empty text", "casualties.deaths", "low", "", "casualties.deaths.low");
        reject("json place name as number", "place", "name", 42, "place.name");
        reject("json side a as boolean", "actors", "sideA", false, "actors.sideA");
        reject("json original id as number", "provenance", "originalId", 114064, "provenance.originalId");
        reject("json date as number", "dates", "start", 20140124, "dates.start");
        reject("json sources as text", "sourcing", "reports", "Reuters", "sourcing.reports");
    }

    /** Generator: days the calendar or the documented range (years 1 to 9999) refuse. */
    private void calendarEdges() {
        badValue("year 0 (before the first day)", "date_start", "0000-12-30");
        badValue("year 10000 written with a sign", "date_end", "+10000-01-01");
        badValue("negative year", "date_start", "-0001-01-01");
        badValue("29 February of 1900 (no leap year)", "date_start", "1900-02-29");
        badValue("31 April", "date_end", "2014-04-31");
        reject("json year 0", "dates", "start", "0000-06-01", "dates.start");
        reject("json 29 February of 2100", "dates", "end", "2100-02-29", "dates.end");
    }

    private void badValue(String name, String column, String value) {
        add(name, "ged191.csv", ged.withValue(2, column, value), Outcome.REJECTED, List.of("line 4, " + column),
                GED_ROWS - 1);
    }

    private void swappedCoordinates() {
        String lat = ged.value(2, "latitude");
        String lon = ged.value(2, "longitude");
        add("coordinates swapped", "ged191.csv", ged.withValue(2, "latitude", lon, "longitude", lat),
                Outcome.REJECTED, List.of("line 4, latitude", "swapped"), GED_ROWS - 1);
    }

    private void reject(String name, String objectPath, String field, Object value, String path) {
        ObjectNode copy = json.copy();
        ObjectNode target = (ObjectNode) ((ArrayNode) copy.get("incidents")).get(1);
        for (String step : objectPath.isEmpty() ? new String[0] : objectPath.split("\\.")) {
            target = (ObjectNode) target.get(step);
        }
        target.set(field, NativeJson.mapper().valueToTree(value));
        add(name, "f.json", JsonSample.pretty(copy), Outcome.REJECTED, List.of("incidents[1]", path),
                json.size() - 1);
    }

    private void add(String name, String file, String content, Outcome outcome, List<String> mentions, int good) {
        add(name, file, content.getBytes(StandardCharsets.UTF_8), outcome, mentions, good);
    }

    private void add(String name, String file, byte[] content, Outcome outcome, List<String> mentions, int good) {
        cases.add(new Case(name, file, content, outcome, mentions, good));
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String ascii(String text) {
        return text.replaceAll("[^\\x00-\\x7F]", "?");
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf16(String text) {
        return concat(bytes(0xff, 0xfe), text.getBytes(StandardCharsets.UTF_16LE));
    }

    private static byte[] utf32(String text) {
        return concat(bytes(0xff, 0xfe, 0, 0), text.getBytes(java.nio.charset.Charset.forName("UTF-32LE")));
    }

    private static byte[] zip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("ged191.csv"));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}

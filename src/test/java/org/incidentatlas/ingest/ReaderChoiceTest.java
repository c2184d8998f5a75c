package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.SampleIncidents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a file's reader is chosen (by its first bytes, its header and the options given), what a table reader tells its
 * sink and its progress, and how an import's report reads; all without a database.
 */
class ReaderChoiceTest {
    private static BufferedInputStream in(byte[] bytes) {
        return new BufferedInputStream(new ByteArrayInputStream(bytes));
    }

    private static BufferedInputStream in(String text) {
        return in(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportException refused(String name, byte[] bytes, ImportOptions options) {
        return assertThrows(ImportException.class, () -> Importer.readerFor(in(bytes), name, options));
    }

    private static TableMapping mapping() {
        return new TableMapping(Map.of("dataset", "mine", "startDate", "Day", "latitude", "Lat", "longitude", "Lon"));
    }

    @Test
    void jsonByItsFirstByteAndEverythingElseAsATable() throws Exception {
        assertInstanceOf(NativeJsonReader.class, Importer.readerFor(in("\uFEFF \n\t{\"format\": 1}"), "a.json",
                ImportOptions.NONE));
        assertInstanceOf(NativeJsonReader.class, Importer.readerFor(in("[]"), "a.txt", ImportOptions.NONE));
        assertInstanceOf(TableReader.class, Importer.readerFor(in("id,date\n"), "a.json", ImportOptions.NONE));
        assertInstanceOf(TableReader.class, Importer.readerFor(in("{\"x\": 1}"), "a.json",
                new ImportOptions("ged", null, null)), "a forced table format reads even a brace as a table");
        assertInstanceOf(NativeJsonReader.class, Importer.readerFor(in("id,date\n"), "a.csv",
                new ImportOptions("native", null, null)));
        String blanks = " ".repeat(600) + "{}";
        assertInstanceOf(NativeJsonReader.class, Importer.readerFor(in(blanks), "a.json", ImportOptions.NONE),
                "blank space past the first 512 bytes is looked through");
    }

    @Test
    void emptyAndBlankFilesAreRefusedSayingSo() {
        assertEquals("e.csv: empty file", refused("e.csv", new byte[0], ImportOptions.NONE).getMessage());
        assertEquals("b.csv: empty file (only blanks)", refused("b.csv", " \r\n\t ".getBytes(StandardCharsets.UTF_8),
                ImportOptions.NONE).getMessage());
        assertEquals("l.csv: empty file (only blanks)", refused("l.csv", " ".repeat(5000).getBytes(
                StandardCharsets.UTF_8), ImportOptions.NONE).getMessage());
        assertEquals("h.csv: nothing but blank space in the first 1048576 bytes", refused("h.csv", "\n".repeat(
                (1 << 20) + 10).getBytes(StandardCharsets.UTF_8), ImportOptions.NONE).getMessage());
    }

    @Test
    void filesThatAreNoTextAreRefusedSayingWhatTheyAre() {
        byte[] gzip = {0x1f, (byte) 0x8b, 8, 0};
        assertEquals("g.csv: this is a gzip-compressed file; unpack it first", refused("g.csv", gzip,
                ImportOptions.NONE).getMessage());
        byte[] zip = {'P', 'K', 3, 4, 0};
        assertEquals("z.csv: this is a zip archive, not a CSV or JSON file; unpack it first", refused("z.csv", zip,
                ImportOptions.NONE).getMessage());
    }

    @Test
    void aZipNamedAsAWorkbookIsReadAsATableWhateverTheFormatForced() throws Exception {
        byte[] zip = {'P', 'K', 3, 4, 0};
        assertInstanceOf(TableReader.class, Importer.readerFor(in(zip), "w.xlsx", ImportOptions.NONE));
        assertInstanceOf(TableReader.class, Importer.readerFor(in(zip), "w.XLSM", new ImportOptions("gtd", null,
                null)));
    }

    @Test
    void aForcedFormatThatReadsNoTablesIsRefusedForATable() {
        byte[] zip = {'P', 'K', 3, 4, 0};
        ImportOptions nativeOnly = new ImportOptions("native", null, null);
        assertEquals(List.of(), nativeOnly.tableFormats("w.xlsx"));
        assertThrows(IllegalArgumentException.class, () -> nativeOnly.tableReader("w.xlsx"));
        assertEquals("w.xlsx: --format native is not a table format this version reads",
                refused("w.xlsx", zip, nativeOnly).getMessage());
    }

    @Test
    void optionsNameTheFormatsTheyAllow() {
        assertEquals(List.of("ged", "gtd", "acled"), ImportOptions.NONE.tableFormats("x.csv").stream()
                .map(TableFormat::name).toList());
        assertEquals(List.of("acled"), new ImportOptions(" ACLED ", null, null).tableFormats("x.csv").stream()
                .map(TableFormat::name).toList());
        ImportOptions mapped = new ImportOptions(null, mapping(), "Data");
        assertEquals("mapped", mapped.format());
        assertEquals("Data", mapped.sheet());
        assertEquals(List.of("mapped"), mapped.tableFormats("x.csv").stream().map(TableFormat::name).toList());
        assertEquals("--format must be one of ged, acled, gtd, native, mapped (was 'xls')", assertThrows(
                IllegalArgumentException.class, () -> new ImportOptions("xls", null, null)).getMessage());
        assertEquals("--format mapped needs --mapping M.json naming the table's columns", assertThrows(
                IllegalArgumentException.class, () -> new ImportOptions("mapped", null, null)).getMessage());
        assertEquals("--mapping is for --format mapped, not ged", assertThrows(IllegalArgumentException.class,
                () -> new ImportOptions("ged", mapping(), null)).getMessage());
        assertNull(ImportOptions.NONE.format());
    }

    @ParameterizedTest
    @CsvSource({"ucdp_ged191_iraq.csv,19.1", "GEDEvent_v25_1.csv,25.1", "ged-20.1.csv,20.1", "ged_22_1.xlsx,22.1",
        "GEDEvent_v26_0_3.csv,candidate 26.0.3", "GEDEvent_v26_0_11.csv,candidate 26.0.11",
        "ged191.csv,19.1"})
    void gedReleasesFromFileNames(String name, String release) {
        assertEquals(release, Importer.gedVersion(name));
    }

    @Test
    void aGedTableTakesItsReleaseFromItsNameUnlessTheUserGaveOne() throws Exception {
        assertEquals("19.1", gedRelease("ged191.csv", null));
        assertEquals("2026-03 extract", gedRelease("ged191.csv", "2026-03 extract"));
        assertNull(gedRelease("incidents.csv", null));
        assertNull(Importer.gedVersion("ged1234567.csv"));
    }

    private static String gedRelease(String fileName, String version) throws Exception {
        byte[] sample = GedSample.text().getBytes(StandardCharsets.UTF_8);
        ParsedFile parsed = new TableReader(ImportOptions.NONE.tableFormats(fileName, version), null).read(
                new ByteArrayInputStream(sample), fileName, org.incidentatlas.domain.ProgressListener.NONE);
        assertEquals(11, parsed.incidents().size());
        return parsed.incidents().get(0).provenance().version();
    }

    @Test
    void aTableReaderTellsItsSinkEachRecordAndItsProgress() throws Exception {
        StringBuilder csv = new StringBuilder("Day,Lat,Lon\n");
        for (int i = 0; i < 1001; i++) {
            csv.append(i == 3 ? "2014-02-30" : "2014-06-10").append(",36.3,43.1\n");
        }
        List<String> seen = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        List<String> progress = new ArrayList<>();
        long read = new ImportOptions(null, mapping(), null).tableReader("t.csv").stream(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "t.csv",
                (done, total, message) -> progress.add(done + "/" + total + " " + message), new RecordSink() {
                    @Override
                    public void accept(Incident incident, String location) {
                        seen.add(location + " " + incident.provenance().originalId());
                    }

                    @Override
                    public void reject(Rejection rejection) {
                        rejected.add(rejection);
                    }
                });
        assertEquals(1001, read);
        assertEquals(1000, seen.size());
        assertEquals("line 2 2", seen.get(0));
        assertEquals("line 1002 1002", seen.get(999));
        assertEquals(List.of(new Rejection("line 5", "Day", "not a date (expected YYYY-MM-DD): '2014-02-30'")),
                rejected);
        assertEquals(List.of("500/-1 500 records read", "1000/-1 1000 records read", "1001/1001 1001 records read"),
                progress);
    }

    @Test
    void aRowTheDomainRefusesIsRejectedWithoutAField() throws Exception {
        TableFormat refusing = new TableFormat() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public boolean recognises(TableHeader header) {
                return true;
            }

            @Override
            public Rows rows(TableHeader header, String fileName) {
                return row -> {
                    throw new IllegalArgumentException("dates.end is before dates.start");
                };
            }
        };
        ParsedFile parsed = new TableReader(List.of(refusing), null).read(new ByteArrayInputStream("a\n1\n".getBytes(
                StandardCharsets.UTF_8)), "t.csv", org.incidentatlas.domain.ProgressListener.NONE);
        assertEquals(List.of(new Rejection("line 2", null, "dates.end is before dates.start")), parsed.rejections());
        assertEquals(1, parsed.recordsRead());
        assertThrows(IllegalArgumentException.class, () -> new TableReader(List.of(), null));
    }

    @Test
    void aTableOfOnlyAHeaderIsRefusedSayingWhere() {
        ImportException e = assertThrows(ImportException.class, () -> new ImportOptions(null, mapping(), null)
                .tableReader("t.csv").read(new ByteArrayInputStream("Day,Lat,Lon\r\n".getBytes(
                        StandardCharsets.UTF_8)), "t.csv", org.incidentatlas.domain.ProgressListener.NONE));
        assertEquals("t.csv: line 1: only a header line, no records", e.getMessage());
    }

    @Test
    void theFirstFormatSpeaksWhenNoHeaderMatchesAny() {
        ImportException e = assertThrows(ImportException.class, () -> ImportOptions.NONE.tableReader("t.csv").read(
                new ByteArrayInputStream("id;date;place\n1;2;3\n".getBytes(StandardCharsets.UTF_8)), "t.csv",
                org.incidentatlas.domain.ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("t.csv: line 1: not a UCDP GED CSV: missing column(s) id, "
                + "type_of_violence,"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" (the fields seem to be separated by ';': a GED CSV uses commas)"),
                e.getMessage());
        ImportException tabs = assertThrows(ImportException.class, () -> ImportOptions.NONE.tableReader("t.csv")
                .read(new ByteArrayInputStream("id\tdate\n1\t2\n".getBytes(StandardCharsets.UTF_8)), "t.csv",
                        org.incidentatlas.domain.ProgressListener.NONE));
        assertTrue(tabs.getMessage().endsWith(" (the fields seem to be separated by tabs: a GED CSV uses commas)"),
                tabs.getMessage());
        ImportException plain = assertThrows(ImportException.class, () -> ImportOptions.NONE.tableReader("t.csv")
                .read(new ByteArrayInputStream("id,date,x\n1,2,3\n".getBytes(StandardCharsets.UTF_8)), "t.csv",
                        org.incidentatlas.domain.ProgressListener.NONE));
        assertTrue(plain.getMessage().endsWith("high"), plain.getMessage());
    }

    @Test
    void aReportSaysWhatWasReadImportedAndRefused() {
        String nl = System.lineSeparator();
        Rejection bad = new Rejection("line 7", "latitude", "must be between -90 and 90 (was 123)");
        assertEquals("line 7, latitude: must be between -90 and 90 (was 123)", bad.toString());
        assertEquals("line 8: broken", new Rejection("line 8", null, "broken").toString());
        assertEquals("f.csv: 1 record read, 1 imported, 0 rejected", new ImportReport("f.csv", 1, 1, List.of(), true)
                .describe());
        assertEquals("f.csv: 2 records read, 0 imported, 1 rejected (nothing was imported; use --skip-bad-rows to "
                + "import the good records)" + nl + "  line 7, latitude: must be between -90 and 90 (was 123)",
                new ImportReport("f.csv", 2, 0, List.of(bad), false).describe());
        assertEquals("f.csv: 2 records read, 1 imported, 1 rejected" + nl + "  " + bad,
                new ImportReport("f.csv", 2, 1, List.of(bad), true).describe());
        assertEquals("f.csv: 0 records read, 0 imported, 0 rejected", new ImportReport("f.csv", 0, 0, List.of(),
                false).describe());
    }

    @Test
    void aRecordHoldingAControlCharacterAnywhereIsNamedByItsPath() {
        Incident clean = SampleIncidents.full("mine", "m-1");
        assertNull(InertInput.check(clean, "line 2"));
        Incident badKey = new Incident(clean.dates(), clean.place(), clean.actors(), clean.type(), clean.method(),
                clean.casualties(), clean.sourcing(), clean.provenance(), Map.of("ok", "fine", "k\u001Bey", "v"),
                "note", null);
        Rejection key = InertInput.check(badKey, "line 3");
        assertEquals(new Rejection("line 3", "attributes (a name)", "holds the control character U+001B at "
                + "character 2; text may hold tabs and line breaks but no other control characters"), key);
        Incident badValue = new Incident(clean.dates(), clean.place(), clean.actors(), clean.type(), clean.method(),
                clean.casualties(), clean.sourcing(), clean.provenance(), Map.of("code", "a\u0085"), "n", null);
        assertEquals("attributes.code", InertInput.check(badValue, "x").field());
        assertEquals("x", InertInput.check(badValue, "x").location());
        assertEquals("sourcing.reports[1].quoted", InertInput.check(IncidentFields.set(clean,
                "sourcing.reports[1].quoted", "a\u0007"), "x").field());
        assertEquals("place.name", InertInput.check(IncidentFields.set(clean, "place.name", "\u007F"), "x")
                .field());
        Rejection text = InertInput.check("plain\u0000", "here");
        assertNull(text.field(), "a bare text has no field");
        assertEquals("holds the control character U+0000 at character 6; text may hold tabs and line breaks but no "
                + "other control characters", text.reason());
        assertNull(InertInput.check("tab\tand\r\nbreaks", "here"));
        assertNull(InertInput.check(List.of("a", 3, true), "here"));
        assertEquals("[1]", InertInput.check(List.of("a", "b\u0001"), "here").field());
    }
}

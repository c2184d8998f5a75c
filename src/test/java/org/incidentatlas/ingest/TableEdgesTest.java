package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables at their edges: blank header cells, ragged rows, empty sheets, broken CSV, and what each reader notes. */
class TableEdgesTest {
    private static TableSource open(byte[] bytes, String name, boolean windows1252) throws Exception {
        return Tables.open(new BufferedInputStream(new ByteArrayInputStream(bytes)), name, windows1252, null);
    }

    private static List<String> rows(TableSource table) throws Exception {
        List<String> out = new ArrayList<>();
        out.add(table.header().names().toString());
        for (TableRow row = table.next(); row != null; row = table.next()) {
            out.add(row.where() + " " + row.number() + " " + Arrays.toString(row.values()));
        }
        return out;
    }

    @Test
    void aSheetsHeaderEndsAtItsLastNamedCellAndRowsAreAsWideAsIt() throws Exception {
        byte[] book = Workbooks.xlsx(List.of(
                Arrays.asList("id", null, "place", "", " "),
                Arrays.asList("1"),
                Arrays.asList("2", "x", "Mosul", null, null, null, "beyond"),
                Arrays.asList("3", "y", "Basra", null, "", ""),
                Arrays.asList(null, "", null),
                Arrays.asList("4", null, "Erbil")));
        try (TableSource table = open(book, "t.xlsx", false)) {
            assertEquals("sheet 'Sheet1'", table.note());
            assertEquals(List.of("[id, , place]",
                    "sheet 'Sheet1' row 2 2 [1, , ]",
                    "sheet 'Sheet1' row 3 3 [2, x, Mosul, , , , beyond]",
                    "sheet 'Sheet1' row 4 4 [3, y, Basra]",
                    "sheet 'Sheet1' row 6 6 [4, , Erbil]"), rows(table));
            assertEquals(3, table.header().width());
        }
    }

    @Test
    void anEmptySheetIsRefusedSayingItWantedAHeader() throws Exception {
        try (TableSource table = open(Workbooks.xlsx(List.of()), "e.xlsx", false)) {
            ImportException e = assertThrows(ImportException.class, table::header);
            assertEquals("e.xlsx: sheet 'Sheet1' is empty, expected a header row", e.getMessage());
        }
    }

    @Test
    void csvNotesItsEncodingAndRefusesAnEmptyFile() throws Exception {
        try (TableSource utf8 = open("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "u.csv", true)) {
            assertEquals(List.of("[a, b]", "line 2 2 [1, 2]"), rows(utf8));
            assertEquals("CSV, UTF-8", utf8.note());
        }
        try (TableSource cp1252 = open("a,b\n1,\u00e9\n".getBytes(CsvCharset.WINDOWS_1252), "w.csv", true)) {
            assertEquals(List.of("[a, b]", "line 2 2 [1, \u00e9]"), rows(cp1252));
            assertEquals("CSV, Windows-1252", cp1252.note());
        }
        try (TableSource empty = open(new byte[0], "e.csv", false)) {
            assertEquals("e.csv: empty file, expected a header line", assertThrows(ImportException.class,
                    empty::header).getMessage());
        }
    }

    @Test
    void brokenCsvIsRefusedNamingTheLineWhereItBroke() throws Exception {
        byte[] csv = "a,b\n1,2\n3,\"open\n4,5\n".getBytes(StandardCharsets.UTF_8);
        try (TableSource table = open(csv, "b.csv", false)) {
            table.header();
            assertEquals("line 2", table.next().where());
            ImportException e = assertThrows(ImportException.class, () -> {
                for (TableRow row = table.next(); row != null; row = table.next()) {
                    continue;
                }
            });
            assertTrue(e.getMessage().startsWith("b.csv: line 5: broken CSV: "), e.getMessage());
        }
        byte[] quote = "a,b\n1,\"x\"y\n".getBytes(StandardCharsets.UTF_8);
        try (TableSource table = open(quote, "q.csv", false)) {
            table.header();
            ImportException e = assertThrows(ImportException.class, table::next);
            assertTrue(e.getMessage().startsWith("q.csv: line 2: broken CSV: "), e.getMessage());
        }
    }

    @Test
    void theHeaderLineIsPeekedWithoutBeingTaken() throws Exception {
        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(
                "\"id\",n\u00e9\r\n1,2\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("\"id\",n\u00c3\u00a9", Tables.peekHeaderLine(in, "t.csv"));
        assertEquals('"', in.read(), "the stream is where it was");
        BufferedInputStream oneLine = new BufferedInputStream(new ByteArrayInputStream("a,b".getBytes(
                StandardCharsets.UTF_8)));
        assertEquals("a,b", Tables.peekHeaderLine(oneLine, "t.csv"));
        BufferedInputStream book = new BufferedInputStream(new ByteArrayInputStream(Workbooks.xlsx(List.of(
                List.of("id")))));
        assertEquals("", Tables.peekHeaderLine(book, "t.xlsx"));
        assertEquals('P', book.read());
    }

    @Test
    void aWorkbookIsAZipNamedAsOne() {
        byte[] zip = {'P', 'K', 3, 4};
        assertTrue(Tables.isWorkbook(zip, "a.xlsx"));
        assertTrue(Tables.isWorkbook(zip, "A.XLSM"));
        assertFalse(Tables.isWorkbook(zip, "a.zip"));
        assertFalse(Tables.isWorkbook(new byte[] {'P', 'K', 3}, "a.xlsx"));
        assertFalse(Tables.isWorkbook(new byte[] {'P', 'K', 5, 6}, "a.xlsx"));
        assertFalse(Tables.isWorkbook(new byte[] {'P', 'X', 3, 4}, "a.xlsx"));
        assertFalse(Tables.isWorkbook(new byte[] {'Q', 'K', 3, 4}, "a.xlsx"));
        assertFalse(Tables.isWorkbook(new byte[] {'P', 'K', 3, 5}, "a.xlsx"));
    }

    @Test
    void aTableInWindows1252IsDecodedSoWhenItsFormatAllowsIt() throws Exception {
        TableMapping m = new TableMapping(java.util.Map.of("dataset", "mine", "startDate", "Day", "latitude", "Lat",
                "longitude", "Lon", "place", "Place"));
        byte[] csv = "Day,Lat,Lon,Place\n2014-06-10,36.3,43.1,Kirkouk \u00e9t\u00e9\n".getBytes(
                CsvCharset.WINDOWS_1252);
        ParsedFile parsed = new ImportOptions(null, m, null).tableReader("w.csv").read(new ByteArrayInputStream(csv),
                "w.csv", org.incidentatlas.domain.ProgressListener.NONE);
        assertEquals(List.of(), parsed.rejections());
        assertEquals("Kirkouk \u00e9t\u00e9", parsed.incidents().get(0).place().name());
        String header = "event_id_cnty,event_date,event_type,sub_event_type,actor1,latitude,longitude,fatalities,"
                + "notes\n";
        byte[] acled = (header + "IRQ1,2020-12-31,Battles,Armed clash,IS,33,44,1,caf\u00e9\n").getBytes(
                CsvCharset.WINDOWS_1252);
        ParsedFile refused = ImportOptions.NONE.tableReader("a.csv").read(new ByteArrayInputStream(acled), "a.csv",
                org.incidentatlas.domain.ProgressListener.NONE);
        assertEquals(List.of(new Rejection("line 2", "notes", "is not UTF-8 text (save the file as UTF-8)")),
                refused.rejections(), "ACLED's files are UTF-8");
    }
}

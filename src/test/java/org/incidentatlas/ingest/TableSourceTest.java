package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableSourceTest {
    private static List<String> read(byte[] bytes, String name, boolean windows1252, String sheet)
            throws IOException, ImportException {
        List<String> out = new ArrayList<>();
        try (TableSource table = Tables.open(new BufferedInputStream(new ByteArrayInputStream(bytes)), name,
                windows1252, sheet)) {
            out.add(table.header().where() + " " + table.header().names());
            for (TableRow row = table.next(); row != null; row = table.next()) {
                out.add(row.where() + " " + Arrays.toString(row.values()));
            }
        }
        return out;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void csvRowsCarryTheLineTheyStartOnAcrossQuotedLineBreaksCrlfAndBlankLines() throws Exception {
        String csv = "\uFEFFid,notes\r\n1,\"first\r\nsecond\"\r\n\r\n2,\"say \"\"hi\"\"\"\r\n";
        assertEquals(List.of("line 1 [id, notes]", "line 2 [1, first\r\nsecond]", "line 5 [2, say \"hi\"]"),
                read(utf8(csv), "t.csv", false, null));
    }

    @Test
    void rowsAreReadByHeaderNameWhateverTheColumnOrderAndCase() throws Exception {
        try (TableSource table = Tables.open(new BufferedInputStream(new ByteArrayInputStream(
                utf8("Notes,ID\nx,7\n"))), "t.csv", false, null)) {
            table.header();
            TableRow row = table.next();
            assertEquals("7", row.get("id"));
            assertEquals("x", row.get("notes"));
            assertEquals("", row.get("absent"));
            assertNull(table.next());
        }
    }

    @Test
    void windows1252TextIsReadAsSuchWhereTheFormatAllowsIt() throws Exception {
        byte[] cp1252 = "id,city\n1,Irbil\n2,Kirkouk \u00e9t\u00e9 \u2013 \u0152uvre\n"
                .getBytes(CsvCharset.WINDOWS_1252);
        assertEquals("line 3 [2, Kirkouk \u00e9t\u00e9 \u2013 \u0152uvre]", read(cp1252, "t.csv", true, null).get(2));
        assertEquals("line 3 [2, Kirkouk \uFFFDt\uFFFD \uFFFD \uFFFDuvre]", read(cp1252, "t.csv", false, null).get(2),
                "where the format is UTF-8 only, each bad byte is marked for the row mapper to refuse");
    }

    @Test
    void utf8TextStaysUtf8EvenWhereWindows1252IsAllowed() throws Exception {
        byte[] bytes = utf8("id,city\n1,\u0627\u0644\u0645\u0648\u0635\u0644\n2,caf\u00e9\n");
        assertEquals(List.of("line 1 [id, city]", "line 2 [1, \u0627\u0644\u0645\u0648\u0635\u0644]",
                "line 3 [2, caf\u00e9]"), read(bytes, "t.csv", true, null));
    }

    @Test
    void windows1252IsDetectedFarIntoALongFile() throws Exception {
        StringBuilder text = new StringBuilder("id,city\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(i).append(",Basra\n");
        }
        text.append("20000,Ni\u00f1eveh\n");
        List<String> rows = read(text.toString().getBytes(CsvCharset.WINDOWS_1252), "t.csv", true, null);
        assertEquals("line 20002 [20000, Ni\u00f1eveh]", rows.get(rows.size() - 1));
    }

    @Test
    void workbookCellsComeAsTextWithSheetRowNumbers() throws Exception {
        byte[] book = Workbooks.xlsx(List.of(
                List.of("id", "event_date", "fatalities", "latitude", "when", "active", "notes"),
                List.of("IRQ1", LocalDate.of(2020, 12, 31), 3, 33.300000000000004, LocalDateTime.of(2026, 3, 13, 10,
                        30), true, "two\nlines"),
                List.of(),
                Arrays.asList("IRQ2", "9-May-20", 12_000_000, -0.5, null, false, null)));
        assertEquals(List.of("sheet 'Sheet1' row 1 [id, event_date, fatalities, latitude, when, active, notes]",
                "sheet 'Sheet1' row 2 [IRQ1, 2020-12-31, 3, 33.3, 2026-03-13 10:30:00, TRUE, two\nlines]",
                "sheet 'Sheet1' row 4 [IRQ2, 9-May-20, 12000000, -0.5, , FALSE, ]"),
                read(book, "acled.xlsx", false, null));
    }

    @Test
    void streamingWorkbooksWithInlineStringsReadTheSame() throws Exception {
        List<List<Object>> rows = List.of(List.of("id", "place"), List.of(1, "Mosul"), List.of(2, "Tal Afar"));
        assertEquals(read(Workbooks.xlsx(rows), "a.xlsx", false, null).subList(1, 3),
                read(Workbooks.inlineStrings("Sheet1", rows), "b.xlsx", false, null).subList(1, 3));
    }

    @Test
    void aChosenSheetIsReadByNameOrNumber() throws Exception {
        byte[] book = Workbooks.xlsx(List.of(List.of("readme"), List.of("about")),
                List.of(List.of("id"), List.of("x1")));
        assertEquals(List.of("sheet 'Sheet2' row 1 [id]", "sheet 'Sheet2' row 2 [x1]"),
                read(book, "t.xlsx", false, "Sheet2"));
        assertEquals(read(book, "t.xlsx", false, "Sheet2"), read(book, "t.xlsx", false, "2"));
        ImportException e = assertThrows(ImportException.class, () -> read(book, "t.xlsx", false, "Data"));
        assertEquals("t.xlsx: no sheet 'Data'; the workbook has 'Sheet1', 'Sheet2'", e.getMessage());
    }

    @Test
    void aZipThatIsNotAWorkbookSaysSo() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0};
        ImportException e = assertThrows(ImportException.class, () -> read(zip, "t.xlsx", false, null));
        assertTrue(e.getMessage().startsWith("t.xlsx: not an Excel workbook (.xlsx)"), e.getMessage());
    }

    @Test
    void aHeaderNameTwiceIsRefusedWithWhereItIs() {
        byte[] book = Workbooks.xlsx(List.of(List.of("id", "ID", "id")));
        ImportException e = assertThrows(ImportException.class, () -> read(book, "t.xlsx", false, null));
        assertEquals("t.xlsx: sheet 'Sheet1' row 1: column 'id' appears twice", e.getMessage());
    }
}

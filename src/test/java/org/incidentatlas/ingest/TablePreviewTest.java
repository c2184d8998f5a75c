package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first rows of a table for the mapping dialog, and how a CSV file's bytes become text. */
class TablePreviewTest {
    @TempDir
    Path dir;

    @Test
    void thePreviewHoldsTheHeaderAndAsManyRowsAsAskedEachAsWideAsTheHeader() throws Exception {
        Path csv = Files.writeString(dir.resolve("ibc.csv"), "Date,Place,,Deaths\n2006-03-12,Sadr City,x,5,extra\n"
                + "2006-03-13,Mosul\n2006-03-14,Basra,,1\n");
        TablePreview preview = TablePreview.read(csv, 2);
        assertEquals("ibc.csv", preview.fileName());
        assertEquals(List.of("Date", "Place", "", "Deaths"), preview.columns());
        assertEquals(List.of(List.of("2006-03-12", "Sadr City", "x", "5"), List.of("2006-03-13", "Mosul", "", "")),
                preview.rows());
        assertNull(preview.format());
        assertEquals(3, TablePreview.read(csv, 10).rows().size());
        assertEquals(List.of(), TablePreview.read(csv, 0).rows());
    }

    @Test
    void aKnownFormatIsNamedByItsHeader() throws Exception {
        Path acled = Files.writeString(dir.resolve("a.csv"), AcledSample.text(AcledSample.CURRENT,
                AcledSample.rows()));
        assertEquals("acled", TablePreview.read(acled, 1).format());
        Path ged = Files.writeString(dir.resolve("g.csv"), GedSample.text());
        assertEquals("ged", TablePreview.read(ged, 1).format());
        Path gtd = Files.write(dir.resolve("t.xlsx"), new GtdTable().add(GtdTable.event()).xlsx());
        TablePreview workbook = TablePreview.read(gtd, 5);
        assertEquals("gtd", workbook.format());
        assertEquals(1, workbook.rows().size());
        assertEquals(GtdTable.COLUMNS.size(), workbook.rows().get(0).size());
    }

    @Test
    void thePreviewIsACopyThatCannotBeChanged() {
        List<String> columns = new java.util.ArrayList<>(List.of("a"));
        TablePreview preview = new TablePreview("f", columns, List.of(new java.util.ArrayList<>(List.of("1"))),
                null);
        columns.add("b");
        assertEquals(List.of("a"), preview.columns());
        assertThrows(UnsupportedOperationException.class, () -> preview.rows().get(0).add("2"));
    }

    @Test
    void whatCannotBePreviewedIsSaidWithTheFile() throws Exception {
        Path missing = dir.resolve("missing.csv");
        assertEquals(missing + ": no such file", assertThrows(ImportException.class,
                () -> TablePreview.read(missing, 5)).getMessage());
        assertEquals(dir + ": is not a regular file", assertThrows(ImportException.class,
                () -> TablePreview.read(dir, 5)).getMessage());
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertEquals("empty.csv: empty file, expected a header line", assertThrows(ImportException.class,
                () -> TablePreview.read(empty, 5)).getMessage());
    }

    @Test
    void tablesAreKnownByTheirNames() {
        assertTrue(TablePreview.looksLikeTable(Path.of("a.csv")));
        assertTrue(TablePreview.looksLikeTable(Path.of("dir", "A.XLSX")));
        assertTrue(TablePreview.looksLikeTable(Path.of("b.xlsm")));
        assertFalse(TablePreview.looksLikeTable(Path.of("c.json")));
        assertFalse(TablePreview.looksLikeTable(Path.of("d.txt")));
        assertFalse(TablePreview.looksLikeTable(Path.of("/")));
    }

    private static String decode(byte[] bytes, boolean windows1252, int chunk) throws IOException {
        CsvCharset reader = new CsvCharset(new ByteArrayInputStream(bytes), windows1252);
        CharArrayWriter out = new CharArrayWriter();
        char[] buffer = new char[chunk];
        assertEquals(0, reader.read(buffer, 0, 0));
        for (int n = reader.read(buffer, 0, chunk); n >= 0; n = reader.read(buffer, 0, chunk)) {
            assertTrue(n > 0, "a read gives at least one character until the end");
            out.write(buffer, 0, n);
        }
        assertEquals(-1, reader.read(buffer, 0, chunk), "the end stays the end");
        return out.toString() + " [" + reader.charsetName() + "]";
    }

    @Test
    void utf8IsReadWhateverTheSizeOfTheReads() throws Exception {
        byte[] text = "Nīnawá, تلعفر ✓".getBytes(StandardCharsets.UTF_8);
        assertEquals("Nīnawá, تلعفر ✓ [UTF-8]", decode(text, false, 1));
        assertEquals("Nīnawá, تلعفر ✓ [UTF-8]", decode(text, true, 3));
        assertEquals("Nīnawá, تلعفر ✓ [UTF-8]", decode(text, true, 4096));
    }

    @Test
    void bytesThatAreNotUtf8AreEachAReplacementCharacterUnlessWindows1252IsAllowed() throws Exception {
        byte[] latin = {'K', 'i', 'r', 'k', 'o', 'u', 'k', ' ', (byte) 0xe9, 't', (byte) 0xe9, ' ', (byte) 0x96};
        assertEquals("Kirkouk \uFFFDt\uFFFD \uFFFD [UTF-8]", decode(latin, false, 1));
        assertEquals("Kirkouk \uFFFDt\uFFFD \uFFFD [UTF-8]", decode(latin, false, 64));
        assertEquals("Kirkouk été – [Windows-1252]", decode(latin, true, 1));
        assertEquals("Kirkouk été – [Windows-1252]", decode(latin, true, 64));
    }

    @Test
    void textThatWasUtf8StaysUtf8WhenABadByteFollows() throws Exception {
        byte[] utf8 = "é,".getBytes(StandardCharsets.UTF_8);
        byte[] mixed = new byte[utf8.length + 2];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        mixed[utf8.length] = (byte) 0xe9;
        mixed[utf8.length + 1] = 'x';
        assertEquals("é,\uFFFDx [UTF-8]", decode(mixed, true, 64));
        assertEquals("é,\uFFFDx [UTF-8]", decode(mixed, true, 1));
    }

    @Test
    void aTruncatedCharacterAtTheEndIsOneReplacementCharacter() throws Exception {
        byte[] cut = {'a', (byte) 0xe2, (byte) 0x9c};
        assertEquals("a\uFFFD [UTF-8]", decode(cut, false, 64));
    }
}

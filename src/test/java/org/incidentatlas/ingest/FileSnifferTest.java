package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file that is not text is named for what it is from its first bytes; a text file's first real byte is found. */
class FileSnifferTest {
    private static byte[] bytes(String hex) {
        String[] parts = hex.split(" ");
        byte[] out = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "zip|50 4b 03 04 14 00|this is a zip archive, not a CSV or JSON file; unpack it first",
        "empty zip|50 4b 05 06 00|this is a zip archive, not a CSV or JSON file; unpack it first",
        "xls|d0 cf 11 e0 a1 b1 1a e1 00|this is an old Excel workbook (.xls) or another old Office file; save it as "
                + ".xlsx or CSV",
        "gzip|1f 8b 08 00|this is a gzip-compressed file; unpack it first",
        "UTF-32 LE|ff fe 00 00 69 00 00 00|this is UTF-32 text; save it as UTF-8",
        "UTF-32 BE|00 00 fe ff 00 00 00 69|this is UTF-32 text; save it as UTF-8",
        "UTF-16 LE|ff fe 69 00|this is UTF-16 text; save it as UTF-8",
        "UTF-16 BE|fe ff 00 69|this is UTF-16 text; save it as UTF-8",
        "PDF|25 50 44 46 2d 31|this is a PDF document, not a CSV or JSON file",
        "NUL third|69 64 00 2c|byte 3 is a NUL byte: this is binary data (or UTF-16 text), not a CSV or JSON file"})
    void aFileThatIsNotTextIsNamed(String name, String head, String said) {
        assertEquals(said, FileSniffer.notText(bytes(head)));
    }

    @Test
    void textAndShortFilesAreText() {
        assertNull(FileSniffer.notText("id,year\n1,2014".getBytes(StandardCharsets.UTF_8)));
        assertNull(FileSniffer.notText(bytes("50 4b 03")), "too short for a zip signature");
        assertNull(FileSniffer.notText(bytes("ff")));
        assertNull(FileSniffer.notText(new byte[0]));
        assertNull(FileSniffer.notText(bytes("50 4b 03 05")), "not a zip signature");
    }

    @Test
    void theFirstRealByteSkipsBlanksAndAByteOrderMark() {
        assertEquals('{', FileSniffer.firstNonBlank(" \r\n\t{".getBytes(StandardCharsets.UTF_8)));
        assertEquals('i', FileSniffer.firstNonBlank(bytes("ef bb bf 20 69")));
        assertEquals(0xef, FileSniffer.firstNonBlank(bytes("ef bb 69")), "half a byte order mark is a byte");
        assertEquals(-1, FileSniffer.firstNonBlank(" \n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(-1, FileSniffer.firstNonBlank(new byte[0]));
    }
}

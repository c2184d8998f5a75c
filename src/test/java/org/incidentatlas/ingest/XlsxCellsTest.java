package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A sheet row's cells turned into text, from the sheet XML itself: no workbook file is written. */
class XlsxCellsTest {
    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** The row's cell values; {@code cells} is the XML inside {@code <row>}. */
    private static String[] row(XlsxCells reader, String cells) throws Exception {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(new ByteArrayInputStream(
                ("<sheetData xmlns=\"" + NS + "\"><row r=\"2\">" + cells + "</row><row r=\"3\"><c r=\"A3\"><v>99</v>"
                        + "</c></row></sheetData>").getBytes(StandardCharsets.UTF_8)));
        while (!(xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName()))) {
            continue;
        }
        String[] values = reader.readRow(xml, "row 2");
        assertEquals(XMLStreamConstants.END_ELEMENT, xml.getEventType(), "the row is read to its end");
        assertEquals("row", xml.getLocalName());
        return values;
    }

    private static String[] row(String cells) throws Exception {
        return row(new XlsxCells(null, null, false), cells);
    }

    @ParameterizedTest
    @CsvSource({"A1,0", "b7,1", "Z9,25", "AA10,26", "AZ1,51", "BA1,52", "XFD1,16383"})
    void columnsFromCellReferences(String ref, int column) {
        assertEquals(column, XlsxCells.column(ref));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "", "XFE1", "AAAA1"})
    void referencesThatNameNoColumnAreRefused(String ref) {
        XlsxCells.BadCell e = assertThrows(XlsxCells.BadCell.class, () -> XlsxCells.column(ref));
        assertEquals("cell reference '" + ref + "' is not a column and row", e.getMessage());
    }

    @Test
    void cellsTheRowSkipsAreBlankAndUnnumberedCellsFollowOn() throws Exception {
        assertArrayEquals(new String[] {"", "1", "", "2", "3"}, row("<c r=\"B2\"><v>1</v></c><c r=\"D2\"><v>2</v></c>"
                + "<c><v>3</v></c>"));
        assertArrayEquals(new String[] {"", ""}, row("<c r=\"A2\"/><c r=\"B2\" t=\"s\"/>"));
        assertArrayEquals(new String[0], row(""));
    }

    @Test
    void aCellLeftOfOneAlreadyReadIsRefused() {
        XlsxCells.BadCell e = assertThrows(XlsxCells.BadCell.class, () -> row("<c r=\"C2\"><v>1</v></c>"
                + "<c r=\"B2\"><v>2</v></c>"));
        assertEquals("cell B2 comes after a cell to its right", e.getMessage());
        assertThrows(XlsxCells.BadCell.class, () -> row("<c r=\"A2\"><v>1</v></c><c r=\"A2\"><v>2</v></c>"));
    }

    @Test
    void numbersAsExcelShowsThemWithoutFloatNoiseOrExponent() throws Exception {
        assertArrayEquals(new String[] {"33.3", "3", "12000000", "-0.5", "0.000001", "1E+400", "NaN"},
                row("<c><v>33.300000000000004</v></c><c t=\"n\"><v> 3.0 </v></c><c><v>1.2E7</v></c>"
                        + "<c><v>-0.5</v></c><c><v>1e-6</v></c><c><v>1E+400</v></c><c><v>NaN</v></c>"));
        XlsxCells.BadCell e = assertThrows(XlsxCells.BadCell.class, () -> row("<c r=\"A2\"><v>1</v></c>"
                + "<c r=\"B2\"><v>twelve</v></c>"));
        assertEquals("cell B2: 'twelve' is not a number", e.getMessage());
    }

    @Test
    void textBooleansErrorsAndFormulaResultsAsWritten() throws Exception {
        assertArrayEquals(new String[] {"TRUE", "FALSE", "#N/A", " formula text ", "2020-12-31"},
                row("<c t=\"b\"><v>1</v></c><c t=\"b\"><v>0</v></c><c t=\"e\"><v>#N/A</v></c>"
                        + "<c t=\"str\"><v> formula text </v></c><c t=\"d\"><v>2020-12-31</v></c>"));
    }

    @Test
    void inlineStringsJoinTheirRunsAndLeaveOutPhoneticReadings() throws Exception {
        assertArrayEquals(new String[] {"Tall Afar", "東京", ""}, row("<c t=\"inlineStr\"><is><r><t>Tall </t></r>"
                + "<r><t>Afar</t></r></is></c><c t=\"inlineStr\"><is><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t>"
                + "</rPh></is></c><c t=\"inlineStr\"><is></is></c>"));
    }

    @Test
    void aSharedStringThatIsNotThereIsRefusedNamingTheCell() {
        XlsxCells.BadCell e = assertThrows(XlsxCells.BadCell.class, () -> row("<c r=\"A2\" t=\"s\"><v>4</v></c>"));
        assertEquals("cell A2: shared string 4 does not exist", e.getMessage());
    }

    @Test
    void numbersInADateStyleAreDaysWithATimeWhenTheyHaveOne() throws Exception {
        StylesTable styles = new StylesTable();
        XSSFCellStyle date = styles.createCellStyle();
        date.setDataFormat(14);
        XSSFCellStyle plain = styles.createCellStyle();
        plain.setDataFormat(2);
        String cells = "<c s=\"" + date.getIndex() + "\"><v>44196</v></c><c s=\"" + date.getIndex() + "\"><v>44196.4375"
                + "</v></c><c s=\"" + plain.getIndex() + "\"><v>44196</v></c><c s=\"99\"><v>44196</v></c>"
                + "<c s=\"" + date.getIndex() + "\"><v>-1</v></c>";
        assertArrayEquals(new String[] {"2020-12-31", "2020-12-31 10:30:00", "44196", "44196", "-1"},
                row(new XlsxCells(null, styles, false), cells));
        assertArrayEquals(new String[] {"2025-01-01", "2025-01-01 10:30:00", "44196", "44196", "-1"},
                row(new XlsxCells(null, styles, true), cells), "counted from 1904");
        assertArrayEquals(new String[] {"44196"}, row(new XlsxCells(null, null, false), "<c s=\"" + date.getIndex()
                + "\"><v>44196</v></c>"), "without styles nothing is a date");
    }

    @Test
    void theWorkbookSaysWhetherItCountsFrom1904() throws Exception {
        assertTrue(uses1904("<workbook xmlns=\"" + NS + "\"><workbookPr date1904=\"1\"/></workbook>"));
        assertTrue(uses1904("<workbook xmlns=\"" + NS + "\"><workbookPr date1904=\"TRUE\"/></workbook>"));
        assertFalse(uses1904("<workbook xmlns=\"" + NS + "\"><workbookPr date1904=\"0\"/></workbook>"));
        assertFalse(uses1904("<workbook xmlns=\"" + NS + "\"><workbookPr/></workbook>"));
        assertFalse(uses1904("<workbook xmlns=\"" + NS + "\"><sheets/></workbook>"));
        IOException e = assertThrows(IOException.class, () -> uses1904("<workbook><sheets>"));
        assertTrue(e.getMessage().startsWith("workbook.xml cannot be read: "), e.getMessage());
    }

    private static boolean uses1904(String xml) throws IOException {
        return XlsxCells.uses1904(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}

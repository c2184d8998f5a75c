package org.incidentatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * One sheet of an Excel workbook (.xlsx) read as a table, streaming: the sheet's XML is read element by element with
 * StAX through Apache POI's OOXML package reader, so only the current row (and the workbook's shared strings) are in
 * memory. Cell values come as text: shared and inline strings as written, numbers without exponent or float noise,
 * cells formatted as dates as ISO dates ({@code 2020-12-31}, with {@code HH:mm:ss} when they have a time).
 */
final class XlsxTable implements TableSource {
    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    private final String fileName;
    private final Path copy;
    private final OPCPackage workbook;
    private final InputStream sheetData;
    private final XMLStreamReader xml;
    private final String sheetName;
    private final XlsxCells cells;
    private TableHeader header;
    private int lastRow;

    private XlsxTable(String fileName, Path copy, OPCPackage workbook, Opened opened) throws ImportException {
        this.fileName = fileName;
        this.copy = copy;
        this.workbook = workbook;
        this.sheetData = opened.data;
        this.sheetName = opened.name;
        this.cells = opened.cells;
        try {
            this.xml = XML.createXMLStreamReader(sheetData);
        } catch (XMLStreamException e) {
            throw new ImportException(fileName + ": sheet '" + sheetName + "' cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a sheet of the workbook in {@code in}; the bytes are first copied to a temporary file, because a zip
     * archive's parts can only be found from its end.
     *
     * @param sheet the sheet's name or 1-based number, or null for the first sheet
     */
    static XlsxTable open(InputStream in, String fileName, String sheet) throws ImportException, IOException {
        Path copy = Files.createTempFile("incident-atlas-import", ".xlsx");
        OPCPackage pkg = null;
        try {
            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ);
            XlsxTable table = new XlsxTable(fileName, copy, pkg, openSheet(pkg, fileName, sheet));
            pkg = null;
            return table;
        } catch (InvalidFormatException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new ImportException(fileName + ": not an Excel workbook (.xlsx): " + e.getMessage(), e);
        } catch (OpenXML4JException | SAXException | RuntimeException e) {
            throw new ImportException(fileName + ": the workbook cannot be read: " + e.getMessage(), e);
        } finally {
            if (pkg != null) {
                pkg.revert();
                Files.deleteIfExists(copy);
            }
        }
    }

    private record Opened(String name, InputStream data, XlsxCells cells) {
    }

    private static Opened openSheet(OPCPackage pkg, String fileName, String wanted)
            throws IOException, OpenXML4JException, SAXException, ImportException {
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<String> names = new ArrayList<>();
        int number = 0;
        while (sheets.hasNext()) {
            InputStream data = sheets.next();
            number++;
            String name = sheets.getSheetName();
            if (wanted == null || wanted.equals(name) || wanted.equals(Integer.toString(number))) {
                XlsxCells cells = new XlsxCells(new ReadOnlySharedStringsTable(pkg, false), reader.getStylesTable(),
                        XlsxCells.uses1904(reader.getWorkbookData()));
                return new Opened(name, data, cells);
            }
            data.close();
            names.add("'" + name + "'");
        }
        if (names.isEmpty()) {
            throw new ImportException(fileName + ": the workbook has no sheets");
        }
        throw new ImportException(fileName + ": no sheet '" + wanted + "'; the workbook has " + String.join(", ",
                names));
    }

    @Override
    public TableHeader header() throws ImportException, IOException {
        if (header == null) {
            String[] first = nextRow();
            if (first == null) {
                throw new ImportException(fileName + ": sheet '" + sheetName + "' is empty, expected a header row");
            }
            int width = first.length;
            while (width > 0 && first[width - 1].isBlank()) {
                width--;
            }
            header = TableHeader.of(Arrays.copyOf(first, width), where(), fileName);
        }
        return header;
    }

    @Override
    public TableRow next() throws ImportException, IOException {
        while (true) {
            String[] values = nextRow();
            if (values == null) {
                return null;
            }
            if (Arrays.stream(values).allMatch(String::isEmpty)) {
                continue;
            }
            int width = values.length;
            while (width > header.width() && values[width - 1].isEmpty()) {
                width--;
            }
            if (width < values.length) {
                values = Arrays.copyOf(values, width);
            }
            if (values.length < header.width()) {
                String[] padded = Arrays.copyOf(values, header.width());
                Arrays.fill(padded, values.length, padded.length, "");
                values = padded;
            }
            return new TableRow(header, values, where(), lastRow);
        }
    }

    @Override
    public String note() {
        return "sheet '" + sheetName + "'";
    }

    private String where() {
        return "sheet '" + sheetName + "' row " + lastRow;
    }

    /** The cells of the next {@code <row>} element, or null after the last. */
    private String[] nextRow() throws ImportException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    String r = xml.getAttributeValue(null, "r");
                    lastRow = r == null ? lastRow + 1 : Integer.parseInt(r);
                    return cells.readRow(xml, where());
                }
            }
            return null;
        } catch (XMLStreamException | NumberFormatException e) {
            throw new ImportException(fileName + ": " + where() + ": broken sheet XML: " + e.getMessage(), e);
        } catch (XlsxCells.BadCell e) {
            throw new ImportException(fileName + ": " + where() + ", " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            sheetData.close();
            workbook.revert();
            Files.deleteIfExists(copy);
        }
    }
}

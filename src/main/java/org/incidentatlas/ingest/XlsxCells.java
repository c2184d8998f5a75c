package org.incidentatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/** Turns the {@code <c>} elements of one sheet row into text values, by cell type and number format. */
final class XlsxCells {
    /** Excel shows 15 significant digits; more are binary noise (33.300000000000004). */
    private static final MathContext DIGITS = new MathContext(15);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Widest row taken: Excel's own limit is 16,384 columns. */
    private static final int MAX_COLUMNS = 16_384;

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    XlsxCells(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** A cell whose value cannot be taken; the message names the cell. */
    static final class BadCell extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadCell(String message) {
            super(message);
        }
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
    static boolean uses1904(InputStream workbookXml) throws IOException {
        try (InputStream in = workbookXml) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(xml.getLocalName())) {
                    String v = xml.getAttributeValue(null, "date1904");
                    return "1".equals(v) || "true".equalsIgnoreCase(v);
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw new IOException("workbook.xml cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads from just after {@code <row>} to its end; cells the row skips are "". */
    String[] readRow(XMLStreamReader xml, String where) throws XMLStreamException {
        List<String> values = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? values.size() : column(ref);
                String value = cell(xml, ref);
                while (values.size() < column) {
                    values.add("");
                }
                if (column < values.size()) {
                    throw new BadCell("cell " + ref + " comes after a cell to its right");
                }
                values.add(value);
            }
        }
        return values.toArray(String[]::new);
    }

    /** The 0-based column of a reference such as "AB12". */
    static int column(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0 || column > MAX_COLUMNS) {
            throw new BadCell("cell reference '" + ref + "' is not a column and row");
        }
        return column - 1;
    }

    private String cell(XMLStreamReader xml, String ref) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String raw = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if ("v".equals(name)) {
                raw = xml.getElementText();
            } else if ("t".equals(name)) {
                inline = inline == null ? new StringBuilder() : inline;
                inline.append(xml.getElementText());
            } else if ("rPh".equals(name)) {
                skip(xml, "rPh");
            }
        }
        if ("inlineStr".equals(type)) {
            return inline == null ? "" : inline.toString();
        }
        if (raw == null) {
            return "";
        }
        return value(type, style, raw, ref);
    }

    /** Phonetic runs of East Asian text repeat the text's reading: not part of the value. */
    private static void skip(XMLStreamReader xml, String element) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private String value(String type, String style, String raw, String ref) {
        if (type == null || "n".equals(type)) {
            return number(raw.strip(), style, ref);
        }
        switch (type) {
            case "s":
                try {
                    return strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                } catch (RuntimeException e) {
                    throw new BadCell("cell " + ref + ": shared string " + raw + " does not exist");
                }
            case "b":
                return "1".equals(raw.strip()) ? "TRUE" : "FALSE";
            default:
                // "str" (a formula's text), "e" (an error such as #N/A), "d" (an ISO date): as written
                return raw;
        }
    }

    private String number(String raw, String style, String ref) {
        double d;
        try {
            d = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new BadCell("cell " + ref + ": '" + raw + "' is not a number");
        }
        if (style != null && isDateStyle(Integer.parseInt(style)) && DateUtil.isValidExcelDate(d)) {
            LocalDateTime t = DateUtil.getLocalDateTime(d, date1904, true);
            return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString()
                    : t.toLocalDate() + " " + TIME.format(t.toLocalTime());
        }
        if (!Double.isFinite(d)) {
            return raw;
        }
        return new BigDecimal(raw).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle s = styles.getStyleAt(i);
            return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
        });
    }
}

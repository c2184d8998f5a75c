package org.incidentatlas.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes .xlsx workbooks for tests, as Excel and other spreadsheets save them: cells as text, numbers, booleans and
 * dates (numbers with a date format). A null cell is left out of the row.
 */
public final class Workbooks {
    private Workbooks() {
    }

    /** One sheet per entry of {@code sheets}, named "Sheet1", "Sheet2", ...; strings shared as Excel saves them. */
    @SafeVarargs
    public static byte[] xlsx(List<List<Object>>... sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            int n = 0;
            for (List<List<Object>> rows : sheets) {
                fill(workbook, workbook.createSheet("Sheet" + ++n), rows);
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-sheet workbook written streaming with inline strings, as large exports are. */
    public static byte[] inlineStrings(String sheetName, List<List<Object>> rows) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            fill(workbook, workbook.createSheet(sheetName), rows);
            return bytes(workbook);
        } finally {
            workbook.dispose();
        }
    }

    /** Strings only, as the rows of a CSV file. */
    public static List<List<Object>> textRows(List<String[]> rows) {
        return rows.stream().map(r -> List.<Object>of((Object[]) r)).toList();
    }

    private static byte[] bytes(Workbook workbook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static void fill(Workbook workbook, Sheet sheet, List<List<Object>> rows) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d-mmm-yy"));
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof String s) {
                    row.createCell(c).setCellValue(s);
                } else if (value instanceof Number d) {
                    row.createCell(c).setCellValue(d.doubleValue());
                } else if (value instanceof Boolean b) {
                    row.createCell(c).setCellValue(b);
                } else if (value instanceof LocalDate d) {
                    var cell = row.createCell(c);
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (value instanceof LocalDateTime t) {
                    var cell = row.createCell(c);
                    cell.setCellValue(t);
                    cell.setCellStyle(dateTime);
                }
            }
        }
    }
}

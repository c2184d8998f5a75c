package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GED table saved as an Excel workbook reads to the same incidents as the CSV it was saved from. */
@Tag("slow") // imports whole files into a database: PIT runs the readers' own tests instead
class GedWorkbookTest {
    @TempDir
    Path dir;

    private static List<List<Object>> sampleRows() throws Exception {
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> it = csv.readerFor(String[].class).readValues(GedSample.text())) {
            return Workbooks.textRows(it.readAll());
        }
    }

    @Test
    void workbookWithSharedStringsReadsAsTheCsv() throws Exception {
        ParsedFile fromCsv = GedSample.parse(GedSample.text());
        ParsedFile fromBook = new GedCsvReader("19.1").read(new ByteArrayInputStream(Workbooks.xlsx(sampleRows())),
                "ged191.xlsx", ProgressListener.NONE);
        assertEquals(List.of(), fromBook.rejections());
        assertEquals(fromCsv.incidents(), fromBook.incidents());
    }

    @Test
    void streamingWrittenWorkbookImportsIntoTheDatabaseByItsName() throws Exception {
        Path file = Files.write(dir.resolve("ged191-sample.xlsx"), Workbooks.inlineStrings("GEDEvent",
                sampleRows()));
        Database db = Database.open(dir.resolve("db"));
        try {
            IncidentRepository repository = new IncidentRepository(db);
            ImportReport report = new Importer(repository).importFile(file, false, ProgressListener.NONE);
            assertEquals("ged191-sample.xlsx: 11 records read, 11 imported, 0 rejected", report.describe());
            for (Incident parsed : GedSample.parse(GedSample.text()).incidents()) {
                assertEquals(Optional.of(parsed), repository.find(parsed.id()), parsed.id().toString());
            }
        } finally {
            db.close();
        }
    }

    @Test
    void badCellIsRejectedNamingSheetRowAndColumn() throws Exception {
        List<List<Object>> rows = new java.util.ArrayList<>(sampleRows());
        List<Object> third = new java.util.ArrayList<>(rows.get(3));
        int latitude = rows.get(0).indexOf("latitude");
        third.set(latitude, "123");
        rows.set(3, third);
        ParsedFile parsed = new GedCsvReader("19.1").read(new ByteArrayInputStream(Workbooks.xlsx(rows)),
                "ged191.xlsx", ProgressListener.NONE);
        assertEquals(List.of(new Rejection("sheet 'Sheet1' row 4", "latitude", "must be between -90 and 90 (was 123)")),
                parsed.rejections());
    }
}

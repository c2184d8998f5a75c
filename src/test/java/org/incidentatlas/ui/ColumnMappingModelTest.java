package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.ingest.TableMapping;
import org.incidentatlas.ingest.TablePreview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The column-mapping dialog's state: guesses from the header, problems said before anything is imported. */
class ColumnMappingModelTest {
    @TempDir
    Path dir;

    /** A researcher's sheet with its own column names and day/month/year dates. */
    private Path sheet() throws Exception {
        Path f = dir.resolve("Mosul Survey 2017.csv");
        Files.writeString(f, """
                Ref,Start Date,End Date,Lat,Lon,Reported Minimum,Killed,Reported Maximum,Injured,Location,Weapons,Notes
                MS-1,13/3/2017,14/3/2017,36.33,43.12,3,4,6,2,Mosul al-Jadida,air strike,house hit
                MS-2,2/4/2017,,36.35,43.15,1,1,1,0,Old City,mortar,
                """);
        return f;
    }

    @Test
    void columnsAndTheDateFormatAreGuessedFromTheHeaderAndFirstRows() throws Exception {
        TablePreview preview = TablePreview.read(sheet(), 10);
        assertNull(preview.format(), "a researcher's sheet is in no known format");
        assertEquals(2, preview.rows().size());
        ColumnMappingModel m = new ColumnMappingModel(preview);
        assertEquals("Ref", m.column("id").get());
        assertEquals("Start Date", m.column("startDate").get());
        assertEquals("End Date", m.column("endDate").get());
        assertEquals("Lat", m.column("latitude").get());
        assertEquals("Lon", m.column("longitude").get());
        assertEquals("Reported Minimum", m.column("deathsLow").get());
        assertEquals("Killed", m.column("deathsBest").get());
        assertEquals("Reported Maximum", m.column("deathsHigh").get());
        assertEquals("Injured", m.column("wounded").get());
        assertEquals("Location", m.column("place").get());
        assertEquals("Weapons", m.column("type").get());
        assertEquals("Notes", m.column("description").get());
        assertEquals("", m.column("source").get(), "no column looks like a source");
        assertEquals("d/M/yyyy", m.dateFormatProperty().get(), "the first format that reads every previewed date");
        assertEquals("mosul-survey-2017", m.datasetProperty().get());
        assertEquals("", m.problemProperty().get());
    }

    @Test
    void whatIsWrongIsSaidBeforeImporting() throws Exception {
        ColumnMappingModel m = new ColumnMappingModel(TablePreview.read(sheet(), 10));
        m.column("latitude").set("");
        assertTrue(m.problemProperty().get().contains("'latitude' must name a column"), m.problemProperty().get());
        m.column("latitude").set("Lat");
        m.dateFormatProperty().set("M/d/yyyy");
        assertEquals("row 1 of the preview, 'Start Date': not a date (expected M/d/yyyy): '13/3/2017'",
                m.problemProperty().get());
        m.dateFormatProperty().set("d/M/yyyy");
        m.datasetProperty().set("My Data");
        assertTrue(m.problemProperty().get().startsWith("'dataset' must be a name of lower-case letters"),
                m.problemProperty().get());
        m.datasetProperty().set("mosul");
        m.column("wounded").set("Hurt");
        assertEquals("'wounded' names a column the table does not have: 'Hurt'", m.problemProperty().get());
    }

    @Test
    void theMappingSavedIsTheOneChosenAndLoadsBack() throws Exception {
        TablePreview preview = TablePreview.read(sheet(), 10);
        ColumnMappingModel m = new ColumnMappingModel(preview);
        m.versionProperty().set("2024-05");
        m.licenceProperty().set("CC BY 4.0");
        Path saved = dir.resolve("m.json");
        m.mapping().write(saved);
        TableMapping read = TableMapping.read(saved);
        assertEquals(m.mapping(), read);
        assertEquals("Killed", read.get("deathsBest"));
        assertEquals("d/M/yyyy", read.get("dateFormat"));

        ColumnMappingModel other = new ColumnMappingModel(preview);
        other.column("deathsBest").set("Reported Maximum");
        other.load(read);
        assertEquals("Killed", other.column("deathsBest").get());
        assertEquals("2024-05", other.versionProperty().get());
    }

    @Test
    void aKnownFormatIsRecognisedByItsHeader() throws Exception {
        TablePreview ged = TablePreview.read(Path.of("data", "ucdp_ged191_iraq.csv"), 3);
        assertEquals("ged", ged.format());
        assertEquals(3, ged.rows().size());
        assertEquals(ged.columns().size(), ged.rows().get(0).size());
        assertEquals(List.of("id", "year"), ged.columns().subList(0, 2));
    }

    @Test
    void aDatasetNameIsMadeFromAnyFileName() {
        assertEquals("ibc-export-2003", ColumnMappingModel.datasetName("IBC export (2003).xlsx"));
        assertEquals("my-table", ColumnMappingModel.datasetName("???.csv"));
    }
}

package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.incidentatlas.store.Stats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow") // imports whole files into a database: PIT runs the readers' own tests instead
class ImporterTest {
    private static final IncidentId TAL_AFAR = IncidentId.parse("ucdp-ged:274540");

    @TempDir
    Path dir;

    private Database db;
    private IncidentRepository repository;
    private Importer importer;

    @BeforeEach
    void openDatabase() {
        db = Database.open(dir.resolve("db"));
        repository = new IncidentRepository(db);
        importer = new Importer(repository);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private ImportReport importText(String name, String text, boolean skipBadRows) throws Exception {
        return importer.importFile(file(name, text), skipBadRows, ProgressListener.NONE);
    }

    private ImportException refused(String name, byte[] bytes) throws IOException {
        Path f = file(name, bytes);
        return assertThrows(ImportException.class, () -> importer.importFile(f, false, ProgressListener.NONE));
    }

    @Test
    void goodFileIsImportedWhole() throws Exception {
        ImportReport report = importText("ged191-sample.csv", GedSample.text(), false);
        assertEquals(new ImportReport("ged191-sample.csv", 11, 11, List.of(), true), report);
        assertEquals("ged191-sample.csv: 11 records read, 11 imported, 0 rejected", report.describe());
        assertEquals(11, repository.count());
        for (Incident parsed : GedSample.parse(GedSample.text()).incidents()) {
            assertEquals(Optional.of(parsed), repository.find(parsed.id()), parsed.id().toString());
        }
    }

    @Test
    void statsAddUpTheImportedSample() throws Exception {
        importText("sample.csv", GedSample.text(), false);
        Stats stats = repository.stats();
        assertEquals(11, stats.incidents());
        assertEquals(12, stats.sources());
        assertEquals(LocalDate.of(1989, 1, 1), stats.firstDate());
        assertEquals(LocalDate.of(2018, 12, 25), stats.lastDate());
        assertEquals(2 + 6 + 20 + 0 + 29 + 22 + 5 + 25 + 35 + 4 + 60, stats.deathsLow());
        assertEquals(2 + 6 + 20 + 0 + 28 + 22 + 5 + 25 + 35 + 4 + 60, stats.deathsBest());
        assertEquals(2 + 6 + 20 + 14 + 64 + 21 + 5 + 25 + 35 + 4 + 60, stats.deathsHigh());
    }

    @Test
    void releaseIsTakenFromTheFileName() throws Exception {
        importText("ucdp_ged191_iraq.csv", GedSample.text(), false);
        assertEquals("19.1", repository.find(TAL_AFAR).orElseThrow().provenance().version());
    }

    @Test
    void fileNameWithoutReleaseLeavesTheReleaseOpen() throws Exception {
        importText("events.csv", GedSample.text(), false);
        assertNull(repository.find(TAL_AFAR).orElseThrow().provenance().version());
    }

    @Test
    void gedReleaseIsReadFromCommonFileNames() {
        assertEquals("19.1", Importer.gedVersion("ucdp_ged191_iraq.csv"));
        assertEquals("25.1", Importer.gedVersion("GEDEvent_v25_1.csv"));
        assertEquals("20.1", Importer.gedVersion("ged-20.1.csv"));
        assertNull(Importer.gedVersion("incidents.csv"));
    }

    @Test
    void oneBadValueRejectsTheWholeFileAndChangesNothing() throws Exception {
        importText("ged191.csv", GedSample.text(), false);
        Incident before = repository.find(TAL_AFAR).orElseThrow();
        String changed = GedSample.edit(GedSample.text(), "274540", ",0,0,2,0,2,2,2", ",0,0,3,0,3,3,3");
        changed = GedSample.edit(changed, "196995", "196995,", "999001,");
        changed = GedSample.edit(changed, "147944", ",35.256583,", ",123,");

        ImportReport report = importText("ged191-update.csv", changed, false);

        assertFalse(report.committed());
        assertEquals(0, report.imported());
        assertEquals(11, report.rowsRead());
        assertEquals(List.of(new Rejection("line 7", "latitude", "must be between -90 and 90 (was 123)")),
                report.rejected());
        assertTrue(report.describe().contains("line 7, latitude: must be between -90 and 90 (was 123)"),
                report.describe());
        assertTrue(report.describe().contains("nothing was imported"), report.describe());
        assertEquals(11, repository.count());
        assertEquals(Optional.of(before), repository.find(TAL_AFAR));
        assertEquals(Optional.empty(), repository.find(IncidentId.parse("ucdp-ged:999001")));
    }

    @Test
    void skippingBadRowsImportsTheGoodOnesAndListsTheBadOne() throws Exception {
        String text = GedSample.edit(GedSample.text(), "147944", ",35.256583,", ",123,");
        ImportReport report = importText("sample.csv", text, true);
        assertTrue(report.committed());
        assertEquals(10, report.imported());
        assertEquals(List.of(new Rejection("line 7", "latitude", "must be between -90 and 90 (was 123)")),
                report.rejected());
        assertEquals(10, repository.count());
        assertEquals(Optional.empty(), repository.find(IncidentId.parse("ucdp-ged:147944")));
        assertTrue(repository.find(IncidentId.parse("ucdp-ged:145064")).isPresent());
        assertFalse(report.describe().contains("nothing was imported"), report.describe());
    }

    @Test
    void emptyFileIsRefusedNamingIt() throws Exception {
        ImportException e = refused("empty.csv", new byte[0]);
        assertEquals("empty.csv: empty file", e.getMessage());
    }

    @Test
    void fileOfOnlyBlankLinesIsRefusedNamingIt() throws Exception {
        ImportException e = refused("blank.csv", "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(e.getMessage().startsWith("blank.csv: "), e.getMessage());
    }

    @Test
    void headerOnlyFileIsRefusedAndChangesNothing() throws Exception {
        importText("sample.csv", GedSample.text(), false);
        ImportException e = refused("header.csv", GedSample.header().getBytes(StandardCharsets.UTF_8));
        assertEquals("header.csv: line 1: only a header line, no records", e.getMessage());
        assertEquals(11, repository.count());
    }

    @Test
    void fileMissingGedColumnsIsRefusedNamingFileLineAndColumns() throws Exception {
        String text = GedSample.text().replaceFirst("where_prec,", "precision,").replaceFirst(",best,", ",central,");
        ImportException e = refused("other.csv", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("other.csv: line 1: not a UCDP GED CSV: missing column(s) where_prec, best", e.getMessage());
        assertEquals(0, repository.count());
    }

    @Test
    void repeatedColumnIsRefused() throws Exception {
        String text = GedSample.text().replaceFirst("year,active_year,", "year,year,");
        ImportException e = refused("twice.csv", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("twice.csv: line 1: column 'year' appears twice", e.getMessage());
    }

    @Test
    void unbalancedQuoteIsRefusedNamingFileAndLine() throws Exception {
        String text = GedSample.edit(GedSample.text(), "145064", "\"PUK, government\"", "\"PUK, government");
        ImportException e = refused("quote.csv", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(e.getMessage().startsWith("quote.csv: line 14: broken CSV: "), e.getMessage());
        assertEquals(0, repository.count());
    }

    @Test
    void textAfterAClosingQuoteIsRefusedNamingTheLine() throws Exception {
        String text = GedSample.edit(GedSample.text(), "114179", "\"Police, witnesses\"", "\"Police\" witnesses");
        ImportException e = refused("quote.csv", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(e.getMessage().startsWith("quote.csv: line 3: broken CSV: "), e.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreRejectedNamingTheLineAndNothingIsImported() throws Exception {
        String text = GedSample.header() + GedSample.record("274540");
        byte[] latin1 = text.replace("Nīnawá", "Ninawá").getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("latin1.csv");
        Files.write(file, latin1);
        ImportReport report = importer.importFile(file, false, ProgressListener.NONE);
        assertFalse(report.committed());
        assertEquals(1, report.rejected().size());
        assertEquals("line 2", report.rejected().get(0).location());
        assertTrue(report.rejected().get(0).reason().contains("UTF-8"), report.rejected().get(0).toString());
        assertEquals(0, repository.count());
    }

    @Test
    void zipArchiveRenamedToCsvIsRefusedNamingTheFile() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("ged191.csv"));
            out.write(GedSample.text().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        ImportException e = refused("ged191.csv", zip.toByteArray());
        assertEquals("ged191.csv: this is a zip archive, not a CSV or JSON file; unpack it first", e.getMessage());
    }

    @Test
    void missingFileIsRefusedNamingIt() {
        Path missing = dir.resolve("nowhere.csv");
        ImportException e = assertThrows(ImportException.class,
                () -> importer.importFile(missing, false, ProgressListener.NONE));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void repeatedIdWithinAFileIsReportedAndNothingImported() throws Exception {
        String second = GedSample.record("274540").replace(",0,0,2,0,2,2,2", ",0,0,9,0,9,9,9");
        ImportReport report = importText("dup.csv", GedSample.text() + second, false);
        assertFalse(report.committed());
        assertEquals(12, report.rowsRead());
        assertEquals(List.of(new Rejection("line 14", "id",
                "incident ucdp-ged:274540 appears more than once in dup.csv; the first one was kept")),
                report.rejected());
        assertEquals(0, repository.count());
    }

    @Test
    void repeatedIdWithSkippingKeepsTheFirstRecord() throws Exception {
        String second = GedSample.record("274540").replace(",0,0,2,0,2,2,2", ",0,0,9,0,9,9,9");
        ImportReport report = importText("dup.csv", GedSample.text() + second, true);
        assertTrue(report.committed());
        assertEquals(11, report.imported());
        assertEquals(1, report.rejected().size());
        assertEquals(2, repository.find(TAL_AFAR).orElseThrow().casualties().deaths().best());
    }

    @Test
    void reimportingAFileReplacesItsIncidents() throws Exception {
        importText("sample.csv", GedSample.text(), false);
        String changed = GedSample.edit(GedSample.text(), "274540", ",0,0,2,0,2,2,2", ",0,0,3,0,3,3,3");
        ImportReport report = importText("sample.csv", changed, false);
        assertTrue(report.committed());
        assertEquals(11, repository.count());
        assertEquals(3, repository.find(TAL_AFAR).orElseThrow().casualties().deaths().best());
    }

    @Test
    void nativeJsonIsRecognisedByItsContent() throws Exception {
        List<Incident> incidents = GedSample.parse(GedSample.text()).incidents();
        ImportReport report = importText("export.txt", "\n  " + NativeJson.toJson(incidents), false);
        assertEquals(11, report.imported());
        for (Incident incident : incidents) {
            assertEquals(Optional.of(incident), repository.find(incident.id()));
        }
    }

    @Test
    void nativeJsonAfterLongLeadingWhitespaceIsRecognised() throws Exception {
        List<Incident> incidents = GedSample.parse(GedSample.text()).incidents();
        ImportReport report = importText("export.json", " ".repeat(8192) + NativeJson.toJson(incidents), false);
        assertEquals(11, report.imported());
    }

    @Test
    void stateValueIsRecordedWithTheImport() throws Exception {
        ImportReport report = importer.importStream(
                new ByteArrayInputStream(GedSample.text().getBytes(StandardCharsets.UTF_8)), "sample.csv", false,
                ProgressListener.NONE, "bundled:sample.csv", "42");
        assertTrue(report.committed());
        assertEquals("42", repository.state("bundled:sample.csv"));
    }

    @Test
    void stateValueIsNotRecordedWhenTheImportIsRefused() throws Exception {
        String text = GedSample.edit(GedSample.text(), "147944", ",35.256583,", ",123,");
        ImportReport report = importer.importStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "sample.csv", false, ProgressListener.NONE, "bundled:sample.csv", "42");
        assertFalse(report.committed());
        assertNull(repository.state("bundled:sample.csv"));
    }
}

package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentatlas.ingest.GtdTable;
import org.incidentatlas.ingest.IbcTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} with {@code --mapping}, {@code --format} and {@code --sheet}, headless. */
class ImportFormatCliTest {
    @TempDir
    Path dir;

    @Test
    void otherTableImportsHeadlessThroughASavedMapping() throws Exception {
        Path table = Files.write(dir.resolve("ibc.csv"), IbcTable.csvBytes());
        Path mapping = Files.write(dir.resolve("ibc.json"), IbcTable.mappingJsonLines());
        CliRun run = CliRun.on(dir.resolve("db"), "import", table.toString(), "--mapping", mapping.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("ibc.csv: 3 records read, 3 imported, 0 rejected", run.out().strip());
        CliRun again = CliRun.on(dir.resolve("db"), "import", table.toString(), "--format", "mapped", "--mapping",
                mapping.toString());
        assertEquals(0, again.code(), again.err());
    }

    @Test
    void forcedFormatThatDoesNotFitIsRefusedNamingTheMissingColumns() throws Exception {
        Path table = Files.write(dir.resolve("ibc.csv"), IbcTable.csvBytes());
        CliRun run = CliRun.on(dir.resolve("db"), "import", table.toString(), "--format", "gtd");
        assertEquals(Cli.FILE_ERROR, run.code());
        assertTrue(run.err().contains("ibc.csv: line 1: not a GTD table: missing column(s) eventid, iyear"),
                run.err());
    }

    @Test
    void mappedFormatWithoutAMappingIsAUsageError() throws Exception {
        Path table = Files.write(dir.resolve("ibc.csv"), IbcTable.csvBytes());
        CliRun run = CliRun.on(dir.resolve("db"), "import", table.toString(), "--format", "mapped");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--format mapped needs --mapping M.json"), run.err());
        CliRun typo = CliRun.on(dir.resolve("db"), "import", table.toString(), "--format", "gdt");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("--format must be one of ged, acled, gtd, native, mapped (was 'gdt')"),
                typo.err());
    }

    @Test
    void chosenSheetOfAWorkbookIsImported() throws Exception {
        byte[] gtd = new GtdTable().add(GtdTable.event()).xlsx();
        Path book = Files.write(dir.resolve("gtd.xlsx"), gtd);
        CliRun missing = CliRun.on(dir.resolve("db"), "import", book.toString(), "--sheet", "Data");
        assertEquals(Cli.FILE_ERROR, missing.code());
        assertTrue(missing.err().contains("gtd.xlsx: no sheet 'Data'; the workbook has 'Sheet1'"), missing.err());
        CliRun run = CliRun.on(dir.resolve("db"), "import", book.toString(), "--sheet", "Sheet1");
        assertEquals(0, run.code(), run.err());
        assertEquals("gtd.xlsx: 1 record read, 1 imported, 0 rejected", run.out().strip());
    }
}

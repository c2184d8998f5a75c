package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window's log goes to a file in the data folder, which rolls over before it grows large. */
class LogFileTest {
    private static final Logger LOG = LoggerFactory.getLogger(LogFileTest.class);

    @TempDir
    Path data;

    @AfterEach
    void stop() {
        LogFile.stop();
    }

    @Test
    void failuresAreWrittenToTheLogFileOfTheDataFolderWithTheirTrace() throws IOException {
        Path file = LogFile.start(data);
        assertEquals(data.toAbsolutePath().resolve("logs").resolve("incident-atlas.log"), file);
        LOG.debug("not kept: below INFO");
        LOG.warn("Export of {} failed", "map.png", new IOException("disk full"));
        String text = Files.readString(file);
        assertTrue(text.contains("WARN  [main] org.incidentatlas.app.LogFileTest: Export of map.png failed"), text);
        assertTrue(text.contains("java.io.IOException: disk full"), text);
        assertTrue(text.contains("at org.incidentatlas.app.LogFileTest."), "the stack trace is kept");
        assertFalse(text.contains("not kept"));
    }

    @Test
    void theLogRollsOverPastItsSizeKeepingTheOlderFile() throws IOException {
        Path file = LogFile.start(data);
        String line = "x".repeat(1000);
        for (long written = 0; written < LogFile.ROLL_AT.getSize() + 200_000; written += line.length()) {
            LOG.info(line);
        }
        Path older = file.resolveSibling("incident-atlas.1.log");
        assertTrue(Files.exists(older), "the full file was moved aside");
        assertTrue(Files.size(file) < LogFile.ROLL_AT.getSize(), "the current file started again");
    }

    @Test
    void startingAgainMovesTheLogToTheNewFolder() throws IOException {
        Path first = LogFile.start(data.resolve("one"));
        Path second = LogFile.start(data.resolve("two"));
        LOG.error("only in the second");
        assertFalse(Files.readString(first).contains("only in the second"));
        assertTrue(Files.readString(second).contains("only in the second"));
    }
}

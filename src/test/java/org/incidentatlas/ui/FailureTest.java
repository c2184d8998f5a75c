package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** What a person is told about a failure is never empty and names the file involved. */
class FailureTest {
    @Test
    void anErrorWithoutAMessageIsNamedByItsTypeNeverLeftBlank() {
        String why = Failure.reason(new NullPointerException());
        assertTrue(why.contains("NullPointerException"), why);
        assertEquals(why, Failure.reason(new IOException("   ", new NullPointerException())),
                "a blank message gives way to the cause's reason");
        assertEquals("disk full", Failure.reason(new IllegalStateException(null, new IOException("disk full"))));
    }

    @Test
    void wrappersGiveWayToTheErrorTheyCarry() {
        IOException inner = new IOException("the file ends in the middle of a record");
        assertEquals(inner.getMessage(), Failure.reason(new ExecutionException(inner)));
        assertEquals(inner.getMessage(), Failure.reason(new UncheckedIOException("wrapper text", inner)));
    }

    @Test
    void fileSystemErrorsSayWhichFileAndWhatWentWrong() {
        assertEquals("/data/x.csv does not exist", Failure.reason(new NoSuchFileException("/data/x.csv")));
        assertEquals("no permission to use /out/map.png", Failure.reason(new AccessDeniedException("/out/map.png")));
        assertEquals("/out/map.png: No space left on device",
                Failure.reason(new FileSystemException("/out/map.png", null, "No space left on device")));
    }

    @Test
    void noPartOfAFailureIsEverBlank() {
        Failure f = new Failure(null, " ", "");
        assertFalse(f.what().isBlank());
        assertFalse(f.why().isBlank());
        assertFalse(f.whatToDo().isBlank());
        assertFalse(Failure.of("Cannot export", null, "Try again").why().isBlank());
    }

    @Test
    void theErrorDialogSaysWhyWhatToDoAndWhereTheLogIs() {
        Path log = Path.of("data", "logs", "incident-atlas.log");
        String text = new FxDialogs(() -> null, log).errorText(
                Failure.of("Cannot export the map", new NoSuchFileException("/gone/map.png"), "Choose a folder."));
        assertEquals("/gone/map.png does not exist\n\nChoose a folder.\n\nThe details are in the log file " + log
                + ".", text);
    }
}

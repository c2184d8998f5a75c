package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StderrProgressTest {
    @Test
    void aLineForEachTenthAndEachNewStepNotForEachCount() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StderrProgress progress = new StderrProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        long size = 20_000;
        for (long rows = 100; rows <= 4_000; rows += 100) {
            progress.progress(rows * 5, size, rows + " records read");
        }
        progress.progress(size, size, "saving 4,000 incidents");

        assertEquals(List.of("100 records read (0%)", "400 records read (10%)", "800 records read (20%)",
                "1200 records read (30%)", "1600 records read (40%)", "2000 records read (50%)",
                "2400 records read (60%)", "2800 records read (70%)", "3200 records read (80%)",
                "3600 records read (90%)", "4000 records read (100%)", "saving 4,000 incidents (100%)"),
                bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}

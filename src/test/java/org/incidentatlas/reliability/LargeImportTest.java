package org.incidentatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long variant, not run in CI: {@code mvn -B test -Dtest=LargeImportTest -Dreliability.rows=1000000} imports that
 * many synthetic GED rows in a child JVM with a 512 MB heap and prints the time, the peak heap and the heap held by
 * the loaded map data.
 */
@EnabledIfSystemProperty(named = "reliability.rows", matches = "\\d+")
class LargeImportTest {
    @TempDir
    Path home;

    @Test
    void importsWithin512MbAndReportsProgress() throws Exception {
        int rows = Integer.getInteger("reliability.rows");
        Path err = home.resolve("progress.txt");
        Process child = ChildJvm.start(LargeImport.class, List.of("-Xmx512m"), err, home.toString(),
                Integer.toString(rows));
        child.getOutputStream().close();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), out + Files.readString(err));
        System.out.println(out);
        assertTrue(out.contains("rows=" + rows + " imported=" + rows + " committed=true"), out);
        long progressLines = Files.readAllLines(err).stream().filter(l -> l.startsWith("progress")).count();
        assertTrue(progressLines >= rows / 100_000, "progress lines: " + progressLines);
    }
}

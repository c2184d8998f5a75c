package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.reliability.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With default settings the app sends nothing over the network: its first start (bundled import), loading the map
 * data and drawing incidents and tiles run in a child JVM whose security manager refuses and counts every connection
 * and name lookup. A self-test run shows the trap does catch one.
 */
class NoNetworkTest {
    @TempDir
    Path home;

    @Test
    void firstStartMapDataAndTilesOpenNoConnection() throws Exception {
        String out = run(home.resolve("db"));
        assertTrue(out.contains("incidents: 7476, tile source: AtlasTileRetriever (local)"), out);
        assertTrue(out.contains("connections: 0 []"), out);
    }

    @Test
    void theTrapCatchesAConnection() throws Exception {
        String out = run(home.resolve("db-self-test"), "--self-test");
        assertTrue(out.contains("trap caught: [192.0.2.1:80 connect"), out);
    }

    private String run(Path db, String... more) throws IOException, InterruptedException {
        String[] args = new String[more.length + 1];
        args[0] = db.toString();
        System.arraycopy(more, 0, args, 1, more.length);
        Process child = ChildJvm.start(NoNetworkChild.class, List.of("-Djava.security.manager=allow",
                "-Djava.awt.headless=true", "-Xmx512m"), home.resolve("err-" + more.length + ".txt"), args);
        child.getOutputStream().close();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), out);
        return out;
    }
}

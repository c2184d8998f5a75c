package org.incidentatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.incidentatlas.domain.IncidentFacts;
import org.incidentatlas.domain.IncidentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot of a few incidents is built when missing or unusable, read back when usable, and a failure to write it
 * is reported without losing the index: what MillionSnapshotTest checks at full size, small enough for PIT.
 */
class SnapshotReuseTest {
    private static final AdminBoundaries OCHA = AdminBoundaries.bundled();

    @TempDir
    Path dir;

    private int builds;
    private final List<String> problems = new ArrayList<>();

    private Consumer<Consumer<IncidentFacts>> source(int n) {
        return sink -> {
            builds++;
            for (int k = 0; k < n; k++) {
                sink.accept(new IncidentFacts(k + 1, "t", "id" + k, LocalDate.of(2014, 6, 1).plusDays(k),
                        LocalDate.of(2014, 6, 1).plusDays(k), 1, null, null, null, 33.3, 44.4, 1, "A", null, 1, 0, k,
                        k, 1, "text " + k, 1, null, null));
            }
        };
    }

    @Test
    void builtWhenMissingThenReadUntilTheKeyChanges() throws Exception {
        Path file = dir.resolve(IndexSnapshot.FILE_NAME);
        IndexSnapshot.Loaded first = IndexSnapshot.readOrBuild(file, "k1", OCHA, true, source(5), problems::add);
        assertEquals("missing", first.rebuiltBecause());
        assertEquals(5, first.index().points().size());
        assertEquals(1, builds);
        assertTrue(Files.isRegularFile(file), "written");

        IndexSnapshot.Loaded second = IndexSnapshot.readOrBuild(file, "k1", OCHA, true, source(5), problems::add);
        assertNull(second.rebuiltBecause());
        assertEquals(1, builds, "read, not built");
        assertEquals(5, second.index().codes().size());
        assertEquals(new IncidentId("t", "id3"), second.index().points().id(3));
        assertEquals(4, second.index().points().deathsBest(4));

        IndexSnapshot.Loaded third = IndexSnapshot.readOrBuild(file, "k2", OCHA, false, 2, source(2),
                problems::add);
        assertEquals("stale (built from another state of the database)", third.rebuiltBecause());
        assertEquals(2, builds);
        assertEquals(2, third.index().points().size());
        assertEquals(2, IndexSnapshot.read(file, "k2", OCHA, false).points().size(),
                "the rebuilt snapshot was written under the new key");
        assertEquals(List.of(), problems);
    }

    @Test
    void aSnapshotThatCannotBeWrittenIsReportedAndTheIndexStillBuilt() {
        Path file = dir.resolve("no-such-folder").resolve(IndexSnapshot.FILE_NAME);
        IncidentIndex index = IndexSnapshot.build(file, "k", OCHA, source(3), problems::add);
        assertEquals(3, index.points().size());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("Cannot write the index snapshot " + file + ": "), problems.get(0));
    }

    @Test
    void aFileTooShortToHoldItsHeaderIsRefusedByLength() throws IOException {
        Path file = dir.resolve("short");
        int header = IndexSnapshot.MAGIC.length + Integer.BYTES + Long.BYTES;
        Files.write(file, new byte[header - 1]);
        IndexSnapshot.Loaded loaded = IndexSnapshot.readOrBuild(file, "k", OCHA, true, source(1), problems::add);
        assertEquals("too short (" + (header - 1) + " bytes)", loaded.rebuiltBecause());
        Files.write(file, new byte[header]);
        assertEquals("damaged (checksum differs)", IndexSnapshot.readOrBuild(file, "k", OCHA, true, source(1),
                problems::add).rebuiltBecause(), "a header's length is enough to be checked");
    }

    @Test
    void theKeyNamesTheDataStampAndTheBoundaries() {
        String key = IndexSnapshot.key("stamp-7", OCHA);
        assertEquals("stamp-7|" + IndexSnapshot.boundariesKey(OCHA), key);
        String bundled = IndexSnapshot.boundariesKey(OCHA);
        assertTrue(bundled.startsWith(OCHA.governorates().size() + "/" + OCHA.districts().size() + "/"
                + OCHA.subdistricts().size() + "/"), bundled);
        assertEquals(bundled, IndexSnapshot.boundariesKey(AdminBoundaries.bundled()), "the same areas, the same key");
        AdminBoundaries swapped = new AdminBoundaries(OCHA.districts(), OCHA.governorates(), OCHA.subdistricts());
        String swappedKey = IndexSnapshot.boundariesKey(swapped);
        assertNotEquals(bundled.substring(bundled.lastIndexOf('/')), swappedKey.substring(swappedKey.lastIndexOf('/')),
                "the areas' codes and parents are hashed in order");
        AdminBoundaries fewer = new AdminBoundaries(OCHA.governorates(), OCHA.districts(), OCHA.districts());
        assertNotEquals(bundled, IndexSnapshot.boundariesKey(fewer));
    }
}

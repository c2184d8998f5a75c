package org.incidentatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.incidentatlas.domain.IncidentFacts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot of a million incidents: written when missing, read back when whole, and rebuilt from the source with
 * the right counts when one byte of it is damaged. Tagged slow: it takes 20 seconds, too long to run once per
 * mutant in PIT; IndexSnapshotTest checks the same paths on a few incidents.
 */
class MillionSnapshotTest {
    private static final int N = 1_000_000;
    private static final AdminBoundaries OCHA = AdminBoundaries.bundled();

    @TempDir
    Path dir;

    @Test
    @Tag("slow")
    void aDamagedMillionSnapshotIsRebuiltWithTheRightCounts() throws Exception {
        Path file = dir.resolve(IndexSnapshot.FILE_NAME);
        AtomicInteger builds = new AtomicInteger();
        Consumer<Consumer<IncidentFacts>> source = sink -> {
            builds.incrementAndGet();
            generate(sink);
        };
        IncidentFilter mosul2014 = IncidentFilter.builder().from(LocalDate.of(2014, 1, 1))
                .to(LocalDate.of(2014, 12, 31)).text("mosul").minDeaths(5).build();

        IndexSnapshot.Loaded first = IndexSnapshot.readOrBuild(file, "k", OCHA, true, source, fail());
        assertEquals("missing", first.rebuiltBecause());
        assertEquals(N, first.index().points().size());
        int expected = FilterEvaluator.evaluate(first.index().codes(), mosul2014).cardinality();
        assertTrue(expected > 1_000, "the filter picks a real share: " + expected);

        IndexSnapshot.Loaded second = IndexSnapshot.readOrBuild(file, "k", OCHA, true, source, fail());
        assertNull(second.rebuiltBecause());
        assertEquals(1, builds.get(), "read, not built");
        assertEquals(expected, FilterEvaluator.evaluate(second.index().codes(), mosul2014).cardinality());

        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long at = ch.size() / 2 + 12_345;
            ByteBuffer one = ByteBuffer.allocate(1);
            ch.read(one, at);
            one.put(0, (byte) (one.get(0) ^ 0x01)).rewind();
            ch.write(one, at);
        }
        IndexSnapshot.Loaded third = IndexSnapshot.readOrBuild(file, "k", OCHA, true, source, fail());
        assertTrue(third.rebuiltBecause().startsWith("damaged"), third.rebuiltBecause());
        assertEquals(2, builds.get());
        assertEquals(N, third.index().points().size());
        assertEquals(N, third.index().codes().size());
        assertEquals(expected, FilterEvaluator.evaluate(third.index().codes(), mosul2014).cardinality());
        assertNull(IndexSnapshot.readOrBuild(file, "k", OCHA, false, source, fail()).rebuiltBecause(),
                "the rebuilt snapshot was written whole");
    }

    private static Consumer<String> fail() {
        return problem -> {
            throw new AssertionError(problem);
        };
    }

    private static void generate(Consumer<IncidentFacts> sink) {
        SyntheticFacts.generate(N, sink);
    }
}

package org.incidentatlas.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.incidentatlas.domain.ViolenceType;
import org.incidentatlas.domain.IncidentFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index written to disk and read back gives the same answers; a damaged, stale or foreign file is refused. */
class IndexSnapshotTest {
    private static final AdminBoundaries OCHA = AdminBoundaries.bundled();
    private static final String KEY = "stamp-1/7473/7473|" + IndexSnapshot.boundariesKey(OCHA);
    private static final List<IncidentFilter> FILTERS = List.of(IncidentFilter.NONE,
            IncidentFilter.builder().from(LocalDate.of(2014, 6, 1)).to(LocalDate.of(2014, 6, 30))
                    .governorates(List.of("Ninewa")).build(),
            IncidentFilter.builder().text("tall afar").build(),
            IncidentFilter.builder().text("agence reuters").build(),
            IncidentFilter.builder().types(Set.of(ViolenceType.ONE_SIDED)).minDeaths(10).build(),
            IncidentFilter.builder().actors(Set.of("IS")).districts(List.of("Mosul")).build(),
            IncidentFilter.builder().subdistricts(List.of("Markaz Telafar", "IQG08Q06N01")).build());

    @TempDir
    static Path dir;
    private static IncidentIndex built;
    private static Path file;

    @BeforeAll
    static void build() throws Exception {
        IncidentIndex.Builder b = IncidentIndex.builder(OCHA);
        GedFacts.read().forEach(b);
        built = b.build();
        file = dir.resolve("index.snapshot");
        IndexSnapshot.write(file, KEY, built);
    }

    @Test
    void readBackAnswersEveryFilterAsTheBuiltIndex() throws Exception {
        IncidentIndex read = IndexSnapshot.read(file, KEY, OCHA, true);
        assertEquals(7_473, read.points().size());
        for (IncidentFilter f : FILTERS) {
            BitSet want = FilterEvaluator.evaluate(built.codes(), f);
            assertEquals(want, FilterEvaluator.evaluate(read.codes(), f), f.toString());
            assertEquals(FilterEvaluator.summarise(built.codes(), want),
                    FilterEvaluator.summarise(read.codes(), want), f.toString());
        }
        assertTrue(FilterEvaluator.evaluate(read.codes(), FILTERS.get(2)).cardinality() > 10);
        DateWindow june = DateWindow.of(LocalDate.of(2014, 6, 1), LocalDate.of(2014, 6, 30));
        assertEquals(built.points().totals(june, IncidentMask.ALL), read.points().totals(june, IncidentMask.ALL));
        for (int i = 0; i < read.points().size(); i += 97) {
            assertEquals(built.points().id(i), read.points().id(i));
            assertEquals(built.codes().facts(i), read.codes().facts(i));
            assertEquals(built.points().worldX(i), read.points().worldX(i));
        }
        assertArrayEquals(identity(read.points().size()), read.codes().positionsIn(read.points()));
    }

    @Test
    void withoutTextTheCodesAnswerEveryOtherFilterAndRefuseText() throws Exception {
        IncidentIndex read = IndexSnapshot.read(file, KEY, OCHA, false);
        assertFalse(read.codes().hasText());
        assertEquals(FilterEvaluator.evaluate(built.codes(), FILTERS.get(1)),
                FilterEvaluator.evaluate(read.codes(), FILTERS.get(1)));
        assertThrows(IllegalStateException.class, () -> FilterEvaluator.evaluate(read.codes(), FILTERS.get(2)));
    }

    @Test
    void aFlippedByteAnywhereIsFoundAndRefused() throws Exception {
        byte[] good = Files.readAllBytes(file);
        for (int at : new int[] {3, 20, good.length / 3, good.length / 2, good.length - 20, good.length - 1}) {
            byte[] bad = good.clone();
            bad[at] ^= 0x10;
            Path damaged = dir.resolve("damaged-" + at);
            Files.write(damaged, bad);
            IndexSnapshot.Unusable e = assertThrows(IndexSnapshot.Unusable.class,
                    () -> IndexSnapshot.read(damaged, KEY, OCHA, true), "byte " + at);
            assertTrue(e.getMessage().startsWith("damaged"), e.getMessage());
        }
    }

    @Test
    void anotherStateOfTheDatabaseIsStale() {
        IndexSnapshot.Unusable e = assertThrows(IndexSnapshot.Unusable.class,
                () -> IndexSnapshot.read(file, "stamp-2/7473/7473|" + IndexSnapshot.boundariesKey(OCHA), OCHA,
                        true));
        assertTrue(e.getMessage().startsWith("stale"), e.getMessage());
    }

    @Test
    void missingAndTruncatedFilesAreRefused() throws Exception {
        assertEquals("missing", assertThrows(IndexSnapshot.Unusable.class,
                () -> IndexSnapshot.read(dir.resolve("none"), KEY, OCHA, true)).getMessage());
        Path cut = dir.resolve("cut");
        byte[] good = Files.readAllBytes(file);
        Files.write(cut, java.util.Arrays.copyOf(good, good.length / 2));
        assertThrows(IndexSnapshot.Unusable.class, () -> IndexSnapshot.read(cut, KEY, OCHA, true));
        Files.write(cut, new byte[5]);
        assertThrows(IndexSnapshot.Unusable.class, () -> IndexSnapshot.read(cut, KEY, OCHA, true));
    }

    @Test
    void anEmptyIndexRoundTrips() throws Exception {
        IncidentIndex empty = IncidentIndex.builder(OCHA).build();
        Path f = dir.resolve("empty");
        IndexSnapshot.write(f, "k", empty);
        IncidentIndex read = IndexSnapshot.read(f, "k", OCHA, true);
        assertEquals(0, read.points().size());
        assertEquals(0, read.codes().size());
    }

    @Test
    void idsThatAreNotNumbersSurvive() throws Exception {
        IncidentIndex.Builder b = IncidentIndex.builder(OCHA);
        b.accept(new IncidentFacts(7, "curated", "2021-kirkuk", LocalDate.of(2021, 9, 4), LocalDate.of(2021, 9, 5),
                1, "Al-Rashad", "Kirkuk", null, 34.93, 44.17, 1, "IS", null, 3, 10, 13, 15, 2, "Al-Rashad checkpoint",
                3, null, null));
        b.accept(new IncidentFacts(8, "ucdp-ged", "42", LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 1),
                1, null, null, null, 33.3, 44.4, 1, "Government of Iraq", "IS", 1, 1, 1, 1, 1, "x", 1, "Battles",
                "Armed clash"));
        IncidentIndex index = b.build();
        Path f = dir.resolve("ids");
        IndexSnapshot.write(f, "k", index);
        IncidentIndex read = IndexSnapshot.read(f, "k", OCHA, true);
        assertEquals(index.points().id(1), read.points().id(1));
        assertEquals("2021-kirkuk", read.codes().id(1).originalId());
        assertEquals(index.codes().facts(0), read.codes().facts(0));
        assertEquals(index.codes().facts(1), read.codes().facts(1));
        assertEquals(1, read.codes().indexOf(index.codes().id(1)));
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }
}

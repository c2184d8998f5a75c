package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic GED generator: deterministic, realistic enough, and read by the real importer. */
class SyntheticGedTest {
    private static String csv(long count, long seed) throws IOException {
        StringWriter out = new StringWriter();
        SyntheticGed.writeCsv(out, count, seed);
        return out.toString();
    }

    private static List<Incident> incidents(long count, long seed) {
        List<Incident> all = new ArrayList<>();
        SyntheticGed.incidents(count, seed, 700, all::addAll);
        return all;
    }

    @Test
    void sameSeedGivesTheSameFileAndAnotherSeedAnotherFile() throws IOException {
        assertEquals(csv(2_000, 7), csv(2_000, 7));
        assertNotEquals(csv(2_000, 7), csv(2_000, 8));
        assertTrue(csv(2_000, 7).startsWith(csv(10, 7)), "a longer file begins with the shorter one");
    }

    @Test
    void incidentsLookLikeIraqiGedEvents() {
        List<Incident> all = incidents(5_000, 3);
        assertEquals(5_000, all.size());
        Set<String> outlets = new HashSet<>();
        Set<DatePrecision> precisions = new HashSet<>();
        int[] deaths = all.stream().mapToInt(i -> i.casualties().deaths().best()).sorted().toArray();
        int nearBaghdad = 0;
        for (Incident i : all) {
            assertTrue(i.place().latitude() > 29 && i.place().latitude() < 37.5, i.place().toString());
            assertTrue(i.place().longitude() > 38.7 && i.place().longitude() < 48.7, i.place().toString());
            assertTrue(i.dates().start().getYear() >= 2003 && i.dates().end().getYear() <= 2018);
            i.sourcing().reports().forEach(s -> outlets.add(s.outlet()));
            precisions.add(i.dates().precision());
            if (Math.abs(i.place().latitude() - 33.3) < 0.3 && Math.abs(i.place().longitude() - 44.4) < 0.3) {
                nearBaghdad++;
            }
        }
        assertTrue(outlets.size() >= 5, "several outlets: " + outlets);
        assertEquals(DatePrecision.values().length, precisions.size(), "every date precision occurs");
        assertTrue(nearBaghdad > all.size() / 5, "clustered around cities: " + nearBaghdad + " near Baghdad");
        int median = deaths[deaths.length / 2];
        int top = deaths[deaths.length - 1];
        assertTrue(median <= 3 && top >= 300, "heavy-tailed deaths: median " + median + ", max " + top);
        assertEquals(new IncidentId("ucdp-ged", Long.toString(SyntheticGed.FIRST_ID)),
                new IncidentId(all.get(0).provenance().dataset(), all.get(0).provenance().originalId()));
    }

    @Test
    void theImporterReadsTheGeneratedFileWithoutRejections(@TempDir Path dir) throws Exception {
        byte[] file = csv(300, 11).getBytes(StandardCharsets.UTF_8);
        try (Database db = Database.open(dir.resolve("db"))) {
            IncidentRepository repository = new IncidentRepository(db);
            ImportReport report = new Importer(repository).importStream(new ByteArrayInputStream(file),
                    "synthetic.csv", false, ProgressListener.NONE, null, null);
            assertEquals(List.of(), report.rejected());
            assertEquals(300, report.imported());
            Incident first = incidents(1, 11).get(0);
            Incident stored = repository.find(new IncidentId("ucdp-ged", Long.toString(SyntheticGed.FIRST_ID)))
                    .orElseThrow();
            assertEquals(first.dates(), stored.dates());
            assertEquals(first.casualties(), stored.casualties());
            assertEquals(first.sourcing().reports().size(), stored.sourcing().reports().size());
        }
    }
}

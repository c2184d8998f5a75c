package org.incidentatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.ingest.ImportReport;
import org.incidentatlas.ingest.Importer;
import org.incidentatlas.ingest.NativeJson;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.store.Database;
import org.incidentatlas.store.IncidentRepository;
import org.incidentatlas.store.Stats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Days at the edges of the calendar, kept as published in the proleptic Gregorian calendar end to end: imported, read
 * back, counted by stats, and through any number of JSON round trips, not moved by a single day.
 */
class CalendarEdgesTest {
    /** Generator of edge days: before and at the Gregorian reform, leap days of century years, the last day. */
    static final List<String> DAYS = List.of("0001-01-01", "0004-02-29", "1500-03-01", "1582-10-04", "1582-10-10",
            "1582-10-15", "1600-02-29", "1752-09-05", "1899-12-31", "1900-01-01", "1969-12-31", "1970-01-01",
            "2000-02-29", "2038-01-19", "2038-01-20", "9999-12-31");

    @TempDir
    Path home;

    @Test
    void edgeDaysAreKeptAsPublishedThroughImportStatsAndRoundTrips() throws Exception {
        GedSample ged = GedSample.load(DAYS.size(), 920_000_001L);
        String text = ged.withEachRow(k -> dayOf(k));
        Path file = Files.writeString(home.resolve("ged191.csv"), text);
        try (Database db = Database.open(home.resolve("db"))) {
            IncidentRepository repository = new IncidentRepository(db);
            ImportReport report = new Importer(repository).importFile(file, false, ProgressListener.NONE);
            assertTrue(report.committed() && report.rejected().isEmpty(), report.describe());
            for (int k = 0; k < DAYS.size(); k++) {
                Incident i = repository.find(new IncidentId("ucdp-ged", ged.value(k, "id"))).orElseThrow();
                assertEquals(LocalDate.parse(DAYS.get(k)), i.dates().start(), "start of " + i.id());
                assertEquals(LocalDate.parse(DAYS.get(k)), i.dates().end(), "end of " + i.id());
            }
            Stats stats = repository.stats();
            assertEquals(LocalDate.parse("0001-01-01"), stats.firstDate());
            assertEquals(LocalDate.parse("9999-12-31"), stats.lastDate());
            assertEquals(LocalDate.parse("0001-01-01"), repository.points().get(0).start());
            String digest = DatabaseDigest.of(db);
            for (int trip = 0; trip < 3; trip++) {
                List<Incident> all = new java.util.ArrayList<>();
                for (int k = 0; k < DAYS.size(); k++) {
                    all.add(repository.find(new IncidentId("ucdp-ged", ged.value(k, "id"))).orElseThrow());
                }
                byte[] json = NativeJson.toJson(all).getBytes(StandardCharsets.UTF_8);
                new Importer(repository).importStream(new ByteArrayInputStream(json), "trip.json", false,
                        ProgressListener.NONE, null, null);
                assertEquals(digest, DatabaseDigest.of(db), "round trip " + (trip + 1) + " changed the database");
            }
        }
    }

    private static String[] dayOf(int k) {
        String day = DAYS.get(k);
        return new String[] {"date_start", day, "date_end", day, "year", day.substring(0, 4)};
    }
}

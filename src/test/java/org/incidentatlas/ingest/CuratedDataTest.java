package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.Estimates;
import org.incidentatlas.domain.Figure;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.domain.ReportedFigures;
import org.incidentatlas.domain.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-curated records in {@code data/curated/iraq-2021.json} read cleanly and keep each report's figures. */
class CuratedDataTest {
    private static final Path FILE = Path.of("data", "curated", "iraq-2021.json");

    private static ParsedFile parsed;

    @BeforeAll
    static void read() throws IOException, ImportException {
        try (InputStream in = Files.newInputStream(FILE)) {
            parsed = new NativeJsonReader().read(in, FILE.toString(), ProgressListener.NONE);
        }
    }

    @Test
    void readsThreeIncidentsWithoutRejections() {
        assertEquals(List.of(), parsed.rejections());
        assertEquals(3, parsed.recordsRead());
        assertEquals(3, parsed.incidents().size());
    }

    @Test
    void estimatesAreDerivedFromTheSourcesFigures() {
        for (Incident incident : parsed.incidents()) {
            String id = incident.id().toString();
            assertEquals(Estimates.fromFigures(figures(incident, ReportedFigures::killed)),
                    incident.casualties().deaths(), id + " deaths");
            assertEquals(Estimates.fromFigures(figures(incident, ReportedFigures::wounded)),
                    incident.casualties().wounded(), id + " wounded");
            assertEquals(Estimates.fromFigures(figures(incident, ReportedFigures::missing)),
                    incident.casualties().missing(), id + " missing");
            assertEquals(incident.casualties().deaths().best(), incident.casualties().partySum(), id + " party split");
            assertEquals(incident.sourcing().reports().size(), incident.sourcing().reportedCount(), id + " count");
            assertEquals(List.of(), incident.irregularities(), id + " irregularities");
        }
    }

    @Test
    void alRashadKeepsSixReportsWithTheirOwnTolls() {
        Incident rashad = byOriginalId("2021-kirkuk-al-rashad-checkpoint");
        List<Source> reports = rashad.sourcing().reports();
        assertEquals(6, reports.size());
        for (Source report : reports) {
            assertNotNull(report.figures(), report.outlet());
            assertNotNull(report.figures().killed(), report.outlet());
        }
        assertEquals(new Estimate(12, 13, 16), rashad.casualties().deaths());
    }

    @Test
    void woheilatKeepsTheTollOfEachReport() {
        Incident woheilat = byOriginalId("2021-baghdad-woheilat-market");
        List<Figure> expected = List.of(
                Figure.atLeast(35),
                Figure.between(28, 30),
                Figure.atLeast(30),
                Figure.exactly(36),
                Figure.exactly(30));
        assertEquals(expected, figures(woheilat, ReportedFigures::killed));
        assertEquals(new Estimate(28, 30, 36), woheilat.casualties().deaths());
    }

    @Test
    void everyAddressIsHttpOrHttps() {
        for (Incident incident : parsed.incidents()) {
            for (Source report : incident.sourcing().reports()) {
                if (report.url() != null) {
                    assertTrue(report.url().startsWith("https://") || report.url().startsWith("http://"),
                            report.url());
                    assertTrue(report.openableUrl(), report.url());
                }
            }
        }
    }

    @Test
    void coordinatesLieInIraq() {
        for (Incident incident : parsed.incidents()) {
            Place place = incident.place();
            String where = incident.id() + " at " + place.latitude() + ", " + place.longitude();
            assertTrue(place.latitude() >= 29.0 && place.latitude() <= 37.4, where);
            assertTrue(place.longitude() >= 38.8 && place.longitude() <= 48.6, where);
        }
    }

    private static Incident byOriginalId(String originalId) {
        return parsed.incidents().stream()
                .filter(i -> i.provenance().originalId().equals(originalId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no incident " + originalId));
    }

    /** One figure per report (null where the report gave none for this count), in the order the reports are kept. */
    private static List<Figure> figures(Incident incident, Function<ReportedFigures, Figure> which) {
        return incident.sourcing().reports().stream()
                .map(Source::figures)
                .filter(Objects::nonNull)
                .map(which)
                .filter(Objects::nonNull)
                .toList();
    }
}

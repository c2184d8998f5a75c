package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.Casualties;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.ProgressListener;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.ViolenceType;
import org.junit.jupiter.api.Test;

/**
 * The synthetic GED events keep GED's own rules in every record (dates that match their precision, parties that add
 * up to the best figure, reports published after the event) and the mix the generator describes; no database.
 */
class SyntheticGedShapeTest {
    private static final int COUNT = 4_000;

    private static List<Incident> incidents() {
        List<Incident> all = new ArrayList<>();
        SyntheticGed.incidents(COUNT, 11, 1_000, all::addAll);
        return all;
    }

    @Test
    void eachDateSpansWhatItsPrecisionSays() {
        for (Incident i : incidents()) {
            long days = ChronoUnit.DAYS.between(i.dates().start(), i.dates().end());
            switch (i.dates().precision()) {
                case EXACT_DAY -> assertEquals(0, days, i.dates().toString());
                case WITHIN_DAYS -> assertTrue(days >= 1 && days <= 5, i.dates().toString());
                case WEEK -> assertEquals(6, days, i.dates().toString());
                case MONTH -> {
                    assertEquals(1, i.dates().start().getDayOfMonth(), i.dates().toString());
                    assertEquals(i.dates().start().lengthOfMonth(), i.dates().end().getDayOfMonth());
                    assertEquals(i.dates().start().getMonth(), i.dates().end().getMonth());
                }
                case YEAR -> {
                    assertEquals(1, i.dates().start().getDayOfYear(), i.dates().toString());
                    assertEquals(i.dates().start().lengthOfYear(), i.dates().end().getDayOfYear());
                }
                default -> throw new AssertionError(i.dates());
            }
            assertTrue(i.dates().end().getYear() <= 2018, i.dates().toString());
        }
    }

    @Test
    void partiesAddUpToTheBestFigureWhichLiesBetweenLowAndHigh() {
        for (Incident i : incidents()) {
            Casualties c = i.casualties();
            assertEquals(c.deaths().best(), c.deathsSideA() + c.deathsSideB() + c.deathsCivilians()
                    + c.deathsUnknown(), c.toString());
            assertTrue(c.deaths().ordered(), c.toString());
            assertTrue(c.deaths().best() <= 1_500 || c.deaths().high() > 1_500, c.toString());
            if (i.type() == ViolenceType.ONE_SIDED) {
                assertEquals(c.deaths().best(), c.deathsCivilians(), "one-sided violence kills civilians");
                assertEquals(0, c.deathsSideA());
            }
        }
    }

    @Test
    void everyReportIsPublishedWithinTwoDaysOfTheEventsEndAndNamesItsFigure() {
        for (Incident i : incidents()) {
            List<Source> reports = i.sourcing().reports();
            assertTrue(reports.size() >= 1 && reports.size() <= 4, reports.toString());
            assertEquals(reports.size(), i.sourcing().reportedCount());
            for (Source s : reports) {
                long after = ChronoUnit.DAYS.between(i.dates().end(),
                        java.time.LocalDate.parse(s.published().toString()));
                assertTrue(after >= 0 && after <= 2, s + " for " + i.dates());
                String words = s.title().substring("Synthetic report: ".length());
                int figure = Integer.parseInt(words.substring(0, words.indexOf(' ')));
                int best = i.casualties().deaths().best();
                assertTrue(figure >= best && figure <= best + 2, s.title() + " for " + best);
                assertTrue(s.title().endsWith(" killed near " + i.place().name().replace(" town", "")), s.title());
            }
        }
    }

    @Test
    void theMixOfTypesAndPrecisionsIsTheOneDescribed() {
        List<Incident> all = incidents();
        Map<ViolenceType, Integer> types = new EnumMap<>(ViolenceType.class);
        Map<DatePrecision, Integer> precisions = new EnumMap<>(DatePrecision.class);
        for (Incident i : all) {
            types.merge(i.type(), 1, Integer::sum);
            precisions.merge(i.dates().precision(), 1, Integer::sum);
        }
        assertShare(0.35, types.get(ViolenceType.STATE_BASED), "state-based");
        assertShare(0.10, types.get(ViolenceType.NON_STATE), "non-state");
        assertShare(0.55, types.get(ViolenceType.ONE_SIDED), "one-sided");
        assertShare(0.72, precisions.get(DatePrecision.EXACT_DAY), "exact day");
        assertShare(0.15, precisions.get(DatePrecision.WITHIN_DAYS), "within days");
        assertShare(0.05, precisions.get(DatePrecision.WEEK), "week");
        assertShare(0.07, precisions.get(DatePrecision.MONTH), "month");
        assertShare(0.01, precisions.get(DatePrecision.YEAR), "year");
    }

    private static void assertShare(double expected, Integer count, String what) {
        double share = (count == null ? 0 : count) / (double) COUNT;
        assertTrue(Math.abs(share - expected) < 0.025, what + ": " + share + ", expected about " + expected);
    }

    @Test
    void batchesAreFullButTheLast() {
        List<Integer> sizes = new ArrayList<>();
        SyntheticGed.incidents(2_500, 1, 1_000, batch -> sizes.add(batch.size()));
        assertEquals(List.of(1_000, 1_000, 500), sizes);
        sizes.clear();
        SyntheticGed.incidents(2_000, 1, 1_000, batch -> sizes.add(batch.size()));
        assertEquals(List.of(1_000, 1_000), sizes);
    }

    @Test
    void theCsvReadsBackAsTheSameIncidents() throws Exception {
        StringWriter csv = new StringWriter();
        SyntheticGed.writeCsv(csv, 300, 11);
        ParsedFile parsed = new GedCsvReader("synthetic").read(new ByteArrayInputStream(csv.toString().getBytes(
                StandardCharsets.UTF_8)), "synthetic.csv", ProgressListener.NONE);
        assertEquals(List.of(), parsed.rejections());
        List<Incident> direct = new ArrayList<>();
        SyntheticGed.incidents(300, 11, 300, direct::addAll);
        assertEquals(direct, parsed.incidents());
    }
}

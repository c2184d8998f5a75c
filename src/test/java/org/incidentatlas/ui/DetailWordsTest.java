package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.Estimate;
import org.incidentatlas.domain.EventDates;
import org.incidentatlas.domain.Figure;
import org.incidentatlas.domain.Incident;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.PartialDate;
import org.incidentatlas.domain.Place;
import org.incidentatlas.domain.Provenance;
import org.incidentatlas.domain.ReportedFigures;
import org.incidentatlas.domain.Source;
import org.incidentatlas.domain.Sourcing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The detail pane's words: precision, ranges, how far sources agree, which links open, the citation. */
class DetailWordsTest {
    private static final Map<Integer, String> DATE_WORDS = Map.of(1, "exact day", 2, "within 2 to 6 days",
            3, "within the week", 4, "within the month", 5, "within the year");
    private static final Map<Integer, String> PLACE_WORDS = Map.of(1, "exact location", 2, "within 25 km",
            3, "district", 4, "governorate", 5, "along a road, river or wider area", 6, "country",
            7, "international waters or airspace");

    @Test
    void everyGedDatePrecisionCodeIsSaidInWords() {
        for (int code = 1; code <= 5; code++) {
            EventDates d = EventDates.onDay(LocalDate.of(2014, 6, 10), DatePrecision.fromGedCode(code));
            assertEquals("2014-06-10 (" + DATE_WORDS.get(code) + ")", IncidentText.date(d), "date_prec " + code);
        }
    }

    @Test
    void everyGedLocationPrecisionCodeIsSaidInWords() {
        for (int code = 1; code <= 7; code++) {
            Place p = new Place("X", "A", "B", 36.0, 43.0, LocationPrecision.fromGedCode(code));
            assertTrue(IncidentText.place(p).endsWith("(" + PLACE_WORDS.get(code) + ")"), "where_prec " + code);
        }
    }

    @Test
    void aRangeShowsLowAndHighWithTheBest() {
        assertEquals("12 to 16 (best 13)", IncidentText.range(new Estimate(12, 13, 16)));
        assertEquals("2", IncidentText.range(Estimate.exactly(2)));
        assertEquals("low 5, best 3, high 7 (as published)", IncidentText.range(new Estimate(5, 3, 7)));
    }

    @Test
    void disagreeingReportsAreSummarisedAsARangeWithTheirNumber() {
        List<Source> reports = new ArrayList<>();
        int[] killed = {13, 13, 13, 12, 16, 13};
        for (int k = 0; k < killed.length; k++) {
            Figure f = k == 3 || k == 4 ? Figure.atLeast(killed[k]) : Figure.exactly(killed[k]);
            Figure wounded = k == 2 ? Figure.exactly(5) : Figure.exactly(3);
            reports.add(report("Outlet " + k, new ReportedFigures(f, wounded, k >= 4 ? Figure.exactly(1) : null)));
        }
        List<String> lines = SourcingText.agreement(TestIncidents.curated(reports));
        assertEquals(List.of("killed: 12 to 16 across 6 reports (2 of them say “at least”)",
                "wounded: 3 to 5 across 6 reports", "missing: 1 in both reports"), lines);
    }

    @Test
    void agreeingReportsAndASingleFigureAreSaidSo() {
        List<Source> reports = List.of(report("A", new ReportedFigures(Figure.atLeast(3), null, null)),
                report("B", new ReportedFigures(Figure.atLeast(3), Figure.exactly(1), null)),
                report("C", null));
        assertEquals(List.of("killed: 3 in both reports (all say “at least”)",
                "wounded: 1 in the only report that gives a figure"),
                SourcingText.agreement(TestIncidents.curated(reports)));
    }

    @Test
    void gedEventsWithoutPerReportFiguresSayWhatIsKnown() {
        Incident ged = TestIncidents.with(new Sourcing(List.of(report("AFP", null), report("Reuters", null)), 2, 1,
                null), new Provenance("ucdp-ged", "19.1", "274540", "CC BY 4.0"));
        assertEquals(List.of("The dataset counts 2 sources (2 listed), event clarity high (UCDP code 1); the "
                + "reports' own figures are not recorded, only the dataset's estimate"), SourcingText.agreement(ged));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "file:///etc/passwd", "file://host/x",
        "mailto:a@b.org", "ftp://example.org/x", "http//missing-colon.org", "https://", "http:///no-host",
        "https://exa mple.org/", " https://example.org/", "www.example.org", "", "https://user@example.org/",
        "data:text/html,<b>x</b>", "https://example.org/%zz"})
    void onlyWellFormedHttpAndHttpsAddressesAreEverOpened(String address) {
        List<String> opened = new ArrayList<>();
        assertFalse(SafeLinks.open(address, opened::add), address);
        assertTrue(opened.isEmpty(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://rudaw.net/english/middleeast/iraq/05092021-amp", "http://example.org",
        "HTTPS://Example.org/a?b=c#d"})
    void httpAndHttpsAddressesAreOpened(String address) {
        List<String> opened = new ArrayList<>();
        assertTrue(SafeLinks.open(address, opened::add));
        assertEquals(List.of(address), opened);
    }

    @Test
    void gedCitationNamesTheEventTheReleaseAndTheArticleToCite() {
        Incident ged = TestIncidents.with(new Sourcing(List.of(report("AFP", null)), 1, 1, null),
                new Provenance("ucdp-ged", "19.1", "274540", "CC BY 4.0"));
        String c = Citation.of(ged);
        assertTrue(c.startsWith("UCDP GED event 274540 (Somewhere, 2021-09-05 (exact day))."), c);
        assertTrue(c.contains("UCDP Georeferenced Event Dataset (GED) Global version 19.1"), c);
        assertTrue(c.contains("Licence: CC BY 4.0"), c);
        assertTrue(c.contains("Sundberg, Ralph and Erik Melander (2013)"), c);
    }

    @Test
    void curatedCitationListsTheRecordAndEverySource() {
        Incident in = TestIncidents.curated(List.of(
                new Source("Rudaw", PartialDate.parse("2021-09-05"), "Title", "https://rudaw.net/x", null, null, null),
                report("Kayhan", null)));
        String c = Citation.of(in);
        assertTrue(c.startsWith("Incident Atlas curated record test-record (version 2021-09): Somewhere"), c);
        assertTrue(c.contains("\n1. Rudaw, 2021-09-05, \"Title\", https://rudaw.net/x"), c);
        assertTrue(c.contains("\n2. Kayhan"), c);
    }

    private static Source report(String outlet, ReportedFigures figures) {
        return new Source(outlet, null, null, null, null, figures, null);
    }
}

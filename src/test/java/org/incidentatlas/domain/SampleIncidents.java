package org.incidentatlas.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Incidents built by hand for tests of other packages: one with every field filled, one with messy figures. */
public final class SampleIncidents {
    private SampleIncidents() {
    }

    /** Every field and every optional part given: wounded, missing, reports with figures, attributes, note. */
    public static Incident full(String dataset, String originalId) {
        Source ministry = new Source("Agence France Presse", new PartialDate(2021, 7, 19),
                "Suicide bomber kills 35 at Baghdad market on eve of Eid", "https://www.example.org/news/2021/07/19",
                "Iraqi health ministry",
                new ReportedFigures(Figure.exactly(35), Figure.between(50, 70), null), "figures updated next day");
        Source police = new Source("Reuters News", new PartialDate(2021, 7, null), "Blast in Sadr City market",
                null, "police source, anonymous",
                new ReportedFigures(Figure.atLeast(30), null, new Figure(null, null, "several")), null);
        Source local = new Source(null, new PartialDate(2021, null, null), "مدينة الصدر: انفجار في سوق الوحيلات",
                "javascript:alert(1)", null, null, null);
        return new Incident(
                new EventDates(LocalDate.of(2021, 7, 19), LocalDate.of(2021, 7, 20), DatePrecision.WITHIN_DAYS),
                new Place("Al-Wuhailat market, Sadr City", "Baghdād province", "Qaḑā’ al Ruşāfah", 33.3906,
                        44.4511, LocationPrecision.NEAR),
                new Actors("IS", "Civilians", ClaimStatus.CLAIMED),
                ViolenceType.ONE_SIDED, "suicide bombing",
                new Casualties(new Estimate(30, 35, 36), 0, 0, 35, 0, new Estimate(50, 60, 70), Estimate.exactly(2)),
                new Sourcing(List.of(ministry, police, local), 4, 2, "health ministry; police"),
                new Provenance(dataset, "2021.1", originalId, "CC BY 4.0"),
                Map.of("curator", "test", "governorate_code", "IQ-BG"),
                "Location chosen from the first report.", null);
    }

    /** Figures as a dataset may publish them: low above best, parties not adding up, no version or licence. */
    public static Incident messy(String dataset, String originalId) {
        return new Incident(
                EventDates.onDay(LocalDate.of(2002, 12, 15), DatePrecision.EXACT_DAY),
                new Place(null, null, null, -33.5, 180.0, LocationPrecision.COUNTRY),
                new Actors("Ansar al-Islam", null, ClaimStatus.NOT_RECORDED),
                ViolenceType.NON_STATE, null,
                new Casualties(new Estimate(5, 3, 4), 1, 0, 0, 0, null, null),
                new Sourcing(List.of(new Source(null, null, "F: militant islamic…", null, null, null, null)), null,
                        null, null),
                new Provenance(dataset, null, originalId, null),
                null, null, null);
    }
}

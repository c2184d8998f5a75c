package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The credits name exactly the datasets shown, known ones first, with versions, licences and citations. */
class DatasetCreditsTest {
    /** Built by each test, not once for the class: a mutation tester changes the code between tests. */
    private final DatasetCredits credits = new DatasetCredits(List.of(
            new DatasetRelease("survey", "2", "CC0-1.0"),
            new DatasetRelease(KnownDataset.GED, "20.1", "CC BY 4.0"),
            new DatasetRelease("archive", null, null),
            new DatasetRelease(KnownDataset.GED, "19.1", "CC BY 4.0"),
            new DatasetRelease(KnownDataset.CURATED, "2021", null),
            new DatasetRelease("survey", "1", "CC BY 4.0")),
            Map.of("survey", "Field survey team (2021). Incidents in Anbar.", "archive", " "));

    @Test
    void knownDatasetsComeFirstInTheirOwnOrderThenTheOthersByKey() {
        assertEquals(List.of(KnownDataset.GED, KnownDataset.CURATED, "archive", "survey"), credits.datasets());
        assertEquals(new DatasetRelease(KnownDataset.GED, "19.1", "CC BY 4.0"), credits.releases().get(0));
        assertEquals(new DatasetRelease("survey", "1", "CC BY 4.0"), credits.releases().get(4));
    }

    @Test
    void theLineCreditsOnlyTheDatasetsShown() {
        assertEquals("Incidents: UCDP GED 19.1, 20.1 (CC BY 4.0), Sundberg & Melander 2013",
                credits.line(Set.of(KnownDataset.GED)));
        assertEquals("Incidents: curated reports 2021; archive; survey 1, 2 (CC BY 4.0, CC0-1.0), Field survey team "
                + "(2021). Incidents in Anbar.", credits.line(List.of("survey", KnownDataset.CURATED, "archive")));
        assertEquals("Incidents: none shown", credits.line(Set.of("elsewhere")));
        assertEquals("Incidents: none shown", DatasetCredits.NONE.line(Set.of(KnownDataset.GED)));
    }

    @Test
    void aKnownDatasetsLicenceReadsInTheLineWithoutParenthesesInParentheses() {
        for (KnownDataset known : KnownDataset.all()) {
            DatasetCredits one = new DatasetCredits(List.of(new DatasetRelease(known.key(), "1", known.licence())),
                    Map.of());
            String line = one.line(Set.of(known.key()));
            int depth = 0;
            for (char c : line.toCharArray()) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                assertTrue(depth <= 1 && depth >= 0, line);
            }
            assertEquals(0, depth, line);
            assertTrue(line.contains(known.licence()), line);
        }
    }

    @Test
    void theAboutBoxGivesEachShownDatasetItsFullCitation() {
        String about = credits.about(Set.of(KnownDataset.GED, "survey", "archive"));
        String[] paragraphs = about.split("\n\n");
        assertEquals(3, paragraphs.length, about);
        assertTrue(paragraphs[0].startsWith("UCDP GED (ucdp-ged), version 19.1, 20.1, licence: CC BY 4.0\n"
                + "Uppsala Conflict Data Program"), paragraphs[0]);
        assertEquals("archive (archive)", paragraphs[1]);
        assertEquals("survey (survey), version 1, 2, licence: CC BY 4.0, CC0-1.0\nField survey team (2021). "
                + "Incidents in Anbar.", paragraphs[2]);
        assertEquals("No incident data.", credits.about(Set.of()));
    }

    @Test
    void aCitationIsTheUsersOwnElseTheKnownDatasetsElseNone() {
        assertEquals("Field survey team (2021). Incidents in Anbar.", credits.citation("survey"));
        assertNull(credits.citation("archive"), "a blank citation is none");
        assertTrue(credits.citation(KnownDataset.GED).contains("Sundberg, Ralph and Erik Melander (2013)"));
        DatasetCredits own = new DatasetCredits(List.of(new DatasetRelease(KnownDataset.GED, "19.1", null)),
                Map.of(KnownDataset.GED, "Our own GED extract"));
        assertEquals("Our own GED extract", own.citation(KnownDataset.GED));
        assertEquals("", own.licences(KnownDataset.GED));
        assertEquals("", credits.versions("archive"));
        assertEquals("2021", credits.versions(KnownDataset.CURATED));
    }

    @Test
    void creditsAreEqualByTheirReleasesAndCitationsWhateverTheOrderGiven() {
        DatasetCredits a = new DatasetCredits(List.of(new DatasetRelease("b", "1", null),
                new DatasetRelease("a", "1", null)), Map.of("a", "A"));
        DatasetCredits b = new DatasetCredits(List.of(new DatasetRelease("a", "1", null),
                new DatasetRelease("b", "1", null)), Map.of("a", "A"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new DatasetCredits(b.releases(), Map.of("a", "other")));
        assertNotEquals(a, new DatasetCredits(List.of(new DatasetRelease("a", "1", null)), Map.of("a", "A")));
        assertTrue(a.toString().contains("DatasetRelease[dataset=a"), a.toString());
        assertThrows(UnsupportedOperationException.class, () -> a.releases().clear());
    }

    @Test
    void knownDatasetsAreFoundByKeyWithTheirLicences() {
        assertEquals("UCDP GED", KnownDataset.of(KnownDataset.GED).orElseThrow().title());
        assertEquals("CC BY 4.0", KnownDataset.of(KnownDataset.GED).orElseThrow().licence());
        assertTrue(KnownDataset.of("survey").isEmpty());
        assertEquals(KnownDataset.GED, KnownDataset.all().get(0).key());
        assertThrows(IllegalArgumentException.class, () -> new KnownDataset(" ", "t", null, null, "c"));
        assertThrows(IllegalArgumentException.class, () -> new DatasetRelease("", "1", null));
        assertNull(new DatasetRelease("a", " ", null).version(), "blank is unknown");
    }
}

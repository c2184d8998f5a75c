package org.incidentatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.incidentatlas.domain.PartialDate;
import org.incidentatlas.domain.Source;
import org.junit.jupiter.api.Test;

class GedSourcesTest {
    private static final PartialDate DAY = new PartialDate(2018, 12, 25);

    @Test
    void packedArticleIsWalkedOneReportAtATime() {
        List<Source> sources = GedSources.split(
                "\"Agence France Presse,2018-12-25,Car bomb in Iraq's Tal Afar kills two\";"
                        + "\"Reuters News,2018-12-25,UPDATE 2-Two dead, 11 wounded; city Tal Afar\"",
                "Agence France Presse;Reuters News", "2018-12-25;2018-12-25",
                "Car bomb in Iraq's Tal Afar kills two;UPDATE 2-Two dead, 11 wounded; city Tal Afar", "police");
        assertEquals(List.of(
                new Source("Agence France Presse", DAY, "Car bomb in Iraq's Tal Afar kills two", null, null, null,
                        null),
                new Source("Reuters News", DAY, "UPDATE 2-Two dead, 11 wounded; city Tal Afar", null, null, null,
                        null)),
                sources);
    }

    @Test
    void whoWasQuotedBelongsToALoneReport() {
        List<Source> sources = GedSources.split("\"Reuters News,2014-02-22,Militants occupy town; attacks kill 21\"",
                "Reuters News", "2014-02-22", "Militants occupy town; attacks kill 21", " Police, witnesses ");
        assertEquals(List.of(new Source("Reuters News", new PartialDate(2014, 2, 22),
                "Militants occupy town; attacks kill 21", null, "Police, witnesses", null, null)), sources);
    }

    @Test
    void sameOutletTwiceIsTwoReports() {
        List<Source> sources = GedSources.split("\"Reuters News,2015-01-20,First\";\"Reuters News,2015-01-21,Second\"",
                "Reuters News;Reuters News", "2015-01-20;2015-01-21", "First;Second", "");
        assertEquals(List.of("First", "Second"), sources.stream().map(Source::title).toList());
        assertEquals(List.of(new PartialDate(2015, 1, 20), new PartialDate(2015, 1, 21)),
                sources.stream().map(Source::published).toList());
    }

    @Test
    void parallelListsAreUsedWhenTheArticleCannotBeWalked() {
        List<Source> sources = GedSources.split("AFP and Reuters, see lists", "Agence France Presse;Reuters News",
                "2018-12-25;2018-12-26", "First headline;Second headline", "");
        assertEquals(List.of(
                new Source("Agence France Presse", DAY, "First headline", null, null, null, null),
                new Source("Reuters News", new PartialDate(2018, 12, 26), "Second headline", null, null, null, null)),
                sources);
    }

    @Test
    void headlinesThatCannotBeMatchedToReportsAreLeftOutWithANote() {
        List<Source> sources = GedSources.split("unquoted", "AFP;Reuters", "2018-12-25;2018-12-25",
                "One; two; three", "");
        assertEquals(List.of(
                new Source("AFP", DAY, null, null, null, null, "headline not separable in the dataset"),
                new Source("Reuters", DAY, null, null, null, null, "headline not separable in the dataset")),
                sources);
    }

    @Test
    void dateThatIsNotIsoIsKeptInTheNote() {
        List<Source> sources = GedSources.split("x", "BBC Monitoring", "27 June 2011", "Headline", "");
        assertEquals(List.of(new Source("BBC Monitoring", null, "Headline", null, null, null,
                "date as given: 27 June 2011")), sources);
    }

    @Test
    void partialDateOfAReportIsKept() {
        List<Source> sources = GedSources.split("\"AFP,2006-02,Headline\"", "AFP", "2006-02", "Headline", "");
        assertEquals(new PartialDate(2006, 2, null), sources.get(0).published());
    }

    @Test
    void shortCitationIsKeptWhole() {
        List<Source> sources = GedSources.split("AFP 2009-03-15 Kurdish rebels say four fighters killed", "", "", "",
                "PKK");
        assertEquals(List.of(new Source(null, null, "AFP 2009-03-15 Kurdish rebels say four fighters killed", null,
                "PKK", null, GedSources.CITATION_NOTE)), sources);
    }

    @Test
    void mismatchedOutletAndDateListsFallBackToTheCitation() {
        List<Source> sources = GedSources.split("\"AFP,2018-12-25,Headline\"", "AFP;Reuters", "2018-12-25",
                "Headline", "");
        assertEquals(List.of(new Source(null, null, "\"AFP,2018-12-25,Headline\"", null, null, null,
                GedSources.CITATION_NOTE)), sources);
    }

    @Test
    void eventWithoutAnySourceHasNoReports() {
        assertEquals(List.of(), GedSources.split("", "", "", "", "Police"));
    }
}

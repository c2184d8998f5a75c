package org.incidentatlas.domain;

import java.util.List;
import java.util.Optional;

/**
 * The datasets Incident Atlas reads formats of, with the words it credits them with: a short title, the licence their
 * records come under, the short citation drawn on pictures and the full citation of the About box. A user's own
 * dataset has none of these; its citation is the one the user gave.
 *
 * @param key          the dataset key, e.g. {@code ucdp-ged}
 * @param title        the name drawn on maps, e.g. "UCDP GED"
 * @param licence      the licence of its records when a file does not say
 * @param shortCredit  the few words of citation drawn on pictures, or null
 * @param citation     the full citation
 */
public record KnownDataset(String key, String title, String licence, String shortCredit, String citation) {
    public static final String GED = "ucdp-ged";
    public static final String CURATED = "curated";
    public static final String ACLED = "acled";
    public static final String GTD = "gtd";

    private static final List<KnownDataset> ALL = List.of(
            new KnownDataset(GED, "UCDP GED", "CC BY 4.0", "Sundberg & Melander 2013",
                    "Uppsala Conflict Data Program (UCDP), UCDP Georeferenced Event Dataset (GED), Uppsala "
                            + "University, https://ucdp.uu.se/ (CC BY 4.0). Sundberg, Ralph and Erik Melander (2013). "
                            + "Introducing the UCDP Georeferenced Event Dataset. Journal of Peace Research 50(4): "
                            + "523-532."),
            new KnownDataset(CURATED, "curated reports", "CC BY 4.0", null,
                    "Curated records: entered for this project from the reports each record cites (records CC BY "
                            + "4.0; the reports belong to their publishers)."),
            new KnownDataset(ACLED, "ACLED", "ACLED Terms of Use: attribution; no redistribution",
                    "acleddata.com",
                    "Armed Conflict Location & Event Data (ACLED), https://acleddata.com. Raleigh, Clionadh, "
                            + "Andrew Linke, Håvard Hegre and Joakim Karlsen (2010). Introducing ACLED: An Armed "
                            + "Conflict Location and Event Dataset. Journal of Peace Research 47(5): 651-660."),
            new KnownDataset(GTD, "GTD", "GTD Terms of Use: non-commercial; no redistribution", "START",
                    "National Consortium for the Study of Terrorism and Responses to Terrorism (START), University "
                            + "of Maryland. Global Terrorism Database (GTD), https://www.start.umd.edu/gtd."));

    public KnownDataset {
        Checks.requiredText(key, "key");
        Checks.requiredText(title, "title");
    }

    /** The known dataset with this key, if it is one. */
    public static Optional<KnownDataset> of(String key) {
        return ALL.stream().filter(d -> d.key.equals(key)).findFirst();
    }

    public static List<KnownDataset> all() {
        return ALL;
    }
}

package org.incidentatlas.domain;

import java.util.Locale;

/** A count with its noun in the right number: "1 incident", "2,345 incidents", "0 incidents". */
public final class Plural {
    private Plural() {
    }

    /** {@code count} with thousands separators, then {@code one} when it is exactly 1, else {@code many}. */
    public static String of(long count, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
    }

    /** The same for nouns whose plural adds an "s": {@code of(3, "incident")} is "3 incidents". */
    public static String of(long count, String one) {
        return of(count, one, one + "s");
    }
}

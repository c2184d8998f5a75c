package org.incidentatlas.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.incidentatlas.domain.IncidentFacts;

/** Many incidents' facts of fixed pseudo-random content (no database), for index tests and benchmarks at scale. */
public final class SyntheticFacts {
    private static final String[] PLACES = {"Mosul", "Baghdad", "Kirkuk", "Basra", "Tall Afar", "Fallujah"};
    private static final List<String> SIDES = List.of("IS", "Government of Iraq", "Civilians", "PUK");

    private SyntheticFacts() {
    }

    /** {@code n} incidents over 2003–2018 around Iraq, short search texts; the same {@code n} gives the same ones. */
    public static void generate(int n, Consumer<IncidentFacts> sink) {
        Random r = new Random(7);
        int first = (int) LocalDate.of(2003, 1, 1).toEpochDay();
        for (int i = 0; i < n; i++) {
            LocalDate day = LocalDate.ofEpochDay(first + r.nextInt(16 * 365));
            String place = PLACES[r.nextInt(PLACES.length)];
            int best = r.nextInt(20);
            sink.accept(new IncidentFacts(i + 1, "ucdp-ged", Integer.toString(900_000_001 + i), day, day, 1,
                    place, null, null, 30 + r.nextDouble() * 7, 40 + r.nextDouble() * 7, 1,
                    SIDES.get(r.nextInt(4)), SIDES.get(r.nextInt(4)), 1 + r.nextInt(3), best, best, best + 1, 1,
                    place + "\nReuters\nSynthetic report " + i, 1, null, null));
        }
    }
}

package org.incidentatlas.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Human cost of an incident: deaths as low / best / high, the best estimate split by party, and wounded and missing
 * where known ({@code null} when no figure was published).
 */
public record Casualties(Estimate deaths, int deathsSideA, int deathsSideB, int deathsCivilians, int deathsUnknown,
        Estimate wounded, Estimate missing) {
    public Casualties {
        Checks.required(deaths, "casualties.deaths");
        Checks.nonNegative(deathsSideA, "casualties.deathsSideA");
        Checks.nonNegative(deathsSideB, "casualties.deathsSideB");
        Checks.nonNegative(deathsCivilians, "casualties.deathsCivilians");
        Checks.nonNegative(deathsUnknown, "casualties.deathsUnknown");
    }

    public int partySum() {
        return deathsSideA + deathsSideB + deathsCivilians + deathsUnknown;
    }

    /** What is irregular about these figures as published; empty when nothing is. */
    public List<String> irregularities() {
        List<String> notes = new ArrayList<>();
        if (deaths.low() > deaths.best()) {
            notes.add("deaths: low (" + deaths.low() + ") is above best (" + deaths.best() + ") as published");
        }
        if (deaths.best() > deaths.high()) {
            notes.add("deaths: best (" + deaths.best() + ") is above high (" + deaths.high() + ") as published");
        }
        if (partySum() != deaths.best()) {
            notes.add("deaths by party add up to " + partySum() + ", best estimate is " + deaths.best());
        }
        return notes;
    }
}

package org.incidentatlas.domain;

/**
 * Who was involved. In UCDP's coding side A is the government (state-based violence) or the perpetrator (one-sided
 * violence), side B the opponent or the target.
 */
public record Actors(String sideA, String sideB, ClaimStatus claim) {
    public Actors {
        Checks.requiredText(sideA, "actors.sideA");
        sideB = Checks.optionalText(sideB);
        Checks.required(claim, "actors.claim");
    }
}

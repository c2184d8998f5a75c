package org.incidentatlas.domain;

/** Whether responsibility for an incident was claimed. */
public enum ClaimStatus {
    CLAIMED("claimed"),
    SUSPECTED("suspected, not claimed"),
    UNCLAIMED("not claimed"),
    NOT_RECORDED("not recorded");

    private final String words;

    ClaimStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}

package org.incidentatlas.domain;

import java.util.regex.Pattern;

/** The public identity of an incident, written {@code DATASET:ORIGINAL_ID}, e.g. {@code ucdp-ged:274540}. */
public record IncidentId(String dataset, String originalId) {
    static final Pattern DATASET_KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /**
     * Whether {@code key} is a dataset key as {@link #DATASET_KEY} takes it; checked by hand, since every record an
     * import reads checks its own and a pattern's matcher cost more than the rest of its provenance.
     */
    static boolean isDatasetKey(String key) {
        if (key.isEmpty() || key.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public IncidentId {
        Checks.requiredText(dataset, "dataset");
        originalId = Checks.requiredText(originalId, "originalId").strip();
    }

    public static IncidentId parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("incident id must look like DATASET:ORIGINAL_ID, e.g. ucdp-ged:274540 "
                    + "(was '" + text + "')");
        }
        return new IncidentId(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return dataset + ":" + originalId;
    }
}

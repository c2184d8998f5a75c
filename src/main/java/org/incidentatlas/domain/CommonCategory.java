package org.incidentatlas.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A coarse category shared by every dataset, for legends and filters that span datasets. Each dataset keeps its own
 * words besides: UCDP's type of violence ({@link Incident#type()}), and the finest words of the dataset's own coding
 * in {@link Incident#method()} (ACLED's sub-event type, GTD's attack type), with coarser ones in the attribute
 * {@link #EVENT_TYPE} (ACLED's event type).
 */
public enum CommonCategory {
    ARMED_CLASH(1, "armed clash"),
    BOMBING(2, "bombing/explosion"),
    ATTACK_ON_CIVILIANS(3, "attack on civilians"),
    PROTEST_RIOT(4, "protest/riot"),
    OTHER(5, "strategic development/other");

    /** The attribute that holds a dataset's own event type (coarser than {@link Incident#method()}). */
    public static final String EVENT_TYPE = "event_type";

    private static final Pattern EXPLOSIVE = Pattern.compile(
            "bomb|explos|\\bied\\b|\\bvbied\\b|mortar|rocket|shell|air ?strike|missile|grenade|\\bmine\\b|drone");

    private final int code;
    private final String words;

    CommonCategory(int code, String words) {
        this.code = code;
        this.words = words;
    }

    /** The number stored for it (1 to 5). */
    public int code() {
        return code;
    }

    public String words() {
        return words;
    }

    public static CommonCategory fromCode(int code) {
        for (CommonCategory c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new IllegalArgumentException("common category must be 1 to 5 (was " + code + ")");
    }

    /**
     * The category named by {@code text}: its words ("armed clash"), its constant's name (ARMED_CLASH) or its code,
     * ignoring case; either part of a two-part name alone also works ("bombing", "protest", "other").
     */
    public static CommonCategory parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (CommonCategory c : values()) {
            if (c.words.equals(t) || c.name().equalsIgnoreCase(t.replace(' ', '_'))
                    || Integer.toString(c.code).equals(t) || c.words.startsWith(t + "/") || c.words.endsWith("/" + t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a common category: '" + text + "' (expected one of "
                + String.join(", ", java.util.Arrays.stream(values()).map(CommonCategory::words).toList()) + ")");
    }

    /**
     * The category of a record that does not name one: an explosive method is a bombing/explosion; otherwise UCDP's
     * one-sided violence is an attack on civilians, state-based and non-state violence an armed clash; without a UCDP
     * type ({@link ViolenceType#NOT_CODED}), other.
     */
    public static CommonCategory derive(ViolenceType type, String method) {
        if (method != null && EXPLOSIVE.matcher(method.toLowerCase(Locale.ROOT)).find()) {
            return BOMBING;
        }
        return switch (type == null ? ViolenceType.NOT_CODED : type) {
            case ONE_SIDED -> ATTACK_ON_CIVILIANS;
            case STATE_BASED, NON_STATE -> ARMED_CLASH;
            case NOT_CODED -> OTHER;
        };
    }
}

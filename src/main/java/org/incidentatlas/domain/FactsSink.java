package org.incidentatlas.domain;

import java.util.function.Consumer;

/**
 * Takes the facts of many incidents, one by one, and is told first how many are coming, so that it can make room for
 * all of them at once instead of growing and copying its arrays on the way (what lets a million fit a 512 MB heap).
 */
public interface FactsSink extends Consumer<IncidentFacts> {
    /** About {@code incidents} facts are coming (more may still be given). */
    void expect(int incidents);
}

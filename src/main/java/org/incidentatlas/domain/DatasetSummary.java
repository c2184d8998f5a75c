package org.incidentatlas.domain;

import java.time.LocalDate;

/**
 * One dataset in the database, as {@code datasets} lists it.
 *
 * @param name       the dataset key, e.g. {@code ucdp-ged}, {@code acled}, or the user's own
 * @param incidents  how many incidents it holds
 * @param deathsBest the sum of its incidents' best death estimates
 * @param firstDate  the first start date, or null when it holds no incident
 * @param lastDate   the last end date, or null
 * @param version    the versions of its releases, joined by ", ", or null when none is known
 * @param licence    the licences of its releases, joined by ", ", or null
 * @param citation   how to cite it, or null
 * @param editable   whether its incidents may be edited (a user's own dataset); imported datasets are read-only
 */
public record DatasetSummary(String name, long incidents, long deathsBest, LocalDate firstDate, LocalDate lastDate,
        String version, String licence, String citation, boolean editable) {
}

package org.incidentatlas.domain;

/**
 * Where an incident happened. {@code adm1} and {@code adm2} keep the governorate and district names exactly as the
 * source gave them.
 */
public record Place(String name, String adm1, String adm2, double latitude, double longitude,
        LocationPrecision precision) {
    public Place {
        name = Checks.optionalText(name);
        adm1 = Checks.optionalText(adm1);
        adm2 = Checks.optionalText(adm2);
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw new IllegalArgumentException("place.latitude must be between -90 and 90 (was " + latitude + ")");
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("place.longitude must be between -180 and 180 (was " + longitude + ")");
        }
        Checks.required(precision, "place.precision");
    }
}

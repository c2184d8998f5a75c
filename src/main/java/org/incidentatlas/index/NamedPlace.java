package org.incidentatlas.index;

import org.incidentatlas.domain.LocationPrecision;

/**
 * A place a coder may pick for an incident: an OCHA governorate, district or sub-district (at a point inside it), or a
 * town of Natural Earth's populated places.
 *
 * @param name      its English name
 * @param level     what it is
 * @param within    the area it lies in (a district's governorate, a town's region), or null
 * @param latitude  a point inside the area, or the town's position
 * @param longitude likewise
 */
public record NamedPlace(String name, Level level, String within, double latitude, double longitude) {
    /** What a named place is, and how exactly an incident placed there is known. */
    public enum Level {
        GOVERNORATE("governorate", LocationPrecision.GOVERNORATE),
        DISTRICT("district", LocationPrecision.DISTRICT),
        SUBDISTRICT("sub-district", LocationPrecision.DISTRICT),
        TOWN("town", LocationPrecision.NEAR);

        private final String words;
        private final LocationPrecision precision;

        Level(String words, LocationPrecision precision) {
            this.words = words;
            this.precision = precision;
        }

        public String words() {
            return words;
        }

        public LocationPrecision precision() {
            return precision;
        }
    }

    /** How exactly an incident placed here is known. */
    public LocationPrecision precision() {
        return level.precision();
    }

    /** How a list shows it, e.g. "Daquq (district, Kirkuk)". */
    public String label() {
        return name + " (" + level.words() + (within == null ? "" : ", " + within) + ")";
    }
}

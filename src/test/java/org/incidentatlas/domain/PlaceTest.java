package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceTest {
    private static Place at(double latitude, double longitude) {
        return new Place("Tall ‘Afar town", "Nīnawá province", "Qaḑā’ Tall ‘Afar", latitude, longitude,
                LocationPrecision.EXACT);
    }

    @ParameterizedTest
    @ValueSource(doubles = {90.000001, 95, 123, -90.5, -1000})
    void latitudeOffTheGlobeIsRefusedNamingTheField(double latitude) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> at(latitude, 44));
        assertEquals("place.latitude must be between -90 and 90 (was " + latitude + ")", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void latitudeThatIsNotANumberIsRefused(double latitude) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> at(latitude, 44));
        assertTrue(e.getMessage().startsWith("place.latitude must be between -90 and 90"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {180.5, 181, -180.25, 360})
    void longitudeOffTheGlobeIsRefusedNamingTheField(double longitude) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> at(33, longitude));
        assertEquals("place.longitude must be between -180 and 180 (was " + longitude + ")", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void longitudeThatIsNotANumberIsRefused(double longitude) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> at(33, longitude));
        assertTrue(e.getMessage().startsWith("place.longitude must be between -180 and 180"), e.getMessage());
    }

    @Test
    void polesAndDateLineAreOnTheGlobe() {
        assertEquals(90.0, at(90, 180).latitude());
        assertEquals(-90.0, at(-90, -180).latitude());
        assertEquals(-180.0, at(-90, -180).longitude());
    }

    @Test
    void missingPrecisionIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Place("x", null, null, 33, 44, null));
        assertEquals("place.precision is required", e.getMessage());
    }

    @Test
    void blankNamesCountAsAbsent() {
        Place p = new Place("  ", "", null, 33, 44, LocationPrecision.COUNTRY);
        assertNull(p.name());
        assertNull(p.adm1());
        assertNull(p.adm2());
    }

    @Test
    void namesAreKeptExactlyAsGiven() {
        Place p = new Place("Al Başrah  province", "Al Başrah  province", null, 30.333333, 47.25,
                LocationPrecision.GOVERNORATE);
        assertEquals("Al Başrah  province", p.adm1());
    }
}

package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class GedCodesTest {
    @Test
    void datePrecisionCodesAreThoseOfGed() {
        assertEquals(DatePrecision.EXACT_DAY, DatePrecision.fromGedCode(1));
        assertEquals(DatePrecision.WITHIN_DAYS, DatePrecision.fromGedCode(2));
        assertEquals(DatePrecision.WEEK, DatePrecision.fromGedCode(3));
        assertEquals(DatePrecision.MONTH, DatePrecision.fromGedCode(4));
        assertEquals(DatePrecision.YEAR, DatePrecision.fromGedCode(5));
    }

    @Test
    void locationPrecisionCodesAreThoseOfGed() {
        assertEquals(LocationPrecision.EXACT, LocationPrecision.fromGedCode(1));
        assertEquals(LocationPrecision.NEAR, LocationPrecision.fromGedCode(2));
        assertEquals(LocationPrecision.DISTRICT, LocationPrecision.fromGedCode(3));
        assertEquals(LocationPrecision.GOVERNORATE, LocationPrecision.fromGedCode(4));
        assertEquals(LocationPrecision.APPROXIMATE, LocationPrecision.fromGedCode(5));
        assertEquals(LocationPrecision.COUNTRY, LocationPrecision.fromGedCode(6));
        assertEquals(LocationPrecision.WATERS_OR_AIRSPACE, LocationPrecision.fromGedCode(7));
    }

    @Test
    void violenceTypeCodesAreThoseOfGed() {
        assertEquals(ViolenceType.STATE_BASED, ViolenceType.fromGedCode(1));
        assertEquals(ViolenceType.NON_STATE, ViolenceType.fromGedCode(2));
        assertEquals(ViolenceType.ONE_SIDED, ViolenceType.fromGedCode(3));
    }

    @ParameterizedTest
    @EnumSource(DatePrecision.class)
    void datePrecisionRoundTripsThroughItsCode(DatePrecision p) {
        assertEquals(p, DatePrecision.fromGedCode(p.gedCode()));
    }

    @ParameterizedTest
    @EnumSource(LocationPrecision.class)
    void locationPrecisionRoundTripsThroughItsCode(LocationPrecision p) {
        assertEquals(p, LocationPrecision.fromGedCode(p.gedCode()));
    }

    @ParameterizedTest
    @EnumSource(ViolenceType.class)
    void violenceTypeRoundTripsThroughItsStoredCode(ViolenceType t) {
        assertEquals(t, ViolenceType.fromCode(t.gedCode()));
    }

    @ParameterizedTest
    @EnumSource(value = ViolenceType.class, names = "NOT_CODED", mode = EnumSource.Mode.EXCLUDE)
    void gedViolenceTypeRoundTripsThroughItsCode(ViolenceType t) {
        assertEquals(t, ViolenceType.fromGedCode(t.gedCode()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void unknownDatePrecisionCodeIsRefusedNamingTheColumn(int code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatePrecision.fromGedCode(code));
        assertEquals("date_prec must be 1 to 5 (was " + code + ")", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 8})
    void unknownLocationPrecisionCodeIsRefusedNamingTheColumn(int code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocationPrecision.fromGedCode(code));
        assertEquals("where_prec must be 1 to 7 (was " + code + ")", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4})
    void unknownViolenceTypeCodeIsRefusedNamingTheColumn(int code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ViolenceType.fromGedCode(code));
        assertEquals("type_of_violence must be 1, 2 or 3 (was " + code + ")", e.getMessage());
    }

    @Test
    void everyCodeHasWordsForPeople() {
        assertEquals("within the month", DatePrecision.MONTH.words());
        assertEquals("within 25 km", LocationPrecision.NEAR.words());
        assertEquals("one-sided", ViolenceType.ONE_SIDED.words());
        assertEquals("suspected, not claimed", ClaimStatus.SUSPECTED.words());
    }
}

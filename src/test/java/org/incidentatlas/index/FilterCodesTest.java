package org.incidentatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.incidentatlas.domain.IncidentId;
import org.incidentatlas.domain.IncidentFacts;
import org.junit.jupiter.api.Test;

/** Text folding, OCHA area assignment and the neighbours of an incident on overlapping days. */
class FilterCodesTest {
    private static final AdminBoundaries OCHA = AdminBoundaries.bundled();

    @Test
    void foldingIgnoresCaseAccentsAndTransliterationMarks() {
        assertEquals("tall afar town", TextFold.fold("Tall ‘Afar town"));
        assertEquals("ninawa province", TextFold.fold("Nīnawá province"));
        assertEquals("qada tall afar", TextFold.fold("Qaḑā’ Tall ‘Afar"));
        assertEquals("at tamim", TextFold.fold("At-Ta'mim"));
        assertEquals(TextFold.fold("KIRKŪK"), TextFold.fold("kirkuk"));
        assertEquals("", TextFold.fold(null));
    }

    @Test
    void areasAreFoundByNameOrPcodeWhateverTheCase() {
        AdminAreas govs = OCHA.governorates();
        int ninewa = govs.matching("IQG15").get(0);
        assertEquals(List.of(ninewa), govs.matching("ninewa"));
        assertEquals(List.of(ninewa), govs.matching("iqg15"));
        assertEquals(List.of(), govs.matching("Nineveh province"));
        assertEquals("Telafar", OCHA.districts().area(OCHA.districts().matching("IQG15Q08").get(0)).name());
    }

    @Test
    void arabicIsFoldedSoItsSpellingVariantsAreOneWord() {
        // Short vowels and shadda, the alef forms, taa marbuta and haa, alef maqsura and yaa, tatweel.
        assertEquals(TextFold.fold("حمام"), TextFold.fold("حَمَّام"));
        assertEquals(TextFold.fold("اربيل"), TextFold.fold("أربيل"));
        assertEquals(TextFold.fold("اربيل"), TextFold.fold("إربيل"));
        assertEquals(TextFold.fold("الانبار"), TextFold.fold("الأنبار"));
        assertEquals(TextFold.fold("البصره"), TextFold.fold("البصرة"));
        assertEquals(TextFold.fold("نينوي"), TextFold.fold("نينوى"));
        assertEquals(TextFold.fold("بغداد"), TextFold.fold("بغـــداد"));
        assertEquals("بصره 2014", TextFold.fold("بصرة ٢٠١٤"));
        assertNotEquals(TextFold.fold("بصرة"), TextFold.fold("بصير"));
    }

    @Test
    void transliterationVariantsShareAKeyAndOchaNamesKeepTheirOwn() {
        List<List<String>> same = List.of(List.of("Ninewa", "Nineveh", "Ninawa", "Nīnawá"),
                List.of("Telafar", "Tal Afar", "Tall ‘Afar", "Talafar"),
                List.of("Salah Al-Din", "Salahuddin", "Salah ad Din", "Saladin"),
                List.of("Erbil", "Irbil", "Arbil"), List.of("Al-Mosul", "Mosul", "Mawsil"),
                List.of("Thi Qar", "Dhi Qar"), List.of("Al-Sulaymaniyah", "Sulaimaniya"),
                List.of("Kerbala", "Karbala"), List.of("Wassit", "Wasit"), List.of("Duhok", "Dohuk", "Dahuk"),
                List.of("الموصل", "موصل"));
        for (List<String> names : same) {
            for (String n : names) {
                assertEquals(NameKey.of(names.get(0)), NameKey.of(n), n);
            }
        }
        // No two governorates share a key, so a variant never finds the wrong one.
        Set<String> keys = new HashSet<>();
        OCHA.governorates().areas().forEach(a -> assertTrue(keys.add(NameKey.of(a.name())), a.name()));
        assertEquals(List.of(OCHA.governorates().matching("IQG16").get(0)),
                OCHA.governorates().matching("Salahuddin"));
        assertEquals(List.of(OCHA.governorates().matching("IQG15").get(0)),
                OCHA.governorates().matching("نينوي"));
    }

    @Test
    void pointsGetTheGovernorateAndDistrictThatHoldThem() {
        FilterCodes codes = FilterCodes.of(List.of(
                facts("tal-afar", LocalDate.of(2018, 12, 25), 36.3791, 42.4481),
                facts("al-rashad", LocalDate.of(2021, 9, 4), 34.93, 44.17),
                facts("damascus", LocalDate.of(2021, 9, 4), 33.51, 36.29)), OCHA);
        assertEquals("IQG15", codes.governorate(0).pcode());
        assertEquals("IQG15Q08", codes.district(0).pcode());
        assertEquals("IQG13", codes.governorate(1).pcode());
        assertEquals("Daquq", codes.district(1).name());
        assertEquals("IQG15Q08N01", codes.subdistrict(0).pcode());
        assertEquals("Markaz Telafar", codes.subdistrict(0).name());
        assertEquals("مركز تلعفر", codes.subdistrict(0).arabicName());
        assertEquals("Al-Rashad", codes.subdistrict(1).name());
        assertNull(codes.governorate(2), "outside Iraq");
        assertNull(codes.district(2));
        assertNull(codes.subdistrict(2));
    }

    @Test
    void neighboursShareADayAndLieWithinTheDistanceNearestFirst() {
        LocalDate day = LocalDate.of(2014, 6, 10);
        FilterCodes codes = FilterCodes.of(List.of(
                facts("here", day, 36.34, 43.13),
                facts("two-km-away", day, 36.358, 43.13),
                facts("half-km-away", day.minusDays(1), 36.3445, 43.13, day),
                facts("next-day", day.plusDays(1), 36.34, 43.13),
                facts("far", day, 33.3, 44.4)), OCHA);
        List<IncidentId> near = codes.overlapping(0, 10).stream().map(codes::id).toList();
        assertEquals(List.of(id("here"), id("half-km-away"), id("two-km-away")), near);
    }

    private static IncidentId id(String name) {
        return new IncidentId("test", name);
    }

    private static IncidentFacts facts(String name, LocalDate day, double lat, double lon) {
        return facts(name, day, lat, lon, day);
    }

    private static IncidentFacts facts(String name, LocalDate start, double lat, double lon, LocalDate end) {
        return new IncidentFacts(0, "test", name, start, end, 1, name, null, null, lat, lon, 1, "A", "B", 1, 1, 1, 1,
                1, name, 1, null, null);
    }
}

package org.incidentatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.incidentatlas.domain.LocationPrecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The places a coder picks by name: OCHA areas at a point inside them, with their parents, then Iraq's towns. */
class NamedPlacesTest {
    private static final AdminBoundaries OCHA = AdminBoundaries.bundled();
    private static NamedPlaces bundled;

    @BeforeAll
    static void read() {
        bundled = NamedPlaces.bundled(OCHA);
    }

    private static NamedPlace named(String name, NamedPlace.Level level) {
        return bundled.all().stream().filter(p -> p.name().equals(name) && p.level() == level).findFirst()
                .orElseThrow(() -> new AssertionError("no " + level + " named " + name));
    }

    @Test
    void everyAreaOfEachLevelThenIraqsTownsOnly() {
        int areas = OCHA.governorates().size() + OCHA.districts().size() + OCHA.subdistricts().size();
        List<NamedPlace> all = bundled.all();
        // The bundled populated places hold 27 towns in Iraq among 110 of the region.
        assertEquals(areas + 27, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i >= areas, all.get(i).level() == NamedPlace.Level.TOWN, "towns last: " + all.get(i));
        }
        assertEquals(NamedPlace.Level.GOVERNORATE, all.get(0).level());
        assertEquals(NamedPlace.Level.SUBDISTRICT, all.get(areas - 1).level());
        assertTrue(all.stream().noneMatch(p -> p.name().equals("Aleppo") || p.name().equals("Kuwait")),
                "no town of a neighbouring country");
    }

    @Test
    void areasNameTheirParentAndLieInsideThemselves() {
        NamedPlace ninewa = named("Ninewa", NamedPlace.Level.GOVERNORATE);
        assertEquals(null, ninewa.within());
        assertEquals("Ninewa (governorate)", ninewa.label());
        NamedPlace mosul = named("Al-Mosul", NamedPlace.Level.DISTRICT);
        assertEquals("Ninewa", mosul.within());
        assertEquals("Al-Mosul (district, Ninewa)", mosul.label());
        assertEquals(LocationPrecision.DISTRICT, mosul.precision());
        int district = OCHA.districts().locate(mosul.latitude(), mosul.longitude());
        assertEquals("IQG15Q05", OCHA.districts().area(district).pcode(), "the point is inside Al-Mosul");
        NamedPlace ayadiya = named("Al-Ayadiya", NamedPlace.Level.SUBDISTRICT);
        assertEquals("Telafar", ayadiya.within(), "a sub-district's parent is its district");
        assertEquals("Al-Ayadiya (sub-district, Telafar)", ayadiya.label());
        assertEquals(LocationPrecision.DISTRICT, ayadiya.precision());
        assertEquals(LocationPrecision.GOVERNORATE, ninewa.precision());
    }

    @Test
    void townsStandAtTheirOwnPositionInTheirRegion() {
        NamedPlace baghdad = named("Baghdad", NamedPlace.Level.TOWN);
        assertEquals(33.3405944, baghdad.latitude(), 1e-6);
        assertEquals(44.3919229, baghdad.longitude(), 1e-6);
        assertEquals("Baghdad (town, Baghdad)", baghdad.label());
        assertEquals(LocationPrecision.NEAR, baghdad.precision());
        assertEquals("Ninawa", named("Tall Afar", NamedPlace.Level.TOWN).within());
    }

    @Test
    void namesStartingWithTheQueryComeFirstThenThoseHoldingIt() {
        NamedPlace alMosul = new NamedPlace("Al-Mosul", NamedPlace.Level.DISTRICT, "Ninewa", 36, 43);
        NamedPlace mosul = new NamedPlace("Mosul", NamedPlace.Level.TOWN, "Ninawa", 36.3, 43.1);
        NamedPlace mosulJadida = new NamedPlace("Mosul Jadida", NamedPlace.Level.SUBDISTRICT, "Al-Mosul", 36, 43);
        NamedPlace basra = new NamedPlace("Basra", NamedPlace.Level.TOWN, null, 30.5, 47.8);
        NamedPlaces places = new NamedPlaces(List.of(alMosul, mosul, basra, mosulJadida));
        assertEquals(List.of(mosul, mosulJadida, alMosul), places.matching("mosul", 10));
        assertEquals(List.of(mosul, mosulJadida), places.matching("  MÔSUL ", 2), "folded, trimmed and limited");
        assertEquals(List.of(mosul), places.matching("mosul", 1));
        assertEquals(List.of(), places.matching("mosul", 0));
        assertEquals(List.of(alMosul, mosul, basra, mosulJadida), places.matching("", 10), "nothing typed: all");
        assertEquals(List.of(alMosul, mosul), places.matching(null, 2));
        assertEquals(List.of(), places.matching("kirkuk", 10));
    }

    @Test
    void aBundledTownNamedAsTypedComesBeforeTheAreasHoldingItsName() {
        List<NamedPlace> found = bundled.matching("basra", 50);
        assertTrue(found.stream().anyMatch(p -> p.name().equals("Basra") && p.level() == NamedPlace.Level.TOWN),
                found.toString());
        assertTrue(found.get(0).name().toLowerCase().startsWith("basra"), found.toString());
    }
}

package org.incidentatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An OCHA area is found by its p-code or any of its names, spelled exactly (folded) or loosely. */
class AdminAreaTest {
    private static final AdminArea MOSUL = new AdminArea("IQG15Q05", "Al-Mosul", "الموصل", "IQG15",
            List.of("Mawsil"));
    private static final AdminArea NO_ARABIC = new AdminArea("IQG99", "Somewhere", null, null, List.of());

    @Test
    void matchesItsPcodeAnyCaseAndEachNameFolded() {
        assertTrue(MOSUL.matches(" iqg15q05 "));
        assertTrue(MOSUL.matches("al mosul"));
        assertTrue(MOSUL.matches("AL-MÓSUL"));
        assertTrue(MOSUL.matches("الموصل"));
        assertTrue(MOSUL.matches("ٱلموصل"), "an alef variant");
        assertTrue(MOSUL.matches("mawsil"), "an alternative name");
        assertFalse(MOSUL.matches("mosul"), "exact match needs the whole name");
        assertFalse(MOSUL.matches("IQG15"), "the parent's p-code is not the area's");
        assertFalse(MOSUL.matches(null));
        assertFalse(MOSUL.matches("  "));
        assertFalse(MOSUL.matches("--"), "a query of no letters matches nothing");
        assertFalse(NO_ARABIC.matches("الموصل"));
    }

    @Test
    void matchesLooselyAnotherTransliteration() {
        assertTrue(MOSUL.matchesLoosely("Mosul"));
        assertTrue(MOSUL.matchesLoosely("El Mosul"));
        assertTrue(MOSUL.matchesLoosely("موصل"));
        assertTrue(MOSUL.matchesLoosely("Mawsel"), "loosely like the alternative name");
        assertFalse(MOSUL.matchesLoosely("Basra"));
        assertFalse(MOSUL.matchesLoosely("?"), "no letters, no key");
        assertFalse(new AdminArea("X", "?", null, null, List.of()).matchesLoosely("!"),
                "two empty keys are not a match");
    }

    @Test
    void labelAndNameInTheLanguageAsked() {
        assertEquals("Al-Mosul (IQG15Q05)", MOSUL.label());
        assertEquals("Al-Mosul", MOSUL.name(true, false));
        assertEquals("الموصل", MOSUL.name(false, true));
        assertEquals("Al-Mosul · الموصل", MOSUL.name(true, true));
        assertEquals("Somewhere", NO_ARABIC.name(false, true), "English when there is no Arabic");
        assertEquals("Somewhere", new AdminArea("X", "Somewhere", " ", null, List.of()).name(true, true));
    }

    @Test
    void alternativeNamesAreCopied() {
        List<String> names = new ArrayList<>(List.of("One"));
        AdminArea area = new AdminArea("X", "Name", null, null, names);
        names.add("Two");
        assertEquals(List.of("One"), area.altNames());
        assertFalse(area.matches("two"));
        assertThrows(UnsupportedOperationException.class, () -> area.altNames().add("Three"));
    }
}

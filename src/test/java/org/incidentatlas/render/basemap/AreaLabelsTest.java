package org.incidentatlas.render.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sub-districts are named at city zoom, and the OCHA areas in the language asked for. */
class AreaLabelsTest {
    private static BasemapData english;

    @BeforeAll
    static void load() throws IOException {
        english = BasemapData.loadBundled();
    }

    private static List<String> placed(BasemapData data, int zoom, Label.Kind kind) {
        return LabelLayout.place(data.labels, zoom).stream().map(LabelLayout.Placed::label)
                .filter(l -> l.kind() == kind).map(Label::text).toList();
    }

    @Test
    void subdistrictsAreNamedFromCityZoomOnly() {
        assertEquals(294, english.labels.stream().filter(l -> l.kind() == Label.Kind.SUBDISTRICT).count());
        assertTrue(placed(english, BasemapData.SUBDISTRICT_ZOOM - 1, Label.Kind.SUBDISTRICT).isEmpty());
        List<String> city = placed(english, BasemapData.SUBDISTRICT_ZOOM, Label.Kind.SUBDISTRICT);
        assertTrue(city.contains("Markaz Telafar"), "at zoom 11 some are placed: " + city.size());
        assertTrue(city.contains("Al-Karrada Al-Sharqia"));
    }

    @Test
    void areasAreNamedInEnglishArabicOrBoth() {
        BasemapData arabic = english.withLabels(LabelLanguage.ARABIC);
        BasemapData both = english.withLabels(LabelLanguage.BOTH);
        assertSame(english, english.withLabels(LabelLanguage.ENGLISH));
        assertTrue(placed(english, 9, Label.Kind.DISTRICT).contains("Al-Mosul"));
        assertTrue(placed(arabic, 9, Label.Kind.DISTRICT).contains("الموصل"));
        assertFalse(placed(arabic, 9, Label.Kind.DISTRICT).contains("Al-Mosul"));
        assertTrue(both.labels.stream().anyMatch(l -> l.text().equals("Al-Mosul · الموصل")));
        assertTrue(arabic.labels.stream().anyMatch(l -> l.text().equals("نينوى")));
        assertTrue(arabic.labels.stream().anyMatch(l -> l.text().equals("مركز تلعفر")));
        // Natural Earth's places have English names only, in every language.
        assertTrue(arabic.labels.stream().anyMatch(l -> l.kind() == Label.Kind.CAPITAL && l.text().equals("Baghdad")));
    }

    @Test
    void theLanguageWordsAreReadAndAnythingElseRefused() {
        assertEquals(LabelLanguage.ARABIC, LabelLanguage.of(" Arabic "));
        assertEquals(LabelLanguage.ENGLISH, LabelLanguage.of("en"));
        assertEquals(LabelLanguage.BOTH, LabelLanguage.of("both"));
        assertEquals("labels must be english, arabic or both (was 'fr')",
                assertThrows(IllegalArgumentException.class, () -> LabelLanguage.of("fr")).getMessage());
    }
}

package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.domain.DatePrecision;
import org.incidentatlas.domain.LocationPrecision;
import org.incidentatlas.domain.ViolenceType;
import org.incidentatlas.export.SavedView;
import org.incidentatlas.index.IncidentFilter;
import org.incidentatlas.index.WindowMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppPreferencesTest {
    private final Preferences node = Preferences.userRoot().node("org/incidentatlas/test-" + UUID.randomUUID());
    private final AppPreferences preferences = new AppPreferences(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void firstStartHasNoPlacementAndTheDefaultMapAndTheme() {
        assertNull(preferences.placement());
        assertEquals(new SavedView.MapArea(MainWindow.START_LATITUDE, MainWindow.START_LONGITUDE,
                MainWindow.START_ZOOM), preferences.mapArea());
        assertEquals(Theme.LIGHT, preferences.theme());
        assertEquals(org.incidentatlas.render.basemap.LabelLanguage.ENGLISH, preferences.labels());
        assertNull(preferences.timeline());
    }

    @Test
    void savedValuesComeBackInANewInstance() {
        preferences.savePlacement(new AppPreferences.Placement(40, 60, 1400, 900, true));
        preferences.saveMapArea(new SavedView.MapArea(36.34, 43.13, 9.5));
        preferences.saveTheme(Theme.DARK);
        preferences.saveLabels(org.incidentatlas.render.basemap.LabelLanguage.BOTH);
        preferences.saveTimeline(new AppPreferences.TimelineState(16_000, 16_029, WindowMode.CUMULATIVE));

        AppPreferences again = new AppPreferences(Preferences.userRoot().node(node.absolutePath()));
        assertEquals(new AppPreferences.Placement(40, 60, 1400, 900, true), again.placement());
        assertEquals(new SavedView.MapArea(36.34, 43.13, 9.5), again.mapArea());
        assertEquals(Theme.DARK, again.theme());
        assertEquals(org.incidentatlas.render.basemap.LabelLanguage.BOTH, again.labels());
        assertEquals(new AppPreferences.TimelineState(16_000, 16_029, WindowMode.CUMULATIVE),
                again.timeline());
    }

    @Test
    void filtersComeBackAndResetOrDamageForgetsThem() {
        assertEquals(IncidentFilter.NONE, preferences.filter());
        IncidentFilter f = IncidentFilter.builder().types(Set.of(ViolenceType.ONE_SIDED, ViolenceType.NON_STATE))
                .actors(Set.of("IS", "Government of Iraq")).governorates(List.of("IQG15", "Baghdad"))
                .districts(List.of("IQG15Q08")).minDeaths(3).worstLocation(LocationPrecision.DISTRICT)
                .worstDate(DatePrecision.MONTH).datasets(Set.of("curated", "ucdp-ged")).text("car bomb").build();
        preferences.saveFilter(f);
        assertEquals(f, new AppPreferences(Preferences.userRoot().node(node.absolutePath())).filter());
        node.put("filters", "{\"types\":[\"WAR\"]}");
        assertEquals(IncidentFilter.NONE, preferences.filter());
        preferences.saveFilter(f);
        preferences.reset();
        assertEquals(IncidentFilter.NONE, preferences.filter());
    }

    @Test
    void aFilterTooLongForThePreferencesStoreIsNotKeptAndDoesNotReplaceAnotherBadly() {
        Set<String> thousands = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            thousands.add("armed group number " + i);
        }
        preferences.saveFilter(IncidentFilter.builder().text("kept before").build());
        preferences.saveFilter(IncidentFilter.builder().actors(thousands).build());
        assertEquals(IncidentFilter.NONE, preferences.filter(), "no filter rather than an older or a cut one");
    }

    @Test
    void damagedValuesFallBackToDefaults() {
        node.put("theme", "PURPLE");
        node.put("mapLabels", "klingon");
        node.putDouble("map.latitude", 123);
        node.putDouble("window.width", 10);
        node.putDouble("window.height", 10);
        assertEquals(Theme.LIGHT, preferences.theme());
        assertEquals(org.incidentatlas.render.basemap.LabelLanguage.ENGLISH, preferences.labels());
        assertEquals(MainWindow.START_LATITUDE, preferences.mapArea().latitude());
        assertNull(preferences.placement(), "a window too small to use is not restored");
    }

    @Test
    void resetForgetsEverything() {
        preferences.savePlacement(new AppPreferences.Placement(1, 2, 800, 600, false));
        preferences.saveTheme(Theme.DARK);
        assertEquals(java.util.Optional.empty(), preferences.reset());
        assertNull(preferences.placement());
        assertEquals(Theme.LIGHT, preferences.theme());
    }

    @Test
    void aResetThatCannotBeDoneSaysWhyInsteadOfThrowing() throws Exception {
        Preferences gone = Preferences.userRoot().node("org/incidentatlas/test-gone-" + UUID.randomUUID());
        AppPreferences lost = new AppPreferences(gone);
        gone.removeNode();
        Failure failure = lost.reset().orElseThrow();
        assertEquals("Cannot reset the preferences", failure.what());
        assertTrue(failure.why().contains("removed"), failure.why());
        assertTrue(failure.whatToDo().contains("preferences folder"), failure.whatToDo());
    }
}

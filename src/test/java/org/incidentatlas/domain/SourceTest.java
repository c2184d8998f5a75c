package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {
    private static Source withUrl(String url) {
        return new Source("Reuters News", null, null, url, null, null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.reuters.com/article/x", "http://example.org/a?b=c", "HTTPS://EXAMPLE.ORG",
        "Http://example.org"})
    void httpAndHttpsAddressesMayBeOpened(String url) {
        assertTrue(withUrl(url).openableUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", "file:///etc/passwd",
        "ftp://ftp.example.org/report.txt", "data:text/html,<script>alert(1)</script>", "www.reuters.com",
        "mailto:desk@example.org", "httpx://example.org", "http:example.org"})
    void otherAddressesAreNeverOpened(String url) {
        Source s = withUrl(url);
        assertFalse(s.openableUrl());
        assertEquals(url, s.url(), "shown as given");
    }

    @Test
    void sourceWithoutAddressHasNothingToOpen() {
        assertFalse(new Source("Reuters News", null, "headline", null, null, null, null).openableUrl());
    }

    @Test
    void sourceNeedsAnOutletATitleOrAnAddress() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Source(null, PartialDate.parse("2021-07-19"), " ", "", "police", null, "note"));
        assertEquals("source needs at least an outlet, a title or a url", e.getMessage());
    }

    @Test
    void anyOneOfOutletTitleOrAddressIsEnough() {
        assertEquals("AFP", new Source("AFP", null, null, null, null, null, null).outlet());
        assertEquals("r 25/2", new Source(null, null, "r 25/2", null, null, null, null).title());
        assertEquals("https://x.org", new Source(null, null, null, "https://x.org", null, null, null).url());
    }

    @Test
    void blankTextCountsAsAbsent() {
        Source s = new Source("AFP", null, " ", "", "\t", null, " ");
        assertNull(s.title());
        assertNull(s.url());
        assertNull(s.quoted());
        assertNull(s.note());
    }

    @Test
    void aReportKeepsItsLanguageCodeAndPassageAndNamesTheLanguage() {
        Source s = new Source("Rudaw", null, null, null, " ar ", null, "Thirteen police officers were killed", null,
                null);
        assertEquals("ar", s.language());
        assertEquals("Arabic", s.languageName());
        assertEquals("Thirteen police officers were killed", s.passage());
        assertEquals("Kurdish", new Source("Rudaw", null, null, null, "ku", null, null, null, null).languageName());
        assertNull(new Source("Rudaw", null, null, null, null, null, null).languageName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Arabic", "EN", "e", "en_GB", "ar!"})
    void aLanguageThatIsNotACodeIsRefusedNamingTheField(String language) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Source("Rudaw", null, null, null, language, null, null, null, null));
        assertEquals("language must be a language code such as en, ar or ku (was '" + language + "')",
                e.getMessage());
    }
}

package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only http and https addresses are ever opened; whatever else a file says is shown, never followed. */
class SourceUrlTest {
    @ParameterizedTest
    @CsvSource({
        "https://rudaw.net/english, true",
        "HTTP://example.org/a, true",
        "file:///etc/passwd, false",
        "javascript:alert(1), false",
        "ftp://example.org/report.pdf, false",
        "mailto:desk@example.org, false",
        "jar:file:/x.jar!/a, false",
        "//example.org/no-scheme, false",
        "httpx://example.org, false",
        "smb://server/share, false",
    })
    void onlyHttpAndHttpsAreOpenable(String url, boolean openable) {
        assertEquals(openable, new Source("Outlet", null, null, url, null, null, null).openableUrl());
    }
}

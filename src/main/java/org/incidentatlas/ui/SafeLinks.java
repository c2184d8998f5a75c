package org.incidentatlas.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Decides which report addresses may be opened in the system browser: only well-formed {@code http} and
 * {@code https} addresses with a host. Everything else ({@code javascript:}, {@code file:}, {@code mailto:},
 * relative or malformed text) is only ever shown as text.
 */
public final class SafeLinks {
    private SafeLinks() {
    }

    public static boolean openable(String address) {
        if (address == null || address.isBlank() || !address.equals(address.strip())) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                && !uri.getHost().isBlank() && uri.getUserInfo() == null;
    }

    /** Hands the address to {@code browser} when it is openable; returns whether it did. */
    public static boolean open(String address, Consumer<String> browser) {
        if (!openable(address)) {
            return false;
        }
        browser.accept(address);
        return true;
    }
}

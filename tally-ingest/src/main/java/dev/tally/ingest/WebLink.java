package dev.tally.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A link an article gives for itself (a page's canonical URL, a feed item's link, a sidecar's
 * {@code url}), kept only when it is an absolute http or https address: a {@code javascript:} or
 * {@code data:} "link" would run or show whatever it holds where the dashboard renders it.
 */
final class WebLink {
    private WebLink() {
    }

    static Optional<String> of(String link) {
        if (link == null || link.isBlank()) return Optional.empty();
        String s = link.strip();
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return web ? Optional.of(s) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}

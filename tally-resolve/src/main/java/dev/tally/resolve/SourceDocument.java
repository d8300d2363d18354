package dev.tally.resolve;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A document as the track records see it: its ledger row id, name, outlet and publication date.
 *
 * @param outlet who published it: metadata {@code outlet} (a sidecar's outlet, a page's site name,
 *               a feed's title), else the host of its {@code url} without "www.", else "unknown"
 */
public record SourceDocument(long id, String name, String outlet, Optional<LocalDate> published) {
    /** The outlet named when metadata says nothing about one. */
    public static final String UNKNOWN = "unknown";

    public SourceDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(published, "published");
        if (outlet == null || outlet.isBlank()) throw new IllegalArgumentException("outlet must not be blank; got '" + outlet + "'");
    }

    /** The document with its outlet taken from {@code meta} as described at {@link #outlet()}. */
    public static SourceDocument of(long id, String name, Map<String, String> meta, Optional<LocalDate> published) {
        return new SourceDocument(id, name, outlet(meta), published);
    }

    static String outlet(Map<String, String> meta) {
        String outlet = meta.get("outlet");
        if (outlet != null && !outlet.isBlank()) return outlet.strip();
        String url = meta.get("url");
        if (url == null) return UNKNOWN;
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null || host.isBlank()) return UNKNOWN;
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}

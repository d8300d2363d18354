package dev.tally.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One document's text as read, before any normalization.
 *
 * @param name      the document's name, used in every message about it
 * @param text      the original text; every {@link Span} points into it
 * @param published the publication date, when known
 * @param meta      other metadata as read (outlet, author, url)
 */
public record Article(String name, String text, Optional<LocalDate> published, Map<String, String> meta) {
    public Article {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        meta = Map.copyOf(meta);
    }
}

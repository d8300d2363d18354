package dev.tally.ingest;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link MetaFile} says about one document.
 *
 * @param published the publication day, when the sidecar gives a valid one
 * @param meta      the other fields as text ({@code outlet}, {@code author}, {@code approximate} ...)
 */
public record MetaEntry(Optional<LocalDate> published, Map<String, String> meta) {
    public MetaEntry {
        Objects.requireNonNull(published, "published");
        meta = Map.copyOf(meta);
    }
}

package dev.tally.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One document as the ledger lists it, without its text ({@link Ledger#document(long)} reads that).
 *
 * @param id         row id, stable for the ledger's life
 * @param format     how it was read ({@code text}, {@code html}, ...); empty when rejected
 * @param reason     why it was rejected, or its diagnostics when partial; empty when OK
 * @param published  the publication date, when known
 * @param meta       metadata as read (outlet, author, url); empty when rejected
 * @param ingestedAt when it was stored
 * @param claims     how many claims the ledger holds for it
 */
public record StoredDocument(long id, String name, String sha256, Optional<String> format, DocumentStatus status,
                             Optional<String> reason, Optional<LocalDate> published, Map<String, String> meta,
                             Instant ingestedAt, int claims) {
    public StoredDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        meta = Map.copyOf(meta);
    }
}

package dev.tally.store;

import java.util.Objects;

/**
 * What {@link Ledger#store} did with one document.
 *
 * @param documentId the document's row id in the ledger
 * @param name       the document's name
 * @param status     the status the ledger holds for it (the earlier one when {@code UNCHANGED})
 * @param change     {@code STORED} when this call added it, {@code UNCHANGED} when its sha256 was there already
 * @param claims     how many claims the ledger holds for it
 */
public record IngestResult(long documentId, String name, DocumentStatus status, Change change, int claims) {
    /** Whether a call to {@link Ledger#store} wrote anything. */
    public enum Change { STORED, UNCHANGED }

    public IngestResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(change, "change");
        if (claims < 0) throw new IllegalArgumentException("claims must be >= 0; got " + claims);
    }
}

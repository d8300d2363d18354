package dev.tally.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A claim as the ledger holds it: the model claim exactly as stored ({@link Claim#doc()} is its
 * document's name), with the ledger's ids.
 *
 * @param id         the claim's row id, unique in the ledger; incidents name claims by it
 * @param documentId the row id of its document
 * @param incident   the key of the incident it was resolved into, if any
 */
public record StoredClaim(long id, long documentId, Claim claim, Optional<String> incident) {
    public StoredClaim {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(incident, "incident");
    }
}
